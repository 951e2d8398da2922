package dev.okenet.testkit.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.testkit.ccm.TestCluster;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NetworkPolicy as the cluster enforces it and the VCN's rules, on TestCluster's VCN-native
 * cluster whose pods' NSG admits TCP 1-9000 from pods and sends anywhere: pods shop/web-0
 * (app=web, port "https" 8443), shop/api-0 (app=api, port "http" 8080), default/other-0; Service
 * shop/api port 80 to target port "http". One cluster for the class; policies and the engine are
 * removed after each test.
 */
class ClusterReachabilityTest {
    private static final Target WEB = Target.pod("shop", "web-0");
    private static final Target API = Target.pod("shop", "api-0");
    private static final Target OTHER = Target.pod("default", "other-0");

    private static TestCluster oke;
    private static SimulatedCluster cluster;
    private static KubernetesClient kube;

    @BeforeAll
    static void start() {
        oke = TestCluster.vcnNative("10.0.8.0/24", 2, 31);
        oke.allow(oke.podsNsg, true, oke.podsNsg.getId(), 1, 9000);
        oke.allow(oke.podsNsg, false, "0.0.0.0/0", 1, 65535);
        cluster = oke.simulate();
        kube = cluster.client();
        pod("shop", "web-0", "web", "https", 8443);
        pod("shop", "api-0", "api", "http", 8080);
        pod("default", "other-0", "other", "http", 80);
        kube.resource(new ServiceBuilder().withNewMetadata().withName("api").withNamespace("shop").endMetadata().withNewSpec()
                .withSelector(Map.of("app", "api")).addNewPort().withPort(80).withTargetPort(new IntOrString("http")).endPort()
                .endSpec().build()).create();
        cluster.settle();
    }

    @AfterEach
    void clean() {
        kube.network().v1().networkPolicies().inAnyNamespace().delete();
        kube.apps().daemonSets().inAnyNamespace().delete();
    }

    @AfterAll
    static void stop() {
        cluster.close();
        oke.close();
    }

    private static void pod(String namespace, String name, String app, String portName, int port) {
        kube.resource(new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(Map.of("app", app))
                .endMetadata().withNewSpec().addNewContainer().withName(app).withImage("example/" + app).addNewPort()
                .withName(portName).withContainerPort(port).endPort().endContainer().endSpec().build()).create();
    }

    private static void calico() {
        kube.resource(PolicyEngines.calicoNode()).create();
    }

    private static NetworkPolicyBuilder policy(String name) {
        return new NetworkPolicyBuilder().withNewMetadata().withName(name).withNamespace("shop").endMetadata();
    }

    private static NetworkPolicy defaultDeny() {
        return policy("default-deny").withNewSpec().withNewPodSelector().endPodSelector()
                .withPolicyTypes("Ingress", "Egress").endSpec().build();
    }

    private static PolicyVerdict ask(Target from, Target to, String protocol, int port) {
        return cluster.reachability().from(from).to(to).on(protocol, port);
    }

    @Test
    void withoutAPolicyEngineADefaultDenyIsAcceptedAndNotEnforced() {
        kube.resource(defaultDeny()).create();

        PolicyVerdict v = ask(OTHER, API, "TCP", 8080);

        assertThat(cluster.reachability().policyEngine()).isEmpty();
        assertThat(v.allowed()).isTrue();
        assertThat(v.trace().get(0)).contains("shop/default-deny").contains("not enforced");
    }

    @Test
    void calicoFoundByItsDaemonSetEnforcesTheDefaultDeny() {
        calico();
        kube.resource(defaultDeny()).create();

        PolicyVerdict v = ask(OTHER, API, "TCP", 8080);

        assertThat(cluster.reachability().policyEngine()).hasValueSatisfying(e -> assertThat(e).startsWith("Calico"));
        assertThat(v.allowed()).isFalse();
        assertThat(v.trace()).last().asString().startsWith("DENIED ingress to pod shop/api-0").contains("default-deny");
    }

    @Test
    void aDefaultDenyOfIngressLeavesEgressOpen() {
        calico();
        kube.resource(policy("deny-in").withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Ingress")
                .endSpec().build()).create();

        assertThat(ask(WEB, OTHER, "TCP", 80).allowed()).isTrue();
        assertThat(ask(OTHER, WEB, "TCP", 8443).allowed()).isFalse();
    }

