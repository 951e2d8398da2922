package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.BackendHealth;
import dev.okenet.testkit.ccm.ClientAccess;
import dev.okenet.testkit.ccm.SimulatedCcm;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import org.junit.jupiter.api.Test;

/**
 * Classic failure 2: an NLB preserving the client's address (shop/web, externalTrafficPolicy Local)
 * while the workers admit node ports only from the load balancers. validate() predicts OKE-LB-006;
 * the simulated CCM finds the backends healthy yet the clients stopped at the nodes.
 */
@FakeOciTest
class PreservedSourceCrossCheckTest {
  private static final String INTERNET_CLIENTS = "203.0.113.0/24";
  FakeOci oci;

  /** prod, with the load balancer rules written by hand, admitting only the LB subnet on node ports and 10256. */
  static OkeNetwork nodePortsOnlyFromLoadBalancers() {
    OkeNetwork prod = ReferenceNetworks.prod();
    return prod.toBuilder().name("lb-only-node-ports").generatesLoadBalancerRules(false)
        .workers(prod.workers().allowFrom(Peer.role(SubnetRole.PUBLIC_LOAD_BALANCERS), Port.NODE_PORTS_TCP)
            .allowFrom(Peer.role(SubnetRole.PUBLIC_LOAD_BALANCERS), Port.tcp(10256)))
        .build();
  }

  @Test
  void validatePredictsDroppedTrafficAndTheSimulationStopsClientsAtTheNodes() {
    AppliedCluster cluster = AppliedCluster.into(oci, nodePortsOnlyFromLoadBalancers());
    SimulatedCcm ccm = cluster.ccm();
    var web = ccm.sync(cluster.service("shop/web"));
    ClientAccess access = ccm.clientAccess(cluster.service("shop/web"), INTERNET_CLIENTS);

    assertThat(cluster.intent.validate().findings("OKE-LB-006")).extracting(Finding::path).containsExactly("services[shop/web]");
    assertThat(web.backends()).isNotEmpty().allMatch(BackendHealth::isOk);
    assertThat(access.reachable()).isFalse();
    assertThat(access.reason()).startsWith("DENIED ingress at node").contains("clients " + INTERNET_CLIENTS)
        .contains("preserves the client's address");
  }

  @Test
  void onProdTheGeneratedClientRuleLetsClientsThrough() {
    AppliedCluster prod = AppliedCluster.into(oci, ReferenceNetworks.prod());
    SimulatedCcm ccm = prod.ccm();
    ccm.sync(prod.service("shop/web"));

    assertThat(prod.intent.validate().has("OKE-LB-006")).isFalse();
    assertThat(ccm.clientAccess(prod.service("shop/web"), INTERNET_CLIENTS).reachable()).isTrue();
  }
}
