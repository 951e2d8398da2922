package dev.okenet.testkit.containerengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.containerengine.model.NodeSourceOption;
import com.oracle.bmc.containerengine.model.NodeSourceViaImageOption;
import com.oracle.bmc.containerengine.requests.GetNodePoolOptionsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import org.junit.jupiter.api.Test;

/** GetNodePoolOptions: OKE image names per Kubernetes version and architecture, with stable image OCIDs. */
class NodePoolOptionsTest {
  private static final String COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaaexample";

  @Test
  void allOffersAnOracleLinuxOkeImagePerVersionAndArchitecture() {
    try (FakeOci fake = FakeOci.create()) {
      var options = fake.containerEngine().getNodePoolOptions(GetNodePoolOptionsRequest.builder().nodePoolOptionId("all")
          .compartmentId(COMPARTMENT).build()).getNodePoolOptions();

      assertThat(options.getKubernetesVersions()).contains("v1.31.1");
      assertThat(options.getSources()).extracting(NodeSourceOption::getSourceName)
          .contains("Oracle-Linux-8.10-2025.01.31-0-OKE-1.31.1-760", "Oracle-Linux-8.10-aarch64-2025.01.31-0-OKE-1.31.1-760");
      assertThat(options.getSources()).allSatisfy(s -> assertThat(((NodeSourceViaImageOption) s).getImageId())
          .startsWith("ocid1.image.oc1."));
    }
  }

  @Test
  void anUnknownOptionSetIsNotFound() {
    try (FakeOci fake = FakeOci.create()) {
      assertThatThrownBy(() -> fake.containerEngine().getNodePoolOptions(GetNodePoolOptionsRequest.builder()
          .nodePoolOptionId("ocid1.cluster.oc1.iad.nope").compartmentId(COMPARTMENT).build()))
          .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }
  }
}
