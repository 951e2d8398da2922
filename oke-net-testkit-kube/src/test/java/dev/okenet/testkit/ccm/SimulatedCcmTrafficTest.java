package dev.okenet.testkit.ccm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupsRequest;
import dev.okenet.testkit.Fixtures;
import io.fabric8.kubernetes.api.model.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Backend health and client access, judged from the rules in FakeOci. */
class SimulatedCcmTrafficTest {
    private static final String NSGS = "oci-network-load-balancer.oraclecloud.com/oci-network-security-groups";
    private static final String PRESERVE = "oci-network-load-balancer.oraclecloud.com/is-preserve-source";

    private final TestCluster cluster = TestCluster.vcnNative("10.0.32.0/19", 2, 31);
    private final SimulatedCcm ccm = cluster.ccm();

    @AfterEach
    void close() {
        cluster.close();
    }

    private Service nlbWithNsg(boolean preserve) {
        return preserve ? cluster.nlb("web", 443, cluster.lbPublic, true, NSGS, cluster.lbNsg.getId(), PRESERVE, "true")
                : cluster.nlb("web", 443, cluster.lbPublic, false, NSGS, cluster.lbNsg.getId());
    }

    @Test
    void backendsAreCriticalWhenNoRuleAllowsTheHealthCheckPort() {
        cluster.openLoadBalancerNsg(443);
        cluster.allow(cluster.workersNsg, true, cluster.lbNsg.getId(), 30000, 32767);

        ServiceStatus status = ccm.sync(nlbWithNsg(false));

        assertThat(status.backends()).hasSize(2).allSatisfy(b -> {
            assertThat(b.status()).isEqualTo(BackendHealth.Status.CRITICAL);
            assertThat(b.why()).contains("DENIED ingress").contains("TCP 10256");
        });
    }

    @Test
    void backendsAreOkWhenWorkersAdmitTheLoadBalancerOn10256() {
        cluster.openLoadBalancerNsg(443);
        cluster.allow(cluster.workersNsg, true, cluster.lbNsg.getId(), 10256, 10256);

        assertThat(ccm.sync(nlbWithNsg(false)).backends()).hasSize(2).allMatch(BackendHealth::isOk);
    }

    @Test
    void backendsAreCriticalWhenTheLoadBalancerMayNotSendToTheWorkers() {
        cluster.allow(cluster.lbNsg, true, "0.0.0.0/0", 443, 443);
        cluster.allow(cluster.workersNsg, true, cluster.lbNsg.getId(), 10256, 10256);

        ServiceStatus status = ccm.sync(nlbWithNsg(false));

        assertThat(status.backends()).allSatisfy(b -> assertThat(b.why()).startsWith("DENIED egress"));
    }

