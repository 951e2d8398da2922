package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.UpdateSecurityListDetails;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.UpdateSecurityListRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.ServiceStatus;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.InternetEgress;
import dev.okenet.vcn.SubnetRole;
import org.junit.jupiter.api.Test;

/**
 * The cloud controller manager writes rules into resources the network owns: in NSG mode into the
 * workers' NSG the rendered Service names as its backend NSG, in SL-All mode into the oldest
 * security list of the LB and worker subnets. A re-plan must leave them alone, or every apply
 * would cut the load balancers off their backends until the CCM's next sync.
 */
@FakeOciTest
class CcmManagedRulesTest {
  FakeOci oci;

  private static OciNetworkProvider provider(AppliedCluster cluster) {
    return FakeOciProviders.provider(cluster.oci);
  }

  @Test
  void aReplanAfterAnNsgModeServiceSyncsLeavesTheCcmsWorkerRulesAlone() {
    AppliedCluster prod = AppliedCluster.into(oci, withNsgModeService("ccm-nsg"));
    ServiceStatus edge = prod.ccm().sync(prod.service("ops/edge"));
    assertThat(edge.address()).as(String.valueOf(edge)).isPresent();

    Plan plan = provider(prod).plan(prod.net);

    assertThat(plan.changes()).extracting(c -> c.key()).as(plan.render()).contains(ResourceKey.nsg(SubnetRole.WORKERS));
    assertThat(plan.change(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().action()).isEqualTo(ChangeAction.NO_OP);
    assertThat(plan.isEmpty()).as(plan.render()).isTrue();
  }

  @Test
  void anApplyAfterTheSyncKeepsTheCcmsRules() {
    AppliedCluster prod = AppliedCluster.into(oci, withNsgModeService("ccm-keep"));
    prod.ccm().sync(prod.service("ops/edge"));
    long before = prod.oci.calls().all().size();
    OciNetworkProvider provider = provider(prod);

    provider.apply(provider.plan(prod.net));

    assertThat(prod.oci.calls().all().subList((int) before, prod.oci.calls().all().size()))
        .noneMatch(c -> c.operation().equals("removeNetworkSecurityGroupSecurityRules"));
  }

  @Test
  void aReplanAfterAnSlAllServiceSyncsLeavesTheCcmsSecurityListRulesAlone() {
    AppliedCluster prod = AppliedCluster.into(oci, ReferenceNetworks.prod().toBuilder().name("ccm-sl").build());
    ServiceStatus grafana = prod.ccm().sync(prod.service("ops/grafana"));
    assertThat(grafana.address()).isPresent();

    Plan plan = provider(prod).plan(prod.net);

    assertThat(plan.isEmpty()).as(plan.render()).isTrue();
  }

  @Test
  void repairingDriftInASecurityListKeepsTheCcmsRulesInIt() {
    AppliedCluster prod = AppliedCluster.into(oci, ReferenceNetworks.prod().toBuilder().name("ccm-sl-drift").build());
    prod.ccm().sync(prod.service("ops/grafana"));
    VirtualNetwork vn = prod.oci.virtualNetwork();
    String listId = prod.ids.get(ResourceKey.defaultSecurityList());
    SecurityList live = vn.getSecurityList(GetSecurityListRequest.builder().securityListId(listId).build()).getSecurityList();
    int ccmRules = live.getIngressSecurityRules().size() + live.getEgressSecurityRules().size()
        - prod.net.defaultSecurityList().rules().size();
    vn.updateSecurityList(UpdateSecurityListRequest.builder().securityListId(listId).updateSecurityListDetails(
        UpdateSecurityListDetails.builder().ingressSecurityRules(live.getIngressSecurityRules().subList(1,
            live.getIngressSecurityRules().size())).build()).build());
    OciNetworkProvider provider = provider(prod);

    provider.apply(provider.plan(prod.net));

    SecurityList after = vn.getSecurityList(GetSecurityListRequest.builder().securityListId(listId).build()).getSecurityList();
    assertThat(ccmRules).isPositive();
    assertThat(after.getIngressSecurityRules().size() + after.getEgressSecurityRules().size())
        .isEqualTo(prod.net.defaultSecurityList().rules().size() + ccmRules);
    assertThat(provider.plan(prod.net).isEmpty()).isTrue();
  }

  @Test
  void aRuleTheModelDropsIsStillRemovedBesideTheCcmsRules() {
    AppliedCluster prod = AppliedCluster.into(oci, withNsgModeService("ccm-drop"));
    prod.ccm().sync(prod.service("ops/edge"));
    var narrower = withNsgModeService("ccm-drop").toBuilder().internetEgress(InternetEgress.NONE).build().resolve();

    Plan plan = provider(prod).plan(narrower);

    var removed = plan.change(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().diffs().stream().filter(d -> d.after().isEmpty())
        .map(d -> d.before().orElseThrow()).toList();
    assertThat(removed).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("egress to 0.0.0.0/0"));
  }

  /** {@code prod} with a public LB Service whose rules the CCM manages in NSG mode. */
  private static OkeNetwork withNsgModeService(String name) {
    return ReferenceNetworks.prod().toBuilder().name(name)
        .addService(Service.loadBalancer("ops", "edge").addPort(8080).withFlexibleShape(10, 100).withSecurityRuleManagement(SecurityRuleManagement.NSG)).build();
  }
}
