package dev.okenet.testkit.dispatch;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.UpdateVcnDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.UpdateVcnRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Core Services take display names of 1 to 255 characters (Oracle's API reference,
 * CreateVcnDetails / CreateNetworkSecurityGroupDetails: "Min Length: 1, Max Length: 255"): a longer
 * or empty one is a 400 InvalidParameter and nothing is created, through either door.
 */
@ParameterizedClass
@EnumSource(Door.class)
class DisplayNameLimitsTest {
  @RegisterExtension
  static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
  private static FakeOci OCI;
  private final VirtualNetwork vn;

  DisplayNameLimitsTest(Door door) {
    vn = door.virtualNetwork(OCI);
  }

  private Vcn createVcn(String displayName) {
    return vn.createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder().compartmentId(COMPARTMENT)
        .cidrBlocks(List.of("10.0.0.0/16")).displayName(displayName).build()).build()).getVcn();
  }

  @Test
  void aDisplayNameOf255CharactersIsTaken() {
    assertThat(createVcn("v".repeat(255)).getDisplayName()).hasSize(255);
  }

  @Test
  void aDisplayNameOf256CharactersIsRefusedAndNothingIsCreated() {
    assertThatThrownBy(() -> createVcn("v".repeat(256))).isInstanceOfSatisfying(BmcException.class, e -> {
      assertThat(e.getStatusCode()).isEqualTo(400);
      assertThat(e.getServiceCode()).isEqualTo("InvalidParameter");
      assertThat(e.getMessage()).contains("256 characters long", "1 to 255");
    });
    assertThat(OCI.calls().of("createVcn")).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(400));
  }

  @Test
  void anEmptyDisplayNameIsRefused() {
    assertThatThrownBy(() -> createVcn("")).isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
  }

  @Test
  void anNsgDisplayNameOver255IsRefused() {
    Vcn vcn = createVcn("prod");
    assertThatThrownBy(() -> vn.createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder()
        .createNetworkSecurityGroupDetails(CreateNetworkSecurityGroupDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId())
            .displayName("n".repeat(300)).build()).build()))
        .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
  }

  @Test
  void anUpdateToADisplayNameOver255IsRefused() {
    Vcn vcn = createVcn("prod");
    assertThatThrownBy(() -> vn.updateVcn(UpdateVcnRequest.builder().vcnId(vcn.getId())
        .updateVcnDetails(UpdateVcnDetails.builder().displayName("v".repeat(256)).build()).build()))
        .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
  }
}
