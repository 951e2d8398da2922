package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.Verdict;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.kube.PolicyVerdict;
import dev.okenet.testkit.kube.Target;
import dev.okenet.vcn.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two independent answers to "can A reach B": the api's {@code reachability()} from the resolved
 * model, and the simulated cluster's, from the objects in its Kubernetes API (the rendered
 * Services and NetworkPolicies, Calico's DaemonSet when the network has Calico, pods with the
 * endpoints' labels) and the security rules the provider wrote into FakeOci. On every reference
 * network they must agree on every question.
 */
class SimulatedClusterAgreesWithReachabilityTest {
  /** One question, asked of both: the api's endpoints and the simulated cluster's targets. */
  private record Question(Endpoint apiFrom, Target simFrom, Endpoint apiTo, Target simTo, String protocol, int port) {
    Port apiPort() {
      return protocol.equals("UDP") ? Port.udp(port) : Port.tcp(port);
    }

    @Override
    public String toString() {
      return apiFrom + " -> " + apiTo + " on " + protocol + " " + port;
    }
  }

  private static final Endpoint WEB = Endpoint.pods("shop", "app=web");
  private static final Endpoint API = Endpoint.pods("shop", "app=api");
  private static final Endpoint NGINX = Endpoint.pods("ingress-nginx", "app.kubernetes.io/name=ingress-nginx");
  private static final Endpoint DNS = Endpoint.pods("kube-system", "k8s-app=kube-dns");
  private static final Endpoint OTHER = Endpoint.pods("default", "app=other");
  private static final Target WEB_POD = Target.pod("shop", "web-0");
  private static final Target API_POD = Target.pod("shop", "api-0");
  private static final Target NGINX_POD = Target.pod("ingress-nginx", "controller-0");
  private static final Target DNS_POD = Target.pod("kube-system", "coredns-0");
  private static final Target OTHER_POD = Target.pod("default", "other-0");
  private static final Endpoint GENERAL = Endpoint.nodes("general");
  /** Stands for the first Node of pool 'general'; the test looks its name up. */
  private static final Target GENERAL_NODE = Target.node("general");
  private static final Endpoint INTERNET = Endpoint.internet();
  private static final Target INTERNET_ADDRESS = Target.cidr(Endpoint.INTERNET_ADDRESS);

  private static final List<Question> QUESTIONS = List.of(
      new Question(WEB, WEB_POD, API, API_POD, "TCP", 8080),
      new Question(WEB, WEB_POD, API, API_POD, "TCP", 9090),
      new Question(API, API_POD, WEB, WEB_POD, "TCP", 8443),
      new Question(NGINX, NGINX_POD, WEB, WEB_POD, "TCP", 8443),
      new Question(NGINX, NGINX_POD, WEB, WEB_POD, "TCP", 8080),
      new Question(NGINX, NGINX_POD, API, API_POD, "TCP", 8080),
      new Question(WEB, WEB_POD, DNS, DNS_POD, "UDP", 53),
      new Question(WEB, WEB_POD, DNS, DNS_POD, "TCP", 53),
      new Question(API, API_POD, DNS, DNS_POD, "UDP", 53),
      new Question(OTHER, OTHER_POD, API, API_POD, "TCP", 8080),
      new Question(OTHER, OTHER_POD, WEB, WEB_POD, "TCP", 8443),
      new Question(WEB, WEB_POD, OTHER, OTHER_POD, "TCP", 80),
      new Question(OTHER, OTHER_POD, NGINX, NGINX_POD, "TCP", 443),
      new Question(WEB, WEB_POD, Endpoint.service("shop", "api"), Target.service("shop", "api"), "TCP", 8080),
      new Question(OTHER, OTHER_POD, Endpoint.service("shop", "api"), Target.service("shop", "api"), "TCP", 8080),
      new Question(NGINX, NGINX_POD, Endpoint.service("shop", "api"), Target.service("shop", "api"), "TCP", 8080),
      new Question(GENERAL, GENERAL_NODE, API, API_POD, "TCP", 8080),
      new Question(GENERAL, GENERAL_NODE, OTHER, OTHER_POD, "TCP", 80),
      new Question(WEB, WEB_POD, GENERAL, GENERAL_NODE, "TCP", 10250),
      new Question(OTHER, OTHER_POD, GENERAL, GENERAL_NODE, "TCP", 10250),
      new Question(OTHER, OTHER_POD, INTERNET, INTERNET_ADDRESS, "TCP", 443),
      new Question(WEB, WEB_POD, INTERNET, INTERNET_ADDRESS, "TCP", 443),
      new Question(GENERAL, GENERAL_NODE, INTERNET, INTERNET_ADDRESS, "TCP", 443));