    @Test
    void securityListModeAllWritesTheBackendRulesSoBackendsAreHealthy() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false,
                "oci-network-load-balancer.oraclecloud.com/security-list-management-mode", "All"));

        assertThat(status.backends()).hasSize(2).allMatch(BackendHealth::isOk);
        assertThat(cluster.reload(cluster.workersList).getIngressSecurityRules())
                .extracting(IngressSecurityRule::getSource).containsOnly(TestCluster.LB_PUBLIC_CIDR);
    }

    @Test
    void securityListModeFrontendWritesOnlyTheListenerRule() {
        ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false,
                "oci-network-load-balancer.oraclecloud.com/security-list-management-mode", "Frontend"));

        assertThat(cluster.reload(cluster.lbPublicList).getIngressSecurityRules()).singleElement()
                .satisfies(r -> assertThat(r.getTcpOptions().getDestinationPortRange().getMin()).isEqualTo(443));
        assertThat(cluster.reload(cluster.workersList).getIngressSecurityRules()).isEmpty();
    }

    @Test
    void nsgModeCreatesAFrontendNsgAndAdmitsItInTheBackendNsg() {
        ServiceStatus status = ccm.sync(cluster.nlb("web", 443, cluster.lbPublic, false,
                "oci.oraclecloud.com/security-rule-management-mode", "NSG",
                "oci.oraclecloud.com/oci-backend-network-security-group", cluster.workersNsg.getId()));

        var nsgs = cluster.vn.listNetworkSecurityGroups(ListNetworkSecurityGroupsRequest.builder()
                .compartmentId(Fixtures.COMPARTMENT).vcnId(cluster.vcn.getId()).build()).getItems();
        var backendRules = cluster.vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest
                .builder().networkSecurityGroupId(cluster.workersNsg.getId()).build()).getItems();
        assertThat(nsgs).extracting(n -> n.getDisplayName()).anySatisfy(name -> assertThat(name).startsWith("shop/web/")
                .endsWith("/nsg"));
        assertThat(backendRules).isNotEmpty().allSatisfy(r -> assertThat(r.getSourceType().getValue())
                .isEqualTo("NETWORK_SECURITY_GROUP"));
        assertThat(status.backends()).allMatch(BackendHealth::isOk);
    }

    @Test
    void preservedSourceWithoutClientRuleOnWorkersIsUnreachable() {
        cluster.openLoadBalancerNsg(443);
        cluster.allow(cluster.workersNsg, true, cluster.lbNsg.getId(), 30000, 32767);

        ccm.sync(nlbWithNsg(true));
        ClientAccess access = ccm.clientAccess(nlbWithNsg(true), "198.51.100.0/24");

        assertThat(access.reachable()).isFalse();
        assertThat(access.reason()).startsWith("DENIED ingress at node").contains("clients 198.51.100.0/24")
                .contains("preserves the client's address");
    }

    @Test
    void preservedSourceWithClientRuleOnWorkersIsReachable() {
        cluster.openLoadBalancerNsg(443);
        cluster.allow(cluster.workersNsg, true, "0.0.0.0/0", 30000, 32767);

        ccm.sync(nlbWithNsg(true));

        assertThat(ccm.clientAccess(nlbWithNsg(true), "198.51.100.0/24").reachable()).isTrue();
    }

    @Test
    void withoutPreservedSourceTheLoadBalancerRuleIsEnough() {
        cluster.openLoadBalancerNsg(443);
        cluster.allow(cluster.workersNsg, true, cluster.lbNsg.getId(), 30000, 32767);

        ccm.sync(nlbWithNsg(false));

        assertThat(ccm.clientAccess(nlbWithNsg(false), "198.51.100.0/24").reachable()).isTrue();
    }

    @Test
    void clientsNotAdmittedOnTheListenerAreStoppedAtTheLoadBalancer() {
        cluster.allow(cluster.lbNsg, true, "192.168.0.0/16", 443, 443);

        ccm.sync(nlbWithNsg(false));

        assertThat(ccm.clientAccess(nlbWithNsg(false), "198.51.100.0/24").reason())
                .startsWith("DENIED ingress at load balancer of shop/web").contains("TCP 443");
    }

    @Test
    void internalLoadBalancerIsNotReachableFromTheInternet() {
        Service internal = cluster.nlb("web", 443, cluster.lbPrivate, false,
                "oci-network-load-balancer.oraclecloud.com/internal", "true");
        ccm.sync(internal);

        assertThat(ccm.clientAccess(internal, "198.51.100.0/24").reason()).contains("internal");
    }

    @Test
    void pendingServiceIsUnreachableWithItsEvent() {
        Service web = cluster.nlb("web", 443, cluster.lbPrivate, false);
        ccm.sync(web);

        assertThat(ccm.clientAccess(web, "198.51.100.0/24").reason()).contains("has no load balancer")
                .contains("failed to ensure load balancer");
    }

    @Test
    void clientAccessBeforeSyncSaysToSyncFirst() {
        assertThatThrownBy(() -> ccm.clientAccess(nlbWithNsg(false), "198.51.100.0/24"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sync(service) first");
    }

    @Test
    void malformedClientCidrIsRejectedWithAnExample() {
        ccm.sync(nlbWithNsg(false));

        assertThatThrownBy(() -> ccm.clientAccess(nlbWithNsg(false), "198.51.100/24"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("198.51.100.0/24");
    }
}
