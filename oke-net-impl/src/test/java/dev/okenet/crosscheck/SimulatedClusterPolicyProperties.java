package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.manifest.AppliedIds;
import dev.okenet.manifest.Manifests;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.Verdict;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.kube.PolicyVerdict;
import dev.okenet.testkit.kube.Target;
import dev.okenet.vcn.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two reachability implementations agree on generated NetworkPolicies, not only on the
 * reference ones: {@code prod} (Calico, VCN-native) is applied once; for each case its policies are
 * replaced by generated ones (default denies of ingress, egress or both in any subset of the
 * namespaces, none included; DNS egress; allows in any namespace between pod selectors, namespaces
 * and IP blocks, blocks that hold pod addresses such as 0.0.0.0/0 included, on a few ports), the
 * rendered NetworkPolicies replace the ones in the simulated cluster's API, and every question gets
 * the same answer from {@code reachability()} and from the simulated cluster. Seeded; replay with
 * {@code -Dokenet.seed=N}.
 */
class SimulatedClusterPolicyProperties {
  private static final int CASES = 60;
  private static final List<String> NAMESPACES = List.of("shop", "default", "ingress-nginx");
  private static final List<String> SELECTORS = List.of("app=web", "app=api", "app=other", "");

  private static final List<Port> PORTS = List.of(Port.tcp(8080), Port.tcp(8443), Port.udp(53), Port.tcp(80),
      Port.tcpRange(8000, 8099), Port.tcp(443));

  /** Pods by (namespace, app): each question's ends. */
  private static final Map<String, Target> PODS = Map.of(
      "shop/app=web", Target.pod("shop", "web-0"),
      "shop/app=api", Target.pod("shop", "api-0"),
      "default/app=other", Target.pod("default", "other-0"),
      "ingress-nginx/app=web", Target.pod("ingress-nginx", "edge-0"));
  private static final List<int[]> QUESTION_PORTS = List.of(new int[] {6, 8080}, new int[] {6, 8443}, new int[] {17, 53},
      new int[] {6, 80});

  private static SimulatedOke oke;

  @BeforeAll
  static void start() {
    oke = SimulatedOke.of(ReferenceNetworks.prod());
    oke.pod("shop", "web-0", Map.of("app", "web"), "https", 8443);
    oke.pod("shop", "api-0", Map.of("app", "api"), "http", 8080);
    oke.pod("default", "other-0", Map.of("app", "other"), "http", 80);
    oke.pod("ingress-nginx", "edge-0", Map.of("app", "web"), "https", 8443);
    oke.pod("kube-system", "coredns-0", Map.of("k8s-app", "kube-dns"), "dns", 53);
    oke.cluster.settle();
  }

  @AfterAll
  static void stop() {
    oke.close();
  }

  /**
   * Pods or namespaces of any namespace, or IP blocks: outside the VCN, or holding every pod address
   * (0.0.0.0/0, the VCN's 10.0.0.0/16 and 10.0.0.0/8). A block cutting through the pod subnet is
   * left out: {@code reachability()} places pods at their subnet, not at one address.
   */
  private static Gen<PolicyPeer> peers() {
    Gen<PolicyPeer> pods = Gen.zip(Gen.of(NAMESPACES), Gen.of(SELECTORS), PolicyPeer::pods);
    Gen<PolicyPeer> own = Gen.of(SELECTORS).map(PolicyPeer::pods);
    Gen<PolicyPeer> namespaces = Gen.of(NAMESPACES).map(PolicyPeer::namespace);
    Gen<PolicyPeer> blocks = Gen.of("203.0.113.0/24", "198.51.100.0/24", "0.0.0.0/0", "10.0.0.0/16", "10.0.0.0/8").map(PolicyPeer::cidr);
    return Gen.oneOf(pods, own, namespaces, blocks);
  }

