package dev.okenet.testkit.ccm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.networkloadbalancer.model.BackendSet;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The annotation behaviours where the simulation used to differ from oracle/oci-cloud-controller-manager
 * v1.35.0, through the whole sync (the spec-level vectors are in {@code CcmSpecVectorsTest}).
 */
class SimulatedCcmAnnotationsTest {
    private static final String PRESERVE = "oci-network-load-balancer.oraclecloud.com/is-preserve-source";
    private static final String NLB_SL_MODE = "oci-network-load-balancer.oraclecloud.com/security-list-management-mode";
    private static final String LB_SL_MODE = "service.beta.kubernetes.io/oci-load-balancer-security-list-management-mode";
    private static final String RULE_MODE = "oci.oraclecloud.com/security-rule-management-mode";
    private static final String LB_SUBNET = "service.beta.kubernetes.io/oci-load-balancer-subnet1";
    private static final String LB_SHAPE = "service.beta.kubernetes.io/oci-load-balancer-shape";
    private static final String FAILED = "Error syncing load balancer: failed to ensure load balancer: ";

    private final TestCluster cluster = TestCluster.vcnNative("10.0.32.0/19", 2, 31);
    private final SimulatedCcm ccm = cluster.ccm();

    @AfterEach
    void close() {
        cluster.close();
    }

