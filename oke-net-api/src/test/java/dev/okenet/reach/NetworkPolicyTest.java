package dev.okenet.reach;

import static dev.okenet.reach.Endpoint.internet;
import static dev.okenet.reach.Endpoint.nodes;
import static dev.okenet.reach.Endpoint.pods;
import static dev.okenet.reach.Endpoint.service;
import static dev.okenet.reach.VerdictAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NetworkPolicy: default denies and allows, enforced only by an engine, on both CNIs. */
class NetworkPolicyTest {
  private static final Endpoint WEB = pods("shop", "app=web");
  private static final Endpoint API = pods("shop", "app=api");
  private static final Endpoint DNS = pods("kube-system", "k8s-app=kube-dns");
  private static final Endpoint NGINX = pods("ingress-nginx", "app.kubernetes.io/name=ingress-nginx");

  static Stream<Arguments> enforced() {
    return Stream.of(Arguments.of("vcn-native", ReferenceNetworks.prod().resolve().reachability()),
        Arguments.of("flannel", ReferenceNetworks.prodFlannel().resolve().reachability()));
  }

  static Stream<Arguments> intents() {
    return Stream.of(Arguments.of("vcn-native", ReferenceNetworks.prod()), Arguments.of("flannel", ReferenceNetworks.prodFlannel()));
  }

  static Stream<Arguments> notEnforced() {
    return Stream.of(Arguments.of("vcn-native", withoutEngine(ReferenceNetworks.prod())),
        Arguments.of("flannel", withoutEngine(ReferenceNetworks.prodFlannel())));
  }