  /**
   * A default deny (of ingress, egress or both) in each namespace of a subset, possibly empty, then
   * 0 to 4 allows and DNS egresses in any namespace: allows without a default deny isolate the pods
   * they select, as in Kubernetes.
   */
  private static Gen<List<NetworkPolicy>> policySets() {
    return source -> {
      List<NetworkPolicy> policies = new ArrayList<>();
      for (String namespace : NAMESPACES) {
        switch (source.draw(Gen.ints(0, 4))) {
          case 0:
            policies.add(NetworkPolicy.in(namespace).defaultDenyIngress());
            break;
          case 1:
            policies.add(NetworkPolicy.in(namespace).defaultDenyEgress());
            break;
          case 2:
          case 3:
            policies.add(NetworkPolicy.in(namespace).defaultDeny());
            break;
          default:
            break;
        }
      }
      int count = source.draw(Gen.ints(0, 4));
      for (int i = 0; i < count; i++) {
        String namespace = source.draw(Gen.of(NAMESPACES));
        if (source.draw(Gen.ints(0, 3)) == 0) {
          policies.add(NetworkPolicy.in(namespace).allowDnsEgress().withName("dns" + i));
          continue;
        }
        PolicyPeer from = source.draw(peers());
        PolicyPeer to = source.draw(peers());
        if (from.kind() == PolicyPeer.Kind.CIDR && to.kind() == PolicyPeer.Kind.CIDR) {
          to = PolicyPeer.pods(namespace, "");   // one end must be pods of the cluster
        }
        List<Port> ports = source.draw(Gen.of(PORTS).list(0, 2));
        policies.add(NetworkPolicy.in(namespace).allow(from).to(to).on(ports.toArray(Port[]::new)).withName("p" + i));
      }
      return policies;
    };
  }

  @Test
  void theSimulatedClusterAndReachabilityAgreeOnGeneratedPolicies() {
    int[] asked = new int[1];
    Property.forAll(policySets()).tries(CASES).named("SimulatedClusterPolicyProperties").check(policies -> {
      OkeNetwork network = ReferenceNetworks.prod().toBuilder().policies(policies).build();
      ResolvedNetwork net = network.resolve();
      var rendered = Manifests.of(net, AppliedIds.of(oke.applied.ids)).networkPolicies();
      oke.kube.network().v1().networkPolicies().inAnyNamespace().delete();
      rendered.forEach(p -> oke.kube.resource(p).create());
      var reach = net.reachability();
      List<String> disagreements = new ArrayList<>();
      for (var from : PODS.entrySet()) {
        for (var to : PODS.entrySet()) {
          if (from.getKey().equals(to.getKey())) {
            continue;
          }
          for (int[] port : QUESTION_PORTS) {
            String protocol = port[0] == 17 ? "UDP" : "TCP";
            Verdict api = reach.from(endpoint(from.getKey())).to(endpoint(to.getKey()))
                .on(port[0] == 17 ? Port.udp(port[1]) : Port.tcp(port[1]));
            PolicyVerdict sim = oke.cluster.reachability().from(from.getValue()).to(to.getValue()).on(protocol, port[1]);
            asked[0]++;
            if (api.isAllowed() != sim.allowed()) {
              disagreements.add(api.summary() + " but simulated " + sim.render() + "api: " + api.render());
            }
          }
        }
        Verdict api = reach.from(endpoint(from.getKey())).to(Endpoint.internet()).on(Port.tcp(443));
        PolicyVerdict sim = oke.cluster.reachability().from(from.getValue()).to(Target.cidr(Endpoint.INTERNET_ADDRESS))
            .on("TCP", 443);
        if (api.isAllowed() != sim.allowed()) {
          disagreements.add(api.summary() + " but simulated " + sim.render() + "api: " + api.render());
        }
      }
      assertThat(disagreements).as("policies %s", policies.stream().map(NetworkPolicy::describe).toList()).isEmpty();
    });
    assertThat(asked[0]).isGreaterThanOrEqualTo(CASES * 12 * QUESTION_PORTS.size() / 2);
  }

  private static Endpoint endpoint(String key) {
    String[] parts = key.split("/", 2);
    return Endpoint.pods(parts[0], parts[1]);
  }
}