  /** A node target names its pool: the first Node of that pool stands for it. */
  private static Target node(SimulatedOke oke, Target target) {
    if (target.kind() != Target.Kind.NODE) {
      return target;
    }
    return Target.node(oke.kube.nodes().withLabel("oke.oraclecloud.com/pool.name", target.name()).list().getItems().get(0)
        .getMetadata().getName());
  }

  static Stream<OkeNetwork> referenceNetworks() {
    return ReferenceNetworks.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceNetworks")
  void everyVerdictOfTheSimulatedClusterIsTheApisVerdict(OkeNetwork network) {
    agreeOnEveryQuestion(network, null);
  }

  /**
   * prod without shop's default deny: the rendered allow-web-to-api-ingress still selects app=api,
   * and in Kubernetes a pod a policy selects admits only what a policy allows, so default/other
   * cannot reach shop/api. Both say so.
   */
  @Test
  void anAllowWithoutADefaultDenyIsolatesThePodsItSelects() {
    OkeNetwork prod = ReferenceNetworks.prod();
    OkeNetwork allowsOnly = prod.toBuilder().name("allows-only")
        .policies(prod.policies().stream().filter(p -> !(p instanceof NetworkPolicy.DefaultDeny)).toList()).build();
    agreeOnEveryQuestion(allowsOnly, new Question(OTHER, OTHER_POD, API, API_POD, "TCP", 8080));
  }

  /**
   * default lets its pods out to any address (an allow to 0.0.0.0/0); that opens nothing at the
   * pods of shop, whose default deny admits only what shop's own policies allow. Both say so.
   */
  @Test
  void anAllowToABlockHoldingPodAddressesAdmitsNothingAtOtherPods() {
    OkeNetwork prod = ReferenceNetworks.prod();
    OkeNetwork anyOut = prod.toBuilder().name("any-out")
        .addPolicy(NetworkPolicy.in("default").allow(PolicyPeer.namespace("default")).to(PolicyPeer.cidr("0.0.0.0/0")).onAnyPort())
        .build();
    agreeOnEveryQuestion(anyOut, new Question(OTHER, OTHER_POD, API, API_POD, "TCP", 8080));
  }

  /** Asks every question of both; {@code denied}, when given, must be denied by both. */
  private static void agreeOnEveryQuestion(OkeNetwork network, Question denied) {
    try (SimulatedOke oke = SimulatedOke.of(network)) {
      oke.pod("shop", "web-0", Map.of("app", "web"), "https", 8443);
      oke.pod("shop", "api-0", Map.of("app", "api"), "http", 8080);
      oke.pod("ingress-nginx", "controller-0", Map.of("app.kubernetes.io/name", "ingress-nginx"), "https", 443);
      oke.pod("kube-system", "coredns-0", Map.of("k8s-app", "kube-dns"), "dns", 53);
      oke.pod("default", "other-0", Map.of("app", "other"), "http", 80);
      oke.cluster.settle();
      var reach = oke.applied.net.reachability();

      List<String> disagreements = new ArrayList<>();
      int allowed = 0;
      for (Question q : QUESTIONS) {
        Verdict api = reach.from(q.apiFrom()).to(q.apiTo()).on(q.apiPort());
        PolicyVerdict sim = oke.cluster.reachability().from(node(oke, q.simFrom())).to(node(oke, q.simTo()))
            .on(q.protocol(), q.port());
        allowed += sim.allowed() ? 1 : 0;
        if (api.isAllowed() != sim.allowed()) {
          disagreements.add(network.name() + ": " + q + "\n  api: " + api.render() + "  simulated: " + sim.render());
        }
        if (System.getProperty("okenet.debug") != null) {
          System.out.println(network.name() + " " + q + " api=" + api.outcome() + " sim=" + sim.allowed());
        }
      }

      assertThat(disagreements).as("questions the two implementations answer differently").isEmpty();
      if (denied != null) {
        assertThat(reach.from(denied.apiFrom()).to(denied.apiTo()).on(denied.apiPort()).isAllowed()).as(denied + " in reachability()").isFalse();
      }
      assertThat(allowed).as("some questions are allowed and some denied, or the check says little")
          .isBetween(network.cluster().policyEngine() == dev.okenet.cluster.PolicyEngine.NONE ? QUESTIONS.size() : 1,
              network.cluster().policyEngine() == dev.okenet.cluster.PolicyEngine.NONE ? QUESTIONS.size() : QUESTIONS.size() - 1);
    }
  }
}
