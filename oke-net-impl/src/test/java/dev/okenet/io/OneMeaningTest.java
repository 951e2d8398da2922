package dev.okenet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.Service;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Subnet;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A model document has one meaning or is refused (issue 16, items 1, 4 and 6), in JSON and in YAML. */
class OneMeaningTest {
  private static final String JSON = "{\"name\": \"dev\", \"compartmentId\": \"ocid1.compartment.oc1..aaaaaaaaexample\","
      + " \"vcn\": {\"cidrs\": [\"10.0.0.0/16\"]},"
      + " \"subnets\": {\"apiEndpoint\": {\"public\": false}, \"workers\": {\"public\": false, \"prefixLength\": 22}}}";
  private static final String YAML = "name: dev\ncompartmentId: ocid1.compartment.oc1..aaaaaaaaexample\nvcn:\n  cidrs: [10.0.0.0/16]\n"
      + "subnets:\n  apiEndpoint: {public: false}\n  workers: {public: false, prefixLength: 22}\n";

  private static AbstractThrowableAssert<?, ? extends Throwable> json(String text) {
    return assertThatThrownBy(() -> ModelIO.fromJson(text)).isInstanceOf(ModelFormatException.class);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> yaml(String text) {
    return assertThatThrownBy(() -> ModelIO.fromYaml(text)).isInstanceOf(ModelFormatException.class);
  }

  @Test
  void theBaseDocumentsRead() {
    assertThat(ModelIO.fromYaml(YAML)).isEqualTo(ModelIO.fromJson(JSON));
  }

  @Test
  void yamlAliasIsRefusedNotReadAsTheAnchorsName() {
    yaml(YAML.replace("name: dev", "name: &lbl dev") + "podNetworking: {cni: *lbl}\n")
        .hasMessageContaining("At $.name:").hasMessageContaining("anchor '&lbl'");
    yaml(YAML.replace("cidrs: [10.0.0.0/16]", "cidrs: [10.0.0.0/16]\n  dnsLabel: *lbl"))
        .hasMessageContaining("At $.vcn.dnsLabel:").hasMessageContaining("alias '*lbl'");
  }

  @Test
  void yamlTagIsRefused() {
    yaml(YAML.replace("cidrs: [10.0.0.0/16]", "cidrs: [10.0.0.0/16]\n  dnsLabel: !!str 123"))
        .hasMessageContaining("At $.vcn.dnsLabel:").hasMessageContaining("tag");
  }

  @Test
  void duplicateKeysAreRefusedInBothFormats() {
    json(JSON.replace("\"name\": \"dev\",", "\"name\": \"dev\", \"name\": \"prod\","))
        .hasMessageContaining("At $.name:").hasMessageContaining("given twice");
    yaml(YAML + "name: prod\n").hasMessageContaining("At $.name:").hasMessageContaining("given twice");
    yaml(YAML.replace("{public: false, prefixLength: 22}", "{public: false, public: true}"))
        .hasMessageContaining("At $.subnets.workers.public:");
  }

  @ParameterizedTest
  @ValueSource(strings = {" x", " {}", " []", " \"more\"", " 1", ",", "}"})
  void textAfterTheJsonDocumentIsRefused(String garbage) {
    json(JSON + garbage).hasMessageContaining("At $");
  }

  @Test
  void aSecondYamlDocumentIsRefused() {
    yaml(YAML + "---\nname: other\n").hasMessageContaining("second YAML document");
    yaml(YAML + "---\n").hasMessageContaining("second YAML document");
  }

  @Test
  void explicitDocumentMarkersAroundOneDocumentRead() {
    assertThat(ModelIO.fromYaml("---\n" + YAML + "...\n")).isEqualTo(ModelIO.fromYaml(YAML));
  }

  @Test
  void wrongTypesAreRefusedNotConverted() {
    json(JSON.replace("{\"public\": false}", "{\"public\": \"false\"}"))
        .hasMessageContaining("At $.subnets.apiEndpoint.public:").hasMessageContaining("expected true or false, found the text \"false\"");
    json(JSON.replace("{\"public\": false}", "{\"public\": 0}")).hasMessageContaining("found the number 0");
    json(JSON.replace("\"prefixLength\": 22", "\"prefixLength\": \"22\"")).hasMessageContaining("expected a whole number");
    json(JSON.replace("\"prefixLength\": 22", "\"prefixLength\": 22.0")).hasMessageContaining("expected a whole number");
    json(JSON.replace("\"prefixLength\": 22", "\"prefixLength\": 99999999999")).hasMessageContaining("too large");
    json(JSON.replace("\"name\": \"dev\"", "\"name\": 5")).hasMessageContaining("At $.name:").hasMessageContaining("expected a text");
    json(JSON.replace("[\"10.0.0.0/16\"]", "\"10.0.0.0/16\"")).hasMessageContaining("At $.vcn.cidrs:").hasMessageContaining("a list");
    yaml(YAML.replace("{public: false}", "{public: \"false\"}")).hasMessageContaining("expected true or false");
    yaml(YAML.replace("prefixLength: 22", "prefixLength: \"22\"")).hasMessageContaining("expected a whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"010", "0x16", "0o26", "2_2", "+0x1", "1e1", "yes", "on", "off", "y", ".inf", "-.inf", ".nan", "2001-01-01", "1:30"})
  void unquotedYamlValuesThatReadersDisagreeAboutAreRefused(String plain) {
    yaml(YAML.replace("prefixLength: 22", "prefixLength: " + plain))
        .hasMessageContaining("At $.subnets.workers.prefixLength:").hasMessageContaining("means different things");
  }

  @Test
  void quotedYamlTextsThatLookLikeNumbersAreTexts() {
    OkeNetwork dev = ModelIO.fromYaml(YAML.replace("cidrs: [10.0.0.0/16]", "cidrs: [10.0.0.0/16]\n  dnsLabel: \"010\""));

    assertThat(dev.vcn().dnsLabel()).contains("010");
  }

  @Test
  void aBadNameRegionOrCompartmentIsReportedAtItsField() {
    json(JSON.replace("\"name\": \"dev\"", "\"name\": \"Dev\"")).hasMessageContaining("At $.name:");
    json(JSON.replace("\"name\": \"dev\"", "\"name\": \"dev\", \"region\": \"ashburn\"")).hasMessageContaining("At $.region:");
    json(JSON.replace("ocid1.compartment.oc1..aaaaaaaaexample", "x")).hasMessageContaining("At $.compartmentId:");
    yaml(YAML.replace("name: dev", "name: Dev")).hasMessageContaining("At $.name:");
  }

  @Test
  void aModelCheckOnANestedValueIsReportedAtItsField() {
    json(JSON.replace("\"prefixLength\": 22", "\"prefixLength\": 31")).hasMessageContaining("At $.subnets.workers.prefixLength:");
    json(JSON.replace("[\"10.0.0.0/16\"]", "[\"10.0.0.0/16\"], \"dnsLabel\": \" \"")).hasMessageContaining("At $.vcn.dnsLabel:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TCP -", "ICMP /", "TCP", "UDP 70000", "ICMP 300", "tcp 22", "TCP 0x16"})
  void anyPortParserFailureIsAModelErrorAtThePortsPath(String port) {
    json(JSON.replace("\"prefixLength\": 22", "\"prefixLength\": 22, \"securityRules\": [{\"direction\": \"INGRESS\", "
        + "\"peer\": \"workers\", \"port\": \"" + port + "\"}]"))
        .hasMessageContaining("At $.subnets.workers.securityRules[0].port:");
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
    String huge = JSON.replace("\"name\": \"dev\"", "\"name\": \"" + "a".repeat(ModelIO.MAX_DOCUMENT_CHARS) + "\"");

    json(huge).hasMessageContaining("At $:").hasMessageContaining("characters long");
    yaml(huge).hasMessageContaining("characters long");
  }

  @Test
  void nlbBackendPoliciesRoundTrip() {
    for (String policy : new String[] {"TWO_TUPLE", "THREE_TUPLE", "FIVE_TUPLE"}) {
      OkeNetwork net = ReferenceNetworks.prod().toBuilder()
          .addService(Service.loadBalancer("shop", "tuple").addPort(80).withNetworkLoadBalancer().withBackendPolicy(policy)).build();

      assertThat(ModelIO.fromJson(ModelIO.toJson(net))).isEqualTo(net);
      assertThat(ModelIO.fromYaml(ModelIO.toYaml(net))).isEqualTo(net);
    }
  }

  /** Names that become logical keys may be odd, within what a key name may hold (no ':', no control or line-separator character). */
  @ParameterizedTest
  @ValueSource(strings = {".inf", "-.inf", ".nan", " edge", "edge ", " both ", "yes", "010", "~", "*x", "&x", "- x", "#c", "a #b", "? x",
      "!t", "a\u00a0b", "\ufeffbom", "😀"})
  void oddNamesRoundTripThroughJsonAndYaml(String name) {
    OkeNetwork net = ReferenceNetworks.prod().toBuilder()
        .addNsg(Nsg.named(name).allowFrom(Peer.nsg(name), Port.SSH))
        .addLocalPeering(LocalPeering.to(name, "10.50.0.0/16"))
        .workers(Subnet.privateSubnet(22).withName(name).withDnsLabel(name)
            .addRouteRule(RouteRule.to("10.50.0.0/16", RouteTarget.localPeering(name)).withDescription(name)))
        .build();

    assertThat(ModelIO.fromJson(ModelIO.toJson(net))).isEqualTo(net);
    assertThat(ModelIO.fromYaml(ModelIO.toYaml(net))).isEqualTo(net);
  }

  /** Free texts (labels, descriptions) take line breaks, control characters and ':' too, and come back exactly. */
  @ParameterizedTest
  @ValueSource(strings = {".inf", "yes", "010", "a\u0085b", "\u0085", "a: b", ": ", "a\u2028b", "tab\there", "line\nbreak", "cr\rlf\r\n",
      "\u0000", "\ufeffbom", "😀"})
  void oddFreeTextsRoundTripThroughJsonAndYaml(String text) {
    OkeNetwork net = ReferenceNetworks.prod().toBuilder()
        .addNsg(Nsg.named("bastion").addRule(SecurityRule.ingress(Peer.anyIpv4(), Port.SSH).withDescription(text)))
        .workers(Subnet.privateSubnet(22).withDnsLabel(text)
            .addRouteRule(RouteRule.to("10.50.0.0/16", RouteTarget.drg()).withDescription(text)))
        .build();

    assertThat(ModelIO.fromJson(ModelIO.toJson(net))).isEqualTo(net);
    assertThat(ModelIO.fromYaml(ModelIO.toYaml(net))).isEqualTo(net);
  }

  /**
   * A name that cannot be part of a logical key (a ':' would let two names make one key; a line
   * break or control character would break display names and tags; over 64 characters would
   * overflow OCI's display names) is refused at its field with the model's fix, whichever way
   * the type is read: an NSG through its factory, a subnet and a local peering through their builders.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a: b|holds ':'", "a\u0085b|control or line-separator", "a\u2028b|control or line-separator",
      "tab\there|control or line-separator", "line\nbreak|control or line-separator", "\u0000|control or line-separator",
      "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn|at most 64"})
  void aNameThatCannotBeAKeyIsRefusedAtItsField(String nameAndReason) throws Exception {
    String name = nameAndReason.substring(0, nameAndReason.lastIndexOf('|'));
    String reason = nameAndReason.substring(nameAndReason.lastIndexOf('|') + 1);
    String quoted = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(name);

    json(JSON.replace("\"name\": \"dev\",", "\"name\": \"dev\", \"nsgs\": [{\"name\": " + quoted + "}],"))
        .hasMessageContaining("At $.nsgs[0].name:").hasMessageContaining(reason);
    json(JSON.replace("\"name\": \"dev\",", "\"name\": \"dev\", \"localPeerings\": [{\"name\": " + quoted + ", \"peerCidrs\": [\"10.50.0.0/16\"]}],"))
        .hasMessageContaining("At $.localPeerings[0].name:").hasMessageContaining(reason);
    json(JSON.replace("\"prefixLength\": 22", "\"prefixLength\": 22, \"name\": " + quoted))
        .hasMessageContaining("At $.subnets.workers.name:").hasMessageContaining(reason);
  }

  @Test
  void anUnpairedSurrogateIsNeitherWrittenNorRead() {
    OkeNetwork net = ReferenceNetworks.prod().toBuilder().addNsg(Nsg.named("a\ud800b")).build();

    assertThatThrownBy(() -> ModelIO.toJson(net)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired UTF-16 surrogate");
    assertThatThrownBy(() -> ModelIO.toYaml(net)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired UTF-16 surrogate");
    json(JSON.replace("\"name\": \"dev\",", "\"name\": \"dev\", \"nsgs\": [{\"name\": \"a\\ud800b\"}],"))
        .hasMessageContaining("At $.nsgs[0].name:").hasMessageContaining("unpaired UTF-16 surrogate");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"vcn\": {\"cidrs\": [\"10.0.0.0/16\"], \"existingId\": \"x\"}|$.vcn.existingId",
      "\"cluster\": {\"existingId\": \"x\"}|$.cluster.existingId",
      "\"drg\": {\"existingId\": \"x\"}|$.drg.existingId",
      "\"gateways\": {\"nat\": {\"reservedPublicIpId\": \"x\"}}|$.gateways.nat.reservedPublicIpId",
      "\"localPeerings\": [{\"name\": \"a\", \"peerCidrs\": [\"10.9.0.0/16\"], \"peerGatewayId\": \"x\"}]|$.localPeerings[0].peerGatewayId",
      "\"drg\": {\"attachments\": [{\"name\": \"a\", \"kind\": \"IPSEC_VPN\", \"resourceId\": \"x\", \"reachableCidrs\": [\"10.9.0.0/16\"]}]}|$.drg.attachments[0].resourceId"})
  void aMalformedOcidIsRefusedAtItsField(String fieldAndPath) {
    String[] parts = fieldAndPath.split("\\|");
    String doc = parts[0].startsWith("\"vcn\"") ? JSON.replace("\"vcn\": {\"cidrs\": [\"10.0.0.0/16\"]}", parts[0])
        : JSON.replace("\"name\": \"dev\",", "\"name\": \"dev\", " + parts[0] + ",");

    json(doc).hasMessageContaining("At " + parts[1] + ":").hasMessageContaining("OCID");
  }
}
