package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.containerengine.model.ClusterType;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.FlannelOverlayClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.FlannelOverlayNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.core.VirtualNetworkClient;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FakeOciTest
class ClientsAndClusterDetailsTest {
  FakeOci oci;

  @TempDir
  Path dir;

  private Path configFile(String region) throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
        .encodeToString(gen.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    Path key = Files.writeString(dir.resolve("key.pem"), pem);
    return Files.writeString(dir.resolve("config"), "[DEFAULT]\nuser=ocid1.user.oc1..aaaaexample\n"
        + "fingerprint=11:22:33:44:55:66:77:88:99:00:aa:bb:cc:dd:ee:ff\ntenancy=ocid1.tenancy.oc1..aaaaexample\n"
        + (region == null ? "" : "region=" + region + "\n") + "key_file=" + key + "\n");
  }

  @Test
  void configFileProfileBuildsRealClientsWithoutCallingOci() throws Exception {
    try (OciNetworkProvider provider = OciNetworkProvider.fromConfigFile(configFile("us-phoenix-1").toString(), "DEFAULT", null).build()) {
      assertThat(provider.virtualNetwork()).isInstanceOf(VirtualNetworkClient.class);
      assertThat(provider.containerEngine()).isPresent();
      assertThat(provider.networkLoadBalancer()).isPresent();
      assertThat(((VirtualNetworkClient) provider.virtualNetwork()).getEndpoint()).contains("us-phoenix-1");
    }
  }

  @Test
  void configFileProfileBuildsAnIdentityClientForTheAvailabilityDomains() throws Exception {
    try (OciNetworkProvider provider = OciNetworkProvider.fromConfigFile(configFile("us-phoenix-1").toString(), "DEFAULT", null).build()) {
      assertThat(provider.identity()).get().isInstanceOf(com.oracle.bmc.identity.IdentityClient.class);
      assertThat(((com.oracle.bmc.identity.IdentityClient) provider.identity().orElseThrow()).getEndpoint())
          .contains("identity.us-phoenix-1");
    }
  }

  @Test
  void anEndpointSendsIdentityCallsThereToo() throws Exception {
    try (OciNetworkProvider provider = OciNetworkProvider.fromConfigFile(configFile("us-phoenix-1").toString(), "DEFAULT", null)
        .endpoint("http://127.0.0.1:4510").build()) {
      assertThat(((com.oracle.bmc.identity.IdentityClient) provider.identity().orElseThrow()).getEndpoint())
          .isEqualTo("http://127.0.0.1:4510");
    }
  }

  @Test
  void theModelsRegionOverridesTheProfiles() throws Exception {
    try (OciNetworkProvider provider = OciNetworkProvider.fromConfigFile(configFile("us-phoenix-1").toString(), "DEFAULT",
        Networks.prod().intent().region()).build()) {
      assertThat(((VirtualNetworkClient) provider.virtualNetwork()).getEndpoint()).contains("us-ashburn-1");
    }
  }

  @Test
  void aMissingConfigFileNamesTheFileAndTheFix() {
    assertThatThrownBy(() -> OciNetworkProvider.fromConfigFile(dir.resolve("nope").toString(), "DEFAULT", null))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nope").hasMessageContaining("oci setup config");
  }

  private ClusterDetails detailsOf(ResolvedNetwork net) {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    ApplyResult applied = provider.apply(provider.plan(net));
    return provider.networkOnly(net, applied.idsByKey());
  }

  @Test
  void vcnNativeClusterDetailsCarryTheNetworksOcids() {
    ResolvedNetwork net = Networks.prod();
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    Map<ResourceKey, String> ids = provider.apply(provider.plan(net)).idsByKey();

    CreateClusterDetails c = provider.networkOnly(net).cluster();

    assertThat(c.getVcnId()).isEqualTo(ids.get(ResourceKey.vcn()));
    assertThat(c.getEndpointConfig().getSubnetId()).isEqualTo(ids.get(ResourceKey.subnet(SubnetRole.API_ENDPOINT)));
    assertThat(c.getEndpointConfig().getNsgIds()).containsExactly(ids.get(ResourceKey.nsg(SubnetRole.API_ENDPOINT)));
    assertThat(c.getEndpointConfig().getIsPublicIpEnabled()).isFalse();
    assertThat(c.getClusterPodNetworkOptions()).singleElement().isInstanceOf(OciVcnIpNativeClusterPodNetworkOptionDetails.class);
    assertThat(c.getOptions().getServiceLbSubnetIds()).containsExactly(ids.get(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS)));
    assertThat(c.getOptions().getKubernetesNetworkConfig().getServicesCidr()).isEqualTo("10.96.0.0/16");
    assertThat(c.getType()).isEqualTo(ClusterType.EnhancedCluster);
    assertThat(c.getKubernetesVersion()).isEqualTo("v1.31.1");
  }

  @Test
  void vcnNativeNodePoolsCarryMaxPodsPodSubnetAndPodNsgs() {
    ResolvedNetwork net = Networks.prod();
    ClusterDetails d = detailsOf(net);

    CreateNodePoolDetails general = d.nodePoolsFor("ocid1.cluster.oc1.iad.example").get(0);

    assertThat(general.getClusterId()).isEqualTo("ocid1.cluster.oc1.iad.example");
    assertThat(general.getName()).isEqualTo("general");
    assertThat(general.getNodeShape()).isEqualTo("VM.Standard.E5.Flex");
    assertThat(general.getNodeConfigDetails().getPlacementConfigs()).isNotEmpty();
    assertThat(general.getNodeConfigDetails().getNsgIds()).hasSize(1);
    assertThat(general.getNodeConfigDetails().getNodePoolPodNetworkOptionDetails())
        .isInstanceOfSatisfying(OciVcnIpNativeNodePoolPodNetworkOptionDetails.class, p -> {
          assertThat(p.getMaxPodsPerNode()).isEqualTo(60);
          assertThat(p.getPodSubnetIds()).hasSize(1);
          assertThat(p.getPodNsgIds()).hasSize(1);
        });
  }

  @Test
  void flannelClusterDetailsUseTheOverlayAndThePodsCidr() {
    ClusterDetails d = detailsOf(Networks.prodFlannel());

    assertThat(d.cluster().getClusterPodNetworkOptions()).singleElement().isInstanceOf(FlannelOverlayClusterPodNetworkOptionDetails.class);
    assertThat(d.cluster().getOptions().getKubernetesNetworkConfig().getPodsCidr()).isEqualTo("10.244.0.0/16");
    assertThat(d.nodePools()).allSatisfy(p -> assertThat(p.getNodeConfigDetails().getNodePoolPodNetworkOptionDetails())
        .isInstanceOf(FlannelOverlayNodePoolPodNetworkOptionDetails.class));
  }

  @Test
  void networkOnlyBeforeTheNetworkExistsSaysToApplyFirst() {
    assertThatThrownBy(() -> FakeOciProviders.provider(oci).networkOnly(Networks.prod())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Apply it first");
  }
}