    @Test
    void anAllowRuleOnANamedPortAdmitsOnlyThatPortFromThosePods() {
        calico();
        kube.resource(policy("web-to-api").withNewSpec().withNewPodSelector().addToMatchLabels("app", "api").endPodSelector()
                .addNewIngress().addNewFrom().withNewPodSelector().addToMatchLabels("app", "web").endPodSelector().endFrom()
                .addNewPort().withPort(new IntOrString("http")).endPort().endIngress().endSpec().build()).create();

        assertThat(ask(WEB, API, "TCP", 8080).allowed()).isTrue();
        assertThat(ask(WEB, API, "TCP", 8081).allowed()).isFalse();
        assertThat(ask(OTHER, API, "TCP", 8080).allowed()).isFalse();
    }

    @Test
    void aNamespaceSelectorAdmitsPodsOfOtherNamespacesByTheirNamespacesName() {
        calico();
        kube.resource(policy("from-default").withNewSpec().withNewPodSelector().endPodSelector().addNewIngress().addNewFrom()
                .withNewNamespaceSelector().addToMatchLabels("kubernetes.io/metadata.name", "default").endNamespaceSelector()
                .endFrom().endIngress().endSpec().build()).create();

        assertThat(ask(OTHER, API, "TCP", 8080).allowed()).isTrue();
        assertThat(ask(WEB, API, "TCP", 8080).allowed()).isFalse();
    }

    @Test
    void anEgressIpBlockWithAnExceptionLetsOutOnlyWhatItDoesNotExcept() {
        calico();
        kube.resource(policy("egress").withNewSpec().withNewPodSelector().addToMatchLabels("app", "web").endPodSelector()
                .withPolicyTypes("Egress").addNewEgress().addNewTo().withNewIpBlock().withCidr("0.0.0.0/0")
                .withExcept("203.0.113.0/24").endIpBlock().endTo().endEgress().endSpec().build()).create();

        assertThat(ask(WEB, Target.cidr("198.51.100.7/32"), "TCP", 443).allowed()).isTrue();
        assertThat(ask(WEB, Target.cidr("203.0.113.10/32"), "TCP", 443).allowed()).isFalse();
    }

    @Test
    void aServiceIsItsBackendOnTheTargetPortItsPortNames() {
        calico();
        kube.resource(policy("web-to-api").withNewSpec().withNewPodSelector().addToMatchLabels("app", "api").endPodSelector()
                .addNewIngress().addNewFrom().withNewPodSelector().addToMatchLabels("app", "web").endPodSelector().endFrom()
                .addNewPort().withPort(new IntOrString(8080)).endPort().endIngress().endSpec().build()).create();

        PolicyVerdict v = ask(WEB, Target.service("shop", "api"), "TCP", 80);

        assertThat(v.allowed()).isTrue();
        assertThat(v.trace()).anySatisfy(step -> assertThat(step).contains("goes to backend shop/api-0 on TCP 8080"));
        assertThat(ask(OTHER, Target.service("shop", "api"), "TCP", 80).allowed()).isFalse();
    }

    @Test
    void theVcnsRulesApplyWithOrWithoutPolicy() {
        PolicyVerdict v = ask(WEB, API, "TCP", 9090);

        assertThat(v.allowed()).isFalse();
        assertThat(v.trace()).last().asString().startsWith("DENIED ingress at pod shop/api-0").contains("NSG 'pods'");
    }

    @Test
    void aServiceWithoutThePortIsDenied() {
        assertThat(ask(WEB, Target.service("shop", "api"), "TCP", 8080).trace()).last().asString()
                .contains("has no TCP port 8080");
    }

    @Test
    void askingAboutAPodThatDoesNotExistNamesIt() {
        assertThatThrownBy(() -> ask(Target.pod("shop", "ghost"), API, "TCP", 8080))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shop/ghost");
    }

    @Test
    void aProtocolOtherThanTcpUdpOrSctpIsRefused() {
        assertThatThrownBy(() -> ask(WEB, API, "ICMP", 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TCP, UDP, SCTP");
    }
}
