package dev.okenet.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import dev.okenet.ResolvedNetwork;
import dev.okenet.manifest.AppliedIds;
import dev.okenet.manifest.Manifests;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.OciHttpClients;
import io.fabric8.kubernetes.api.model.Service;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a user gets who imports {@code oke-net-bom} and nothing else: one Jackson on the class
 * path, with which the OCI SDK's models and fabric8's Kubernetes objects both serialise in one
 * JVM, through the library's own code paths.
 */
class OneJacksonTest {

  /** The Jackson jars that the OCI SDK, fabric8 and oke-net all reach. */
  private static final List<String> EXPECTED_MODULES = List.of(
      "com.fasterxml.jackson.core.jackson-annotations",
      "com.fasterxml.jackson.core.jackson-core",
      "com.fasterxml.jackson.core.jackson-databind",
      "com.fasterxml.jackson.dataformat.jackson-dataformat-yaml",
      "com.fasterxml.jackson.datatype.jackson-datatype-jsr310");

  @Test
  void everyJacksonJarOnTheClassPathIsOfOneRelease() throws IOException {
    Map<String, List<String>> versions = jacksonBundleVersions();
    assertThat(versions).as("Jackson jars found on the class path").containsKeys(EXPECTED_MODULES.toArray(String[]::new));

    String release = versions.get("com.fasterxml.jackson.core.jackson-databind").get(0);
    String minor = release.substring(0, release.lastIndexOf('.'));
    Map<String, List<String>> misaligned = new TreeMap<>();
    versions.forEach((module, found) -> {
      // Since 2.20 jackson-annotations is released per minor version only (2.20, Bundle-Version 2.20.0).
      String expected = module.endsWith(".jackson-annotations") ? minor + ".0" : release;
      if (!found.equals(List.of(expected))) {
        misaligned.put(module, found);
      }
    });
    assertThat(misaligned)
        .as("Jackson jars not of jackson-databind's release %s (all: %s); manage them in oke-net-bom", release, versions)
        .isEmpty();
  }

  @Test
  void anSdkModelCrossesFakeOcisHttpDoorIntact() {
    try (FakeOci fake = FakeOci.create(); OciHttpClients clients = OciHttpClients.connect(fake)) {
      Vcn created = clients.virtualNetwork().createVcn(CreateVcnRequest.builder()
          .createVcnDetails(CreateVcnDetails.builder()
              .compartmentId(ReferenceNetworks.COMPARTMENT_ID)
              .cidrBlocks(List.of("10.0.0.0/16"))
              .displayName("consumer")
              .build())
          .build()).getVcn();

      Vcn read = clients.virtualNetwork().getVcn(GetVcnRequest.builder().vcnId(created.getId()).build()).getVcn();

      assertThat(read.getDisplayName()).isEqualTo("consumer");
      assertThat(read.getCidrBlocks()).containsExactly("10.0.0.0/16");
      assertThat(read.getTimeCreated()).isEqualTo(created.getTimeCreated());
    }
  }

  @Test
  void theReferenceNetworksServicesRenderAsKubernetesYamlAndReadBack() throws IOException {
    ResolvedNetwork net = ReferenceNetworks.prod().resolve();
    try (FakeOci fake = FakeOci.create();
        OciNetworkProvider provider = OciNetworkProvider.builder()
            .identity(fake.identity())
            .virtualNetwork(fake.virtualNetwork())
            .containerEngine(fake.containerEngine())
            .networkLoadBalancer(fake.networkLoadBalancer())
            .build()) {
      ApplyResult applied = provider.apply(provider.plan(net));
      assertThat(applied.isSuccess()).as("apply of prod: %s", applied.failed()).isTrue();

      Manifests manifests = Manifests.of(net, AppliedIds.of(applied.idsByKey()));
      Service first = manifests.services().get(0);
      String firstServiceYaml = Arrays.stream(manifests.toYaml().split("(?m)^---$"))
          .filter(document -> document.contains("kind: Service"))
          .findFirst().orElseThrow();

      assertThat(new YAMLMapper().readValue(firstServiceYaml, Service.class)).isEqualTo(first);
    }
  }

  /** Bundle-Version of every Jackson jar, by Bundle-SymbolicName, read from the jars' manifests. */
  private static Map<String, List<String>> jacksonBundleVersions() throws IOException {
    Map<String, List<String>> versions = new TreeMap<>();
    Enumeration<URL> manifests = OneJacksonTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
    while (manifests.hasMoreElements()) {
      try (InputStream in = manifests.nextElement().openStream()) {
        Attributes attributes = new Manifest(in).getMainAttributes();
        String name = attributes.getValue("Bundle-SymbolicName");
        if (name != null && name.startsWith("com.fasterxml.jackson.")) {
          String module = name.split(";", 2)[0].trim();
          versions.computeIfAbsent(module, m -> new ArrayList<>()).add(attributes.getValue("Bundle-Version"));
        }
      }
    }
    versions.replaceAll((module, found) -> found.stream().sorted().collect(Collectors.toList()));
    return versions;
  }
}
