package dev.okenet.doctor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.oci.RetryPolicy;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the doctor refuses before it reads anything, with the fix. */
class ClusterDoctorArgumentsTest {
  private final FakeOci oci = FakeOci.create();
  private final KubernetesClient nowhere = new KubernetesClientBuilder().withConfig(new ConfigBuilder(Config.empty())
      .withMasterUrl("http://127.0.0.1:1/").withRequestRetryBackoffLimit(0).build()).build();
  private final ClusterDoctor doctor = ClusterDoctor.builder().kubernetes(nowhere).virtualNetwork(oci.virtualNetwork())
      .containerEngine(oci.containerEngine()).retryPolicy(RetryPolicy.defaults().withSleeper(d -> { })).build();

  @AfterEach
  void close() {
    nowhere.close();
    oci.close();
  }

  @Test
  void aClusterOcidThatIsNotOneIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> doctor.examine(ReferenceNetworks.COMPARTMENT_ID, "ocid1.vcn.oc1.iad.aaaa"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clusterId").hasMessageContaining("ocid1.cluster.");
  }

  @Test
  void aClusterOciCannotFindIsRefusedWithWhatToCheck() {
    assertThatThrownBy(() -> doctor.examine(ReferenceNetworks.COMPARTMENT_ID, "ocid1.cluster.oc1.iad.aaaaaaaanosuchcluster"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cannot read cluster ocid1.cluster.oc1.iad.aaaaaaaanosuchcluster")
        .hasMessageContaining("Check the OCID");
  }
}
