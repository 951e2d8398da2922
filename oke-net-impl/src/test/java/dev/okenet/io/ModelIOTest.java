package dev.okenet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.SubnetRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelIOTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/prod-network.json");

  /** The smallest document a person would write: required fields only. */
  private static final String MINIMAL = "{\"name\": \"dev\", \"compartmentId\": \"ocid1.compartment.oc1..aaaaaaaaexample\","
      + " \"vcn\": {\"cidrs\": [\"10.0.0.0/16\"]},"
      + " \"subnets\": {\"apiEndpoint\": {\"public\": false}, \"workers\": {\"public\": false, \"prefixLength\": 22}}}";

  /** Only name, compartmentId and the VCN are required; the rest are the model's defaults, as in the DSL. */
  @Test
  void theSmallestDocumentReadsAsTheSmallestNetwork() {
    OkeNetwork smallest = ModelIO.fromJson("{\"name\": \"dev\", \"compartmentId\": \"ocid1.compartment.oc1..aaaaaaaaexample\","
        + " \"vcn\": {\"cidrs\": [\"10.0.0.0/16\"]}}");

    assertThat(smallest).isEqualTo(OkeNetwork.builder().name("dev").compartmentId("ocid1.compartment.oc1..aaaaaaaaexample")
        .vcn(dev.okenet.vcn.Vcn.of(dev.okenet.vcn.Vcn.DEFAULT_CIDR)).build());
  }

  static java.util.List<OkeNetwork> referenceNetworks() {
    return ReferenceNetworks.all();
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> readingJson(String json) {
    return assertThatThrownBy(() -> ModelIO.fromJson(json)).isInstanceOf(ModelFormatException.class);
  }

  private static String minimalWith(String field) {
    return MINIMAL.substring(0, MINIMAL.length() - 1) + ", " + field + "}";
  }

  @Test
  void prodJsonMatchesTheGoldenFile() throws IOException {
    String json = ModelIO.toJson(ReferenceNetworks.prod());
    if (Boolean.getBoolean("okenet.golden.update")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void goldenJsonReadsBackAsProd() throws IOException {
    assertThat(ModelIO.fromJson(Files.readString(GOLDEN, StandardCharsets.UTF_8))).isEqualTo(ReferenceNetworks.prod());
  }

  @ParameterizedTest
  @MethodSource("referenceNetworks")
  void referenceNetworksRoundTripThroughJson(OkeNetwork network) {
    assertThat(ModelIO.fromJson(ModelIO.toJson(network))).isEqualTo(network);
  }

  @ParameterizedTest
  @MethodSource("referenceNetworks")
  void referenceNetworksRoundTripThroughYaml(OkeNetwork network) {
    assertThat(ModelIO.fromYaml(ModelIO.toYaml(network))).isEqualTo(network);
  }

  @Test
  void absentFieldsTakeTheModelsDefaults() {
    OkeNetwork dev = ModelIO.fromJson(MINIMAL);

    assertThat(dev.region()).isEqualTo(OkeNetwork.DEFAULT_REGION);
    assertThat(dev.podNetworking().isVcnNative()).isTrue();
    assertThat(dev.gateways().hasInternetGateway()).isTrue();
    assertThat(dev.cluster().policyEngine()).isEqualTo(PolicyEngine.NONE);
  }

  @Test
  void internetEgressRoundTripsAndDefaultsToWorkersAndPods() {
    OkeNetwork none = ReferenceNetworks.prod().toBuilder().internetEgress(dev.okenet.vcn.InternetEgress.NONE).build();
    assertThat(ModelIO.toJson(none)).contains("\"internetEgress\": \"NONE\"");
    assertThat(ModelIO.fromJson(ModelIO.toJson(none))).isEqualTo(none);
    assertThat(ModelIO.fromJson(MINIMAL).internetEgress()).isEqualTo(dev.okenet.vcn.InternetEgress.WORKERS_AND_PODS);
  }

  @Test
  void unknownInternetEgressNamesItsPath() {
    readingJson(minimalWith("\"internetEgress\": \"SOMETIMES\"")).hasMessageContaining("internetEgress");
  }

  @Test
  void yamlWrittenByHandIsRead() {
    String yaml = "name: dev\ncompartmentId: ocid1.compartment.oc1..aaaaaaaaexample\nvcn:\n  cidrs: [10.0.0.0/16]\n"
        + "subnets:\n  apiEndpoint: {public: false}\n  workers: {public: false}\n"
        + "policies:\n  - namespace: shop\n    kind: DEFAULT_DENY\n";

    OkeNetwork dev = ModelIO.fromYaml(yaml);

    assertThat(dev.policies().get(0)).isInstanceOfSatisfying(NetworkPolicy.DefaultDeny.class, deny -> {
      assertThat(deny.deniesIngress()).isTrue();
      assertThat(deny.deniesEgress()).isTrue();
    });
  }

  @Test
  void rulePeersAcceptRoleKeysAndConstantNamesBesideTheirLabels() {
    OkeNetwork dev = ModelIO.fromJson(minimalWith("\"nsgs\": [{\"name\": \"edge\", \"rules\": ["
        + "{\"direction\": \"INGRESS\", \"peer\": \"lb-public\", \"port\": \"TCP 22\"},"
        + " {\"direction\": \"egress\", \"peer\": \"WORKERS\", \"port\": \"TCP 22\"},"
        + " {\"direction\": \"EGRESS\", \"peer\": \"oracle services network\", \"port\": \"TCP all\"}]}]"));

    assertThat(dev.nsgs().get(0).rules()).extracting(Object::toString).containsExactly(
        "ingress from public load balancers TCP 22", "egress to workers TCP 22", "egress to Oracle Services Network TCP all");
  }

  @Test
  void unknownFieldNamesItsPathAndTheKnownFields() {
    readingJson(MINIMAL.replace("\"prefixLength\": 22", "\"prefixLenght\": 22"))
        .hasMessageContaining("At $.subnets.workers.prefixLenght:").hasMessageContaining("unknown field 'prefixLenght'")
        .hasMessageContaining("prefixLength").hasMessageContaining("Fix the spelling");
  }

  @Test
  void wrongTypeNamesItsPathAndWhatToWrite() {
    readingJson(MINIMAL.replace("\"prefixLength\": 22", "\"prefixLength\": \"big\""))
        .hasMessageContaining("At $.subnets.workers.prefixLength:").hasMessageContaining("a whole number");
  }

  @Test
  void missingRequiredFieldNamesItsPathWithAnExample() {
    readingJson(MINIMAL.replace("\"name\": \"dev\", ", ""))
        .hasMessageContaining("At $.name:").hasMessageContaining("missing").hasMessageContaining("\"prod\"");
  }

  @Test
  void badCidrNamesItsIndexAndTheModelsFix() {
    readingJson(MINIMAL.replace("[\"10.0.0.0/16\"]", "[\"10.0.0.0/16\", \"10.1.0.1/16\"]"))
        .hasMessageContaining("At $.vcn.cidrs[1]:").hasMessageContaining("Did you mean 10.1.0.0/16?");
  }

  @Test
  void badEnumListsTheConstants() {
    readingJson(minimalWith("\"securityEnforcement\": \"FIREWALL\""))
        .hasMessageContaining("At $.securityEnforcement:").hasMessageContaining("\"NSG\", \"SECURITY_LISTS\"");
  }

  @Test
  void badPortTextShowsTheForms() {
    readingJson(minimalWith("\"nsgs\": [{\"name\": \"bastion\", \"rules\": [{\"direction\": \"INGRESS\", \"peer\": \"workers\", \"port\": \"SSH\"}]}]"))
        .hasMessageContaining("At $.nsgs[0].rules[0].port:").hasMessageContaining("\"TCP 443\"");
  }

  @Test
  void badPeerTextShowsTheForms() {
    readingJson(minimalWith("\"nsgs\": [{\"name\": \"bastion\", \"rules\": [{\"direction\": \"INGRESS\", \"peer\": \"the office\", \"port\": \"TCP 22\"}]}]"))
        .hasMessageContaining("At $.nsgs[0].rules[0].peer:").hasMessageContaining("\"nsg <name>\"");
  }

  @Test
  void serviceNetworkRouteToAnotherGatewayNamesTheTargetsPathAndTheFix() {
    readingJson(MINIMAL.replace("\"prefixLength\": 22", "\"prefixLength\": 22, \"routeRules\": [{\"destination\": \"Oracle Services Network\", "
        + "\"target\": \"NAT gateway\"}]"))
        .hasMessageContaining("At $.subnets.workers.routeRules[0].target:").hasMessageContaining("RouteRule.toServiceNetwork(RouteTarget.serviceGateway())");
  }

  @Test
  void cidrRouteToTheServiceGatewayNamesTheTargetsPathAndTheFix() {
    readingJson(MINIMAL.replace("\"prefixLength\": 22", "\"prefixLength\": 22, \"routeRules\": [{\"destination\": \"100.64.0.0/16\", "
        + "\"target\": \"service gateway\"}]"))
        .hasMessageContaining("At $.subnets.workers.routeRules[0].target:").hasMessageContaining("100.64.0.0/16 → service gateway");
  }

  @Test
  void modelRuleBrokenByOneFieldIsReportedAtThatField() {
    readingJson(minimalWith("\"nodePools\": [{\"name\": \"a\", \"shape\": {\"name\": \"VM.Standard.E5.Flex\", \"ocpus\": 2}, \"minNodes\": 1, \"maxNodes\": 1},"
        + " {\"name\": \"a\", \"shape\": {\"name\": \"VM.Standard.E5.Flex\", \"ocpus\": 2}, \"minNodes\": 1, \"maxNodes\": 1}]"))
        .hasMessageContaining("At $.nodePools:").hasMessageContaining("Two node pools share the name 'a'");
  }

  @Test
  void flexibleShapeWithMismatchedVnicsSaysWhichToRemove() {
    readingJson(minimalWith("\"nodePools\": [{\"name\": \"a\", \"shape\": {\"name\": \"VM.Standard.E5.Flex\", \"ocpus\": 4, \"vnics\": 8}, \"minNodes\": 1, \"maxNodes\": 1}]"))
        .hasMessageContaining("At $.nodePools[0].shape.vnics:").hasMessageContaining("gets 4 VNICs, not 8");
  }

  @Test
  void tlsPortsWithoutSecretIsAnError() {
    readingJson(minimalWith("\"services\": [{\"namespace\": \"shop\", \"name\": \"web\", \"type\": \"LOAD_BALANCER\", \"ports\": [{\"port\": 443}],"
        + " \"loadBalancer\": {\"tlsPorts\": [443]}}]"))
        .hasMessageContaining("At $.services[0].loadBalancer.tlsPorts:").hasMessageContaining("tlsSecret");
  }

  @Test
  void loadBalancerOptionsOnAClusterIpServiceIsAnError() {
    readingJson(minimalWith("\"services\": [{\"namespace\": \"shop\", \"name\": \"api\", \"type\": \"CLUSTER_IP\", \"loadBalancer\": {}}]"))
        .hasMessageContaining("At $.services[0].loadBalancer:").hasMessageContaining("only LOAD_BALANCER Services");
  }

  @Test
  void policyPeerNamingNothingShowsTheForms() {
    readingJson(minimalWith("\"policies\": [{\"namespace\": \"shop\", \"kind\": \"ALLOW\", \"from\": {}, \"to\": {\"pods\": \"app=api\"}}]"))
        .hasMessageContaining("At $.policies[0].from:").hasMessageContaining("{\"pods\": \"app=web\"}");
  }

  @Test
  void unsupportedSchemaVersionSaysWhichOneIsRead() {
    readingJson(minimalWith("\"schemaVersion\": 2")).hasMessageContaining("At $.schemaVersion:").hasMessageContaining("reads version 1");
  }

  @Test
  void nullListElementIsAnErrorAtItsIndex() {
    readingJson(minimalWith("\"localPeerings\": [null]")).hasMessageContaining("At $.localPeerings[0]:");
  }

  @Test
  void invalidJsonSyntaxGivesLineAndColumn() {
    readingJson("{\"name\": \"dev\",\n  \"vcn\": }").hasMessageContaining("At $:").hasMessageContaining("not valid JSON").hasMessageContaining("line 2");
  }

  @Test
  void invalidYamlSyntaxIsAFormatError() {
    assertThatThrownBy(() -> ModelIO.fromYaml("name: dev\n  vcn: [unclosed\n")).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void emptyTextIsAFormatError() {
    readingJson("  ").hasMessageContaining("empty");
    assertThatThrownBy(() -> ModelIO.fromYaml(null)).isInstanceOf(ModelFormatException.class);
  }

  @Test
  void nsgsAndSecurityListsReadTheirNameAndRulesInOrder() {
    String rules = "\"rules\": [{\"direction\": \"INGRESS\", \"peer\": \"10.20.0.0/16\", \"port\": \"TCP 22\"},"
        + " {\"direction\": \"EGRESS\", \"peer\": \"workers\", \"port\": \"TCP 22\", \"stateful\": false}]";
    OkeNetwork read = ModelIO.fromJson(minimalWith("\"nsgs\": [{\"name\": \"bastion\", " + rules + "}]")
        .replace("\"prefixLength\": 22}", "\"prefixLength\": 22, \"securityLists\": [{\"name\": \"monitoring\", " + rules + "}]}"));
    java.util.List<SecurityRule> expected = java.util.List.of(SecurityRule.ingress(Peer.ipv4("10.20.0.0/16"), Port.SSH),
        SecurityRule.egress(Peer.role(SubnetRole.WORKERS), Port.SSH).withStateful(false));

    assertThat(read.nsgs()).containsExactly(Nsg.named("bastion").addAllRules(expected));
    assertThat(read.workers().securityLists()).containsExactly(SecurityList.named("monitoring").addAllRules(expected));
  }

  @Test
  void nsgOrSecurityListWithoutANameNamesItsPathWithAnExample() {
    readingJson(minimalWith("\"nsgs\": [{\"rules\": []}]")).hasMessageContaining("At $.nsgs[0].name:")
        .hasMessageContaining("\"name\": \"bastion\"");
    readingJson(MINIMAL.replace("\"prefixLength\": 22}", "\"prefixLength\": 22, \"securityLists\": [{}]}"))
        .hasMessageContaining("At $.subnets.workers.securityLists[0].name:").hasMessageContaining("\"name\": \"monitoring\"");
  }

  @Test
  void theExceptionCarriesThePath() {
    assertThatThrownBy(() -> ModelIO.fromJson(MINIMAL.replace("\"prefixLength\": 22", "\"prefixLength\": \"big\"")))
        .isInstanceOfSatisfying(ModelFormatException.class, e -> assertThat(e.path()).isEqualTo("$.subnets.workers.prefixLength"));
  }
}
