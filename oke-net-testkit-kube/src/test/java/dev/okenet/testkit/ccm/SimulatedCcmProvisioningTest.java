package dev.okenet.testkit.ccm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import dev.okenet.testkit.Fixtures;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedCcmProvisioningTest {
    private static final String LB_INTERNAL = "service.beta.kubernetes.io/oci-load-balancer-internal";
    private static final String LB_SUBNET = "service.beta.kubernetes.io/oci-load-balancer-subnet1";
    private static final String LB_SHAPE = "service.beta.kubernetes.io/oci-load-balancer-shape";

    private final TestCluster cluster = TestCluster.vcnNative("10.0.32.0/19", 2, 31);
    private final SimulatedCcm ccm = cluster.ccm();

    @AfterEach
    void close() {
        cluster.close();
    }

    private Service flexibleLb(String name, String subnetId, boolean internal, String min, String max) {
        return TestCluster.service(name, 80, "Cluster", LB_SUBNET, subnetId, LB_INTERNAL, Boolean.toString(internal),
                LB_SHAPE, "flexible", LB_SHAPE + "-flex-min", min, LB_SHAPE + "-flex-max", max);
    }

    @Test
    void publicNlbInPublicSubnetGetsPublicAddressAndEnsuredEvent() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false));

        assertThat(status.address()).hasValueSatisfying(ip -> assertThat(ip).doesNotStartWith("10."));
        assertThat(status.events()).extracting(CcmEvent::reason).containsExactly(CcmEvent.ENSURING, CcmEvent.ENSURED);
        assertThat(status.kind()).isEqualTo(ServiceStatus.Kind.NETWORK_LOAD_BALANCER);
    }

    @Test
    void nlbHasOneListenerAndBackendSetPerPortOnTheNodesNodePorts() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false));

        var nlb = cluster.oci.networkLoadBalancer().getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder()
                .networkLoadBalancerId(status.loadBalancerId().orElseThrow()).build()).getNetworkLoadBalancer();
        int nodePort = status.nodePorts().get(443);
        assertThat(nlb.getListeners()).containsOnlyKeys("TCP-443");
        assertThat(nlb.getBackendSets().get("TCP-443").getBackends()).hasSize(2)
                .allSatisfy(b -> assertThat(b.getPort()).isEqualTo(nodePort));
        assertThat(nlb.getBackendSets().get("TCP-443").getHealthChecker().getPort()).isEqualTo(10256);
    }

    @Test
    void publicNlbInPrivateSubnetStaysPendingNamingTheInternalAnnotation() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPrivate, false));

        assertThat(status.isPending()).isTrue();
        assertThat(status.lastWarning()).hasValueSatisfying(e -> {
            assertThat(e.reason()).isEqualTo("SyncLoadBalancerFailed");
            assertThat(e.message()).startsWith("Error syncing load balancer: failed to ensure load balancer: ")
                    .contains("InvalidParameter").contains("oci-network-load-balancer.oraclecloud.com/internal");
        });
    }

    @Test
    void publicLoadBalancerInPrivateSubnetStaysPendingNamingTheInternalAnnotation() {
        ServiceStatus status = ccm.sync(flexibleLb("grafana", cluster.lbPrivate.getId(), false, "10", "100"));

        assertThat(status.isPending()).isTrue();
        assertThat(status.lastWarning().orElseThrow().message()).contains("InvalidParameter")
                .contains("service.beta.kubernetes.io/oci-load-balancer-internal");
    }

    @Test
    void internalLoadBalancerGetsAPrivateAddressOfItsSubnet() {
        ServiceStatus status = ccm.sync(flexibleLb("grafana", cluster.lbPrivate.getId(), true, "10", "100"));

        assertThat(status.address()).hasValueSatisfying(ip -> assertThat(ip).startsWith("10.0.3."));
    }

    @Test
    void fixedShapeOverQuotaStaysPendingWithLimitExceeded() {
        ServiceStatus status = ccm.sync(TestCluster.service("legacy", 80, "Cluster", LB_SUBNET, cluster.lbPublic.getId()));

        assertThat(status.lastWarning().orElseThrow().message()).contains("LimitExceeded").contains("lb-100mbps-count");
    }

    @Test
    void fixedShapeWithinQuotaGetsAnAddressAndTheNextOneDoesNot() {
        cluster.oci.limits().fixedShapeLoadBalancers(1);
        SimulatedCcm withQuota = SimulatedCcm.builder(cluster.oci).cluster(Fixtures.COMPARTMENT, cluster.clusterId).build();

        ServiceStatus first = withQuota.sync(TestCluster.service("a", 80, "Cluster", LB_SUBNET, cluster.lbPublic.getId()));
        ServiceStatus second = withQuota.sync(TestCluster.service("b", 80, "Cluster", LB_SUBNET, cluster.lbPublic.getId()));

        assertThat(first.isPending()).isFalse();
        assertThat(second.lastWarning().orElseThrow().message()).contains("LimitExceeded");
    }

    @Test
    void flexibleMaximumThatTheCcmClampsTo8192IsRefusedByOciAbove8000() {
        ServiceStatus status = ccm.sync(flexibleLb("grafana", cluster.lbPublic.getId(), false, "100", "9000"));

        assertThat(status.lastWarning().orElseThrow().message())
                .startsWith("Error syncing load balancer: failed to ensure load balancer: creating load balancer: ")
                .contains("InvalidParameter").contains("100-8192 Mbps");
    }

    @Test
    void udpPortOnLoadBalancerIsRefusedWithTheCcmsMessage() {
        Service udp = new ServiceBuilder(flexibleLb("dns", cluster.lbPublic.getId(), false, "10", "100")).editSpec()
                .editFirstPort().withProtocol("UDP").endPort().endSpec().build();

        assertThat(ccm.sync(udp).lastWarning().orElseThrow().message())
                .endsWith("failed to ensure load balancer: invalid service: OCI load balancers do not support UDP");
    }

    @Test
    void preservedSourceWithClusterTrafficPolicyIsRefused() {
        Service svc = cluster.nlb("web", 443, cluster.lbPublic, false,
                "oci-network-load-balancer.oraclecloud.com/is-preserve-source", "true");

        assertThat(ccm.sync(svc).lastWarning().orElseThrow().message()).contains("externalTrafficPolicy");
    }

    @Test
    void serviceWithoutSubnetAnnotationGoesToTheClustersServiceLbSubnet() {
        ServiceStatus status = ccm.sync(TestCluster.service("web", 443, "Cluster", "oci.oraclecloud.com/load-balancer-type",
                "nlb"));

        var nlb = cluster.oci.networkLoadBalancer().getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder()
                .networkLoadBalancerId(status.loadBalancerId().orElseThrow()).build()).getNetworkLoadBalancer();
        assertThat(nlb.getSubnetId()).isEqualTo(cluster.lbPublic.getId());
    }

    @Test
    void nodePortsComeFromTheRangeAndAreKeptAcrossSyncs() {
        Service web = cluster.nlb("web", 443, cluster.lbPublic, false);
        Service api = cluster.nlb("api", 8080, cluster.lbPublic, false);

        int first = ccm.sync(web).nodePorts().get(443);
        int other = ccm.sync(api).nodePorts().get(8080);
        int again = ccm.sync(web).nodePorts().get(443);

        assertThat(first).isBetween(30000, 32767).isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    void localTrafficPolicyProbesTheHealthCheckNodePort() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, true));

        assertThat(status.healthCheckPort()).isBetween(30000, 32767).isNotEqualTo(status.nodePorts().get(443));
    }

    @Test
    void loadBalancerStatusCarriesTheAddressAsIngress() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false));

        assertThat(status.toLoadBalancerStatus().getIngress()).singleElement()
                .satisfies(i -> assertThat(i.getIp()).isEqualTo(status.address().orElseThrow()));
    }

    @Test
    void pendingServiceWritesNoIngress() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPrivate, false));

        assertThat(status.toLoadBalancerStatus().getIngress()).isEmpty();
    }

    @Test
    void clusterIpServiceIsNotTheCcmsBusiness() {
        Service clusterIp = new ServiceBuilder(cluster.nlb("web", 443, cluster.lbPublic, false)).editSpec()
                .withType("ClusterIP").endSpec().build();

        assertThatThrownBy(() -> ccm.sync(clusterIp)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shop/web").hasMessageContaining("only provisions Services of type LoadBalancer");
    }

    @Test
    void syncAllSkipsServicesThatAreNotLoadBalancers() {
        Service clusterIp = new ServiceBuilder(cluster.nlb("api", 80, cluster.lbPublic, false)).editSpec()
                .withType("ClusterIP").endSpec().build();

        assertThat(ccm.syncAll(java.util.List.of(clusterIp, cluster.nlb("web", 443, cluster.lbPublic, false))))
                .extracting(ServiceStatus::service).containsExactly("shop/web");
    }

    @Test
    void buildingWithoutClusterSaysWhatIsMissing() {
        assertThatThrownBy(() -> SimulatedCcm.builder(cluster.oci).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cluster(compartmentId, clusterId)");
    }
}