    private BackendSet backendSet(ServiceStatus status, String name) {
        return cluster.oci.networkLoadBalancer().getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder()
                .networkLoadBalancerId(status.loadBalancerId().orElseThrow()).build()).getNetworkLoadBalancer()
                .getBackendSets().get(name);
    }

    private Service flexibleLb(String min, String max, String... extra) {
        String[] a = new String[6 + extra.length];
        a[0] = LB_SUBNET;
        a[1] = cluster.lbPublic.getId();
        a[2] = LB_SHAPE;
        a[3] = "flexible";
        a[4] = LB_SHAPE + "-flex-min";
        a[5] = min;
        System.arraycopy(extra, 0, a, 6, extra.length);
        String[] withMax = java.util.Arrays.copyOf(a, a.length + 2);
        withMax[a.length] = LB_SHAPE + "-flex-max";
        withMax[a.length + 1] = max;
        return TestCluster.service("grafana", 80, "Cluster", withMax);
    }

    private Service udpNlb(String... extra) {
        return new ServiceBuilder(cluster.nlb("dns", 53, cluster.lbPublic, false, extra)).editSpec()
                .withPorts(new ServicePortBuilder().withName("udp-53").withProtocol("UDP").withPort(53).build()).endSpec()
                .build();
    }

    @Test
    void isPreserveSourceFalseWithExternalTrafficPolicyClusterIsRefused() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false, PRESERVE, "false"));

        assertThat(status.isPending()).isTrue();
        assertThat(status.lastWarning().orElseThrow().message()).isEqualTo(FAILED + PRESERVE
                + " annotation cannot be set when externalTrafficPolicy is set to Cluster");
    }

    @Test
    void externalTrafficPolicyLocalWithoutTheAnnotationPreservesTheSource() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, true));

        assertThat(backendSet(status, "TCP-443").getIsPreserveSource()).isTrue();
    }

    @Test
    void isPreserveSourceThatGoDoesNotParseIsRefused() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, true, PRESERVE, "yes"));

        assertThat(status.lastWarning().orElseThrow().message())
                .isEqualTo(FAILED + "failed to to parse " + PRESERVE + " annotation value - yes");
    }

    @Test
    void flexibleBandwidthBelowTenIsRaisedToTenNotRefused() {
        ServiceStatus status = ccm.sync(flexibleLb("5", "100"));

        assertThat(status.isPending()).isFalse();
    }

    @Test
    void flexibleMaximumBelowTheMinimumIsRaisedToIt() {
        ServiceStatus status = ccm.sync(flexibleLb("100", "10"));

        assertThat(status.isPending()).isFalse();
    }

    @Test
    void ruleManagementModeIsReadCaseInsensitively() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false, RULE_MODE, "sl-all"));

        assertThat(status.isPending()).isFalse();
        assertThat(cluster.reload(cluster.workersList).getIngressSecurityRules()).extracting(IngressSecurityRule::getSource)
                .containsOnly(TestCluster.LB_PUBLIC_CIDR);
    }

    @Test
    void ruleManagementModeNoneInLowerCaseIsRefused() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false, RULE_MODE, "none"));

        assertThat(status.lastWarning().orElseThrow().message())
                .isEqualTo(FAILED + "invalid value: none provided for annotation: " + RULE_MODE);
    }

    @Test
    void invalidLoadBalancerSecurityListModeFallsBackToAll() {
        ServiceStatus status = ccm.sync(flexibleLb("10", "100", LB_SL_MODE, "Everything"));

        assertThat(status.isPending()).isFalse();
        assertThat(cluster.reload(cluster.workersList).getIngressSecurityRules()).isNotEmpty();
    }

    @Test
    void invalidNetworkLoadBalancerSecurityListModeIsRefused() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false, NLB_SL_MODE, "all"));

        assertThat(status.lastWarning().orElseThrow().message())
                .isEqualTo(FAILED + "invalid service: invalid value: all provided for annotation: " + NLB_SL_MODE);
    }

    @Test
    void udpOnAnNlbIsRefusedWithSecurityListModeAll() {
        ServiceStatus status = ccm.sync(udpNlb(NLB_SL_MODE, "All"));

        assertThat(status.lastWarning().orElseThrow().message())
                .isEqualTo(FAILED + "invalid service: Security list management mode can only be 'None' for UDP protocol");
    }

    @Test
    void udpOnAnNlbIsAcceptedWithSecurityListModeNone() {
        ServiceStatus status = ccm.sync(udpNlb(NLB_SL_MODE, "None"));

        assertThat(status.isPending()).isFalse();
    }

    @Test
    void grpcBackendProtocolIsAcceptedOnATlsPort() {
        ServiceStatus status = ccm.sync(flexibleLb("10", "100", "service.beta.kubernetes.io/oci-load-balancer-backend-protocol",
                "GRPC", "service.beta.kubernetes.io/oci-load-balancer-ssl-ports", "80",
                "service.beta.kubernetes.io/oci-load-balancer-tls-secret", "grafana-tls"));

        assertThat(status.isPending()).isFalse();
    }

    @Test
    void grpcBackendProtocolWithoutTlsIsRefused() {
        ServiceStatus status = ccm.sync(flexibleLb("10", "100", "service.beta.kubernetes.io/oci-load-balancer-backend-protocol",
                "GRPC"));

        assertThat(status.lastWarning().orElseThrow().message())
                .isEqualTo(FAILED + "SSL configuration cannot be empty for GRPC protocol");
    }

    @Test
    void nsgModeWritesNoFrontendEgressWithoutABackendNsg() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false, RULE_MODE, "NSG"));

        assertThat(status.isPending()).isFalse();
        assertThat(status.backends()).allSatisfy(b -> assertThat(b.why()).startsWith("DENIED egress"));
    }

    @Test
    void sixNsgsAreRefusedBeforeAnythingIsCreated() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false,
                "oci-network-load-balancer.oraclecloud.com/oci-network-security-groups", "a,b,c,d,e,f"));

        assertThat(status.lastWarning().orElseThrow().message()).isEqualTo(FAILED
                + "invalid number of Network Security Groups (Max: 5) provided for annotation:"
                + " oci-network-load-balancer.oraclecloud.com/oci-network-security-groups");
    }

    @Test
    void nsgModeWithFiveNsgsLeavesNoRoomForTheManagedOne() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false, RULE_MODE, "NSG",
                "oci-network-load-balancer.oraclecloud.com/oci-network-security-groups", "a,b,c,d,e"));

        assertThat(status.lastWarning().orElseThrow().message())
                .isEqualTo(FAILED + "invalid number of Network Security Groups (Max: 5) including managed nsg");
    }

    @Test
    void aServiceTheApiServerRejectsNeverReachesTheCcm() {
        Service noPorts = new ServiceBuilder(cluster.nlb("web", 443, cluster.lbPublic, false)).editSpec()
                .withPorts(java.util.List.of()).endSpec().build();

        assertThatThrownBy(() -> ccm.sync(noPorts)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("API server rejects Service shop/web").hasMessageContaining("spec.ports");
    }

    @Test
    void noReadyNodeIsAWarningButTheLoadBalancerIsStillEnsured() {
        try (TestCluster empty = TestCluster.vcnNative("10.0.32.0/19", 0, 31)) {
            ServiceStatus status = empty.ccm().sync(empty.nlb("web", 443, empty.lbPublic, false));

            assertThat(status.events()).extracting(CcmEvent::reason)
                    .containsExactly(CcmEvent.ENSURING, CcmEvent.UNAVAILABLE, CcmEvent.ENSURED);
        }
    }
}
