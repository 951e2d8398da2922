package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.CreateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.CreateLocalPeeringGatewayRequest;
import dev.okenet.check.Finding;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Configuration the model has no shape for imports with a finding, never an exception. */
@FakeOciTest
class UnknownShapesTest {
  static FakeOci oci;
  private static ImportedNetwork imported;

  @BeforeAll
  static void importOddNetwork() {
    Imports prod = Imports.of(oci, ReferenceNetworks.prod());
    var vn = prod.fake.virtualNetwork();
    // A local peering gateway nobody peers with or routes to: the model needs a peer's CIDRs.
    vn.createLocalPeeringGateway(CreateLocalPeeringGatewayRequest.builder().createLocalPeeringGatewayDetails(
        CreateLocalPeeringGatewayDetails.builder().compartmentId(LiveOke.COMPARTMENT).vcnId(prod.live.vcnId())
            .displayName("orphan-lpg").build()).build());
    // A GRE rule (protocol 47): the model knows TCP, UDP, ICMP and all.
    vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
        .networkSecurityGroupId(prod.live.ids.get(ResourceKey.nsg(SubnetRole.WORKERS))).addNetworkSecurityGroupSecurityRulesDetails(
            AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(AddSecurityRuleDetails.builder()
                .direction(AddSecurityRuleDetails.Direction.Ingress).protocol("47").source("10.20.0.0/16")
                .sourceType(AddSecurityRuleDetails.SourceType.CidrBlock).build())).build()).build());
    imported = prod.imported();
  }

  @Test
  void anUnpeeredLocalPeeringGatewayIsAFindingAndLeftOut() {
    assertThat(imported.findings()).filteredOn(f -> f.path().equals("lpg orphan-lpg")).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("OKE-IMPORT-001");
          assertThat(f.message()).contains("not peered and no route uses it");
        });
    assertThat(imported.model().localPeerings()).isEmpty();
  }

  @Test
  void aRuleOfAnUnknownProtocolIsAFindingAndLeftOut() {
    assertThat(imported.findings()).filteredOn(f -> f.message().contains("Protocol '47'")).singleElement()
        .extracting(Finding::ruleId).isEqualTo("OKE-IMPORT-001");
    assertThat(imported.model().workers().extraSecurityRules()).noneMatch(r -> r.peer().toString().equals("10.20.0.0/16"));
  }

  @Test
  void theRestOfTheNetworkStillImportsAndAudits() {
    assertThat(imported.model().workers().existingId()).isPresent();
    assertThat(imported.audit().findings().errors()).isEmpty();
  }
}
