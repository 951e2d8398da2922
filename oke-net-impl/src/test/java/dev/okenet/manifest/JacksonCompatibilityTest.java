package dev.okenet.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.http.client.Serializer;
import dev.okenet.reference.ReferenceNetworks;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OCI SDK and fabric8 kubernetes-model both serialise with Jackson; this proves that the one
 * Jackson on the classpath (aligned by jackson-bom) serves both in one JVM, in both directions.
 */
class JacksonCompatibilityTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void ociSdkModelAndFabric8ServiceRoundTripInOneJvm() throws Exception {
    Vcn vcn = Vcn.builder().id("ocid1.vcn.oc1.iad.aaaaaaaaexample").cidrBlocks(List.of("10.0.0.0/16")).displayName("prod-vcn")
        .dnsLabel("prod").lifecycleState(Vcn.LifecycleState.Available).build();
    Service web = Manifests.of(ReferenceNetworks.prod().resolve(), TestIds.applied()).services().get(0);

    String vcnJson = Serializer.getDefault().writeValueAsString(vcn);
    String webJson = PLAIN.writeValueAsString(web);

    assertThat(vcnJson).contains("\"cidrBlocks\":[\"10.0.0.0/16\"]").contains("\"lifecycleState\":\"AVAILABLE\"");
    assertThat(Serializer.getDefault().readValue(vcnJson, Vcn.class)).isEqualTo(vcn);
    assertThat(webJson).contains("\"oci.oraclecloud.com/load-balancer-type\":\"nlb\"");
    assertThat(PLAIN.readValue(webJson, Service.class)).isEqualTo(web);
  }

  @Test
  void fabric8ServiceReadsBackFromTheRenderedYaml() throws Exception {
    Manifests prod = Manifests.of(ReferenceNetworks.prod().resolve(), TestIds.applied());
    String yaml = prod.toYaml();
    String firstService = yaml.split("(?m)^---$")[4];

    Service read = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readValue(firstService, Service.class);

    assertThat(read).isEqualTo(prod.services().get(0));
  }
}
