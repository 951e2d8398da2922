package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.RemoveNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.RemoveNetworkSecurityGroupSecurityRulesRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Found rules against the OKE-required ones: missing and broader rules are reported. */
@FakeOciTest
class RuleGapsTest {
  static FakeOci oci;
  private static ImportedNetwork imported;

  @BeforeAll
  static void changeTheLiveRules() {
    Imports prod = Imports.of(oci, ReferenceNetworks.prod());
    var vn = prod.fake.virtualNetwork();
    String workers = prod.live.ids.get(ResourceKey.nsg(SubnetRole.WORKERS));
    String api = prod.live.ids.get(ResourceKey.nsg(SubnetRole.API_ENDPOINT));
    // The workers' ingress from the control plane (TCP, every port) is removed.
    var kubelet = vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest.builder()
        .networkSecurityGroupId(workers).build()).getItems().stream()
        .filter(r -> api.equals(r.getSource()) && "6".equals(r.getProtocol()) && r.getTcpOptions() == null)
        .findFirst().orElseThrow();
    vn.removeNetworkSecurityGroupSecurityRules(RemoveNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(workers)
        .removeNetworkSecurityGroupSecurityRulesDetails(RemoveNetworkSecurityGroupSecurityRulesDetails.builder()
            .securityRuleIds(List.of(kubelet.getId())).build()).build());
    // The API endpoint admits all of 10.0.0.0/8 on 6443 instead of the workers' NSG.
    var fromWorkers = vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest.builder()
        .networkSecurityGroupId(api).build()).getItems().stream()
        .filter(r -> workers.equals(r.getSource()) && r.getTcpOptions() != null && r.getTcpOptions().getDestinationPortRange() != null
            && r.getTcpOptions().getDestinationPortRange().getMin() == 6443)
        .findFirst().orElseThrow();
    vn.removeNetworkSecurityGroupSecurityRules(RemoveNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(api)
        .removeNetworkSecurityGroupSecurityRulesDetails(RemoveNetworkSecurityGroupSecurityRulesDetails.builder()
            .securityRuleIds(List.of(fromWorkers.getId())).build()).build());
    vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(api)
        .addNetworkSecurityGroupSecurityRulesDetails(AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(
            AddSecurityRuleDetails.builder().direction(AddSecurityRuleDetails.Direction.Ingress).protocol("6").source("10.0.0.0/8")
                .sourceType(AddSecurityRuleDetails.SourceType.CidrBlock).tcpOptions(TcpOptions.builder()
                    .destinationPortRange(PortRange.builder().min(6443).max(6443).build()).build()).build())).build()).build());
    imported = prod.imported();
  }

  @Test
  void aRemovedRequiredRuleIsReportedMissing() {
    assertThat(imported.ruleGaps()).filteredOn(g -> g.kind() == RuleGap.Kind.MISSING)
        .extracting(RuleGap::ruleSetKey, RuleGap::required)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ResourceKey.nsg(SubnetRole.WORKERS), "ingress from nsg:api TCP all"));
  }

  @Test
  void theMissingRuleIsAFindingWithAFix() {
    assertThat(imported.findings()).filteredOn(f -> f.ruleId().equals("OKE-IMPORT-010")).singleElement()
        .satisfies(f -> assertThat(f.fix()).contains("generatesOkeRules(true)"));
  }

  @Test
  void aFoundRuleBroaderThanTheRequiredOneIsAnInfoFinding() {
    assertThat(imported.findings()).filteredOn(f -> f.ruleId().equals("OKE-IMPORT-011")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(dev.okenet.check.Severity.INFO));
  }

  @Test
  void theModelKeepsTheRuleMissingRatherThanRegeneratingIt() {
    assertThat(imported.model().resolve().ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().rules())
        .noneMatch(r -> r.peer().target().equals("nsg:api") && r.port().toString().equals("TCP all"));
  }

  @Test
  void aWiderCidrCoveringARoleRuleIsReportedBroader() {
    assertThat(imported.ruleGaps()).filteredOn(g -> g.kind() == RuleGap.Kind.BROADER_THAN_NEEDED)
        .anySatisfy(g -> {
          assertThat(g.ruleSetKey()).isEqualTo(ResourceKey.nsg(SubnetRole.API_ENDPOINT));
          assertThat(g.required()).isEqualTo("ingress from nsg:workers TCP 6443");
          assertThat(g.found()).contains("ingress from 10.0.0.0/8 TCP 6443");
        });
  }
}