  private static Reachability withoutEngine(OkeNetwork net) {
    return net.toBuilder().cluster(net.cluster().withPolicyEngine(PolicyEngine.NONE)).build().resolve().reachability();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enforced")
  void anAllowLetsTheSelectedPodsTalkOnItsPort(String cni, Reachability reach) {
    assertThat(reach.from(WEB).to(API).on(Port.tcp(8080)))
        .isAllowed().passedThrough(HopKind.POLICY, "shop/allow-web-to-api");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enforced")
  void aDefaultDenyRefusesWhatNoAllowNames(String cni, Reachability reach) {
    assertThat(reach.from(API).to(WEB).on(Port.tcp(8443)))
        .isDenied().decidedBy(HopKind.POLICY, "shop/default-deny")
        .hasFixContaining("NetworkPolicy.in(\"shop\").allow(PolicyPeer.pods(\"app=api\")).to(PolicyPeer.pods(\"app=web\")).on(Port.tcp(8443))");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enforced")
  void anAllowCoversOnlyItsPorts(String cni, Reachability reach) {
    assertThat(reach.from(WEB).to(API).on(Port.tcp(9090))).isDenied().decidedBy(HopKind.POLICY, "shop/default-deny");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enforced")
  void aDefaultDenyOnEgressRefusesTheInternet(String cni, Reachability reach) {
    Verdict v = reach.from(WEB).to(internet()).on(Port.HTTPS);
    assertThat(v).isDenied().decidedBy(HopKind.POLICY, "shop/default-deny").hasFixContaining("PolicyPeer.cidr(\"0.0.0.0/0\")");
    assertThat(v.decidingHop().orElseThrow().at()).startsWith("egress at pods shop/app=web");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enforced")
  void theDnsAllowLetsEveryPodOfTheNamespaceQueryKubeDns(String cni, Reachability reach) {
    assertThat(reach.from(WEB).to(DNS).on(Port.udp(53))).isAllowed().passedThrough(HopKind.POLICY, "shop/allow-dns-egress");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enforced")
  void aNamespacePeerAdmitsEveryPodOfThatNamespace(String cni, Reachability reach) {
    assertThat(reach.from(NGINX).to(WEB).on(Port.tcp(8443))).isAllowed().passedThrough(HopKind.POLICY, "shop/allow-ns-ingress-nginx-to-web");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enforced")
  void nodesAreNotPodsToAPolicy(String cni, Reachability reach) {
    assertThat(reach.from(nodes("general")).to(service("shop", "api")).on(Port.tcp(8080))).isDenied().decidedBy(HopKind.POLICY, "shop/default-deny");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enforced")
  void namespacesWithoutPoliciesAreOpen(String cni, Reachability reach) {
    assertThat(reach.from(NGINX).to(DNS).on(Port.udp(53))).isAllowed().hasNoHop(HopKind.POLICY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("intents")
  void aCidrAllowAdmitsClientsWhoseAddressThePodSees(String cni, OkeNetwork net) {
    Reachability reach = net.toBuilder()
        .addPolicy(NetworkPolicy.in("shop").allow(PolicyPeer.cidr("0.0.0.0/0")).to(PolicyPeer.pods("app=web")).on(Port.tcp(8443))
            .withName("allow-internet-to-web"))
        .build().resolve().reachability();
    assertThat(reach.from(internet()).to(service("shop", "web")).on(Port.HTTPS)).isAllowed().passedThrough(HopKind.POLICY, "shop/allow-internet-to-web");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notEnforced")
  void withoutAnEngineADefaultDenyIsNotedAndIgnored(String cni, Reachability reach) {
    Verdict v = reach.from(API).to(WEB).on(Port.tcp(8443));
    assertThat(v).isAllowed().passedThrough(HopKind.POLICY, "shop/default-deny");
    assertThat(v.hops()).anySatisfy(h -> assertThat(h.description())
        .isEqualTo("NetworkPolicy shop/default-deny is not enforced: no policy engine (an engine would deny this flow)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notEnforced")
  void withoutAnEngineAnAllowedFlowIsNotedWithoutTheWouldDeny(String cni, Reachability reach) {
    assertThat(reach.from(WEB).to(API).on(Port.tcp(8080)).hops())
        .anySatisfy(h -> assertThat(h.description()).isEqualTo("NetworkPolicy shop/default-deny is not enforced: no policy engine"));
  }

  private static OkeNetwork withPolicies(OkeNetwork net, NetworkPolicy... policies) {
    return net.toBuilder().policies(java.util.List.of(policies)).build();
  }

  /** Kubernetes: a pod selected by any policy of a policyType is isolated for it, default deny or not. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("intents")
  void anAllowWithoutADefaultDenyIsolatesTheDestinationPods(String cni, OkeNetwork net) {
    Reachability reach = withPolicies(net,
        NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080))).resolve().reachability();
    assertThat(reach.from(WEB).to(API).on(Port.tcp(8080))).isAllowed();
    assertThat(reach.from(NGINX).to(API).on(Port.tcp(8080))).isDenied().decidedBy(HopKind.POLICY, "shop/allow-web-to-api")
        .hasFixContaining("NetworkPolicy.in(\"shop\").allow(PolicyPeer.pods(\"ingress-nginx\"");
    assertThat(reach.from(NGINX).to(WEB).on(Port.tcp(8443))).isAllowed();
  }

  /** The rendered allow selects no pod in a namespace nothing isolates, so it isolates nothing there. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("intents")
  void anAllowToPodsOfAnotherNamespaceWithoutADefaultDenyIsolatesNothing(String cni, OkeNetwork net) {
    Reachability reach = withPolicies(net,
        NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.KUBE_DNS).on(Port.udp(53))).resolve().reachability();
    assertThat(reach.from(API).to(DNS).on(Port.udp(53))).isAllowed();
  }

  /** An IP block selects no pod: an allow to 0.0.0.0/0 lets its source out and admits nothing at other pods. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("intents")
  void anAllowToABlockHoldingPodAddressesAdmitsNothingAtPodsBehindADefaultDeny(String cni, OkeNetwork net) {
    Reachability reach = withPolicies(net, NetworkPolicy.in("shop").defaultDeny(),
        NetworkPolicy.in("default").allow(PolicyPeer.namespace("default")).to(PolicyPeer.cidr("0.0.0.0/0")).onAnyPort()).resolve().reachability();
    assertThat(reach.from(pods("default", "app=other")).to(API).on(Port.tcp(8080))).isDenied().decidedBy(HopKind.POLICY, "shop/default-deny");
  }
}
