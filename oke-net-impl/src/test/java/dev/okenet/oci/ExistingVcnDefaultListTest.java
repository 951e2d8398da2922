package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SecurityEnforcement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In an existing VCN (NSG mode) prod's subnets use the VCN's default security list as its owner
 * left it: the subnets are created with it, the list is never changed, and the plan says so.
 */
@FakeOciTest
class ExistingVcnDefaultListTest {
  FakeOci oci;
  private Vcn shared;
  private ResolvedNetwork prod;

  @BeforeEach
  void sharedVcn() {
    shared = oci.virtualNetwork().createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails
        .builder().compartmentId(Networks.COMPARTMENT).cidrBlocks(List.of("10.0.0.0/16")).displayName("shared").dnsLabel("prod")
        .freeformTags(Map.of()).build()).build()).getVcn();
    prod = ReferenceNetworks.prod().toBuilder()
        .vcn(dev.okenet.vcn.Vcn.of("10.0.0.0/16").withExistingId(shared.getId()).withDnsLabel("prod"))
        .securityEnforcement(SecurityEnforcement.NSG).build().resolve();
  }

  @Test
  void subnetsInAnExistingVcnAreCreatedWithItsDefaultSecurityList() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);

    ApplyResult result = provider.apply(provider.plan(prod));

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    assertThat(Networks.subnets(oci.virtualNetwork())).isNotEmpty()
        .allSatisfy(s -> assertThat(s.getSecurityListIds()).contains(shared.getDefaultSecurityListId()));
  }

  @Test
  void theExistingVcnsDefaultSecurityListIsNeverChanged() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);

    provider.apply(provider.plan(prod));
    provider.destroy(prod);

    assertThat(oci.calls().mutating()).noneMatch(c -> shared.getDefaultSecurityListId().equals(c.resourceId()));
  }

  @Test
  void thePlanSaysTheDefaultSecurityListIsUsedAsItIs() {
    Plan plan = FakeOciProviders.provider(oci).plan(prod);

    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains(shared.getDefaultSecurityListId()).contains("never changed")
        .contains("subnet:workers"));
  }

  @Test
  void anAppliedNetworkInAnExistingVcnPlansNothingMore() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    assertThat(provider.apply(provider.plan(prod)).isSuccess()).isTrue();

    assertThat(FakeOciProviders.provider(oci).plan(prod).actionable()).isEmpty();
  }
}
