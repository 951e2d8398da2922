package dev.okenet.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceKeyTest {
  static Stream<Arguments> everyForm() {
    return Stream.of(
        Arguments.of(ResourceKey.vcn(), "vcn"),
        Arguments.of(ResourceKey.subnet(SubnetRole.API_ENDPOINT), "subnet:api"),
        Arguments.of(ResourceKey.subnet(SubnetRole.WORKERS), "subnet:workers"),
        Arguments.of(ResourceKey.subnet(SubnetRole.PODS), "subnet:pods"),
        Arguments.of(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS), "subnet:lb-public"),
        Arguments.of(ResourceKey.subnet(SubnetRole.INTERNAL_LOAD_BALANCERS), "subnet:lb-internal"),
        Arguments.of(ResourceKey.extraSubnet("bastion"), "subnet:extra:bastion"),
        Arguments.of(ResourceKey.routeTable(ResourceKey.subnet(SubnetRole.WORKERS)), "route-table:workers"),
        Arguments.of(ResourceKey.routeTable(ResourceKey.extraSubnet("bastion")), "route-table:extra:bastion"),
        Arguments.of(ResourceKey.securityList(ResourceKey.subnet(SubnetRole.PODS)), "security-list:pods"),
        Arguments.of(ResourceKey.securityList(ResourceKey.extraSubnet("bastion")), "security-list:extra:bastion"),
        Arguments.of(ResourceKey.securityList(ResourceKey.subnet(SubnetRole.WORKERS), "monitoring"), "security-list:workers:monitoring"),
        Arguments.of(ResourceKey.securityList(ResourceKey.extraSubnet("db"), "monitoring"), "security-list:extra:db:monitoring"),
        Arguments.of(ResourceKey.defaultSecurityList(), "default-security-list"),
        Arguments.of(ResourceKey.nsg(SubnetRole.PODS), "nsg:pods"),
        Arguments.of(ResourceKey.customNsg("bastion"), "nsg:custom:bastion"),
        Arguments.of(ResourceKey.internetGateway(), "igw"),
        Arguments.of(ResourceKey.natGateway(), "nat"),
        Arguments.of(ResourceKey.serviceGateway(), "sgw"),
        Arguments.of(ResourceKey.localPeeringGateway("shared"), "lpg:shared"),
        Arguments.of(ResourceKey.drg(), "drg"),
        Arguments.of(ResourceKey.drgAttachment(), "drg-attachment:vcn"),
        Arguments.of(ResourceKey.remotePeering("phoenix"), "rpc:phoenix"),
        Arguments.of(ResourceKey.cluster(), "cluster"),
        Arguments.of(ResourceKey.nodePool("general"), "node-pool:general"),
        Arguments.of(ResourceKey.ingressNlb("ingress-nginx", "controller"), "nlb:ingress:ingress-nginx/controller"));
  }

  @ParameterizedTest
  @MethodSource("everyForm")
  void aKeysTextIsItsTagValue(ResourceKey key, String text) {
    assertThat(key).hasToString(text);
  }

  @ParameterizedTest
  @MethodSource("everyForm")
  void parsingATagValueGivesTheKeyBack(ResourceKey key, String text) {
    assertThat(ResourceKey.parse(text)).isEqualTo(key);
  }

  @Test
  void keysOfOneKindAndNameAreEqual() {
    assertThat(ResourceKey.subnet(SubnetRole.WORKERS)).isEqualTo(new RoleSubnetKey(SubnetRole.WORKERS))
        .hasSameHashCodeAs(new RoleSubnetKey(SubnetRole.WORKERS));
    assertThat(ResourceKey.vcn()).isEqualTo(new VcnKey());
  }

  @Test
  void aRoleNsgAndARoleSecurityListOfOneRoleAreDifferentKeys() {
    assertThat((ResourceKey) ResourceKey.nsg(SubnetRole.WORKERS))
        .isNotEqualTo(ResourceKey.securityList(ResourceKey.subnet(SubnetRole.WORKERS)));
  }

  @Test
  void anExtraSubnetNamedLikeARoleIsNotTheRolesSubnet() {
    ResourceKey extra = ResourceKey.parse("subnet:extra:workers");

    assertThat(extra).isEqualTo(ResourceKey.extraSubnet("workers")).isNotEqualTo(ResourceKey.subnet(SubnetRole.WORKERS));
  }

  @Test
  void anNsgNamedCustomIsACustomNsg() {
    assertThat(ResourceKey.parse("nsg:custom:custom")).isEqualTo(ResourceKey.customNsg("custom"));
  }

  @Test
  void keysSortByTheirText() {
    List<ResourceKey> keys = List.of(ResourceKey.subnet(SubnetRole.WORKERS), ResourceKey.vcn(), ResourceKey.cluster());

    assertThat(keys.stream().sorted(ResourceKey.BY_TEXT).map(Object::toString)).containsExactly("cluster", "subnet:workers", "vcn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "VCN", "vcn ", " vcn", "vcn:", "subnet", "subnet:", "subnet:db", "subnet:custom", "subnet:extra:",
      "subnet:extra:a:b", "subnet:extra: ", "route-table:", "route-table:extra", "security-list:", "security-list:workers:",
      "security-list:workers:a:b", "security-list:extra:db:", "nsg:", "nsg:custom", "nsg:custom:", "nsg:custom:a:b", "nsg:bastion",
      "lpg:", "rpc:", "node-pool:", "nlb:", "nlb:ingress:", "nlb:ingress:ns", "nlb:ingress:ns/", "nlb:ingress:/name",
      "nlb:ingress:Ns/name", "nlb:ingress:a/b/c", "nlb:lb:ns/name", "drg-attachment:onprem", "drg-attachment", "gateway:igw",
      "subnet:extra:a\nb", "node-pool:\u0000"})
  void aTextNoKeyHasIsRefused(String text) {
    assertThatThrownBy(() -> ResourceKey.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a logical key oke-net writes");
    assertThat(ResourceKey.tryParse(text)).isEmpty();
  }

  @Test
  void aRefusalSaysWhyAndThatTheResourceIsNotOursAndListsTheForms() {
    assertThatThrownBy(() -> ResourceKey.parse("subnet:db"))
        .hasMessageStartingWith("okenet.key 'subnet:db' is not a logical key oke-net writes")
        .hasMessageContaining("'db' is no role")
        .hasMessageContaining("treats the resource carrying it as not its own")
        .hasMessageContaining("subnet:extra:<name>");
  }

  @Test
  void aRefusalOfANameSaysWhatIsWrongWithTheName() {
    assertThatThrownBy(() -> ResourceKey.parse("subnet:extra:a:b")).hasMessageContaining("holds ':'");
  }

  @Test
  void aRefusalShowsNoControlCharacters() {
    assertThatThrownBy(() -> ResourceKey.parse("lpg:a\nb")).hasMessageStartingWith("okenet.key 'lpg:a?b'");
  }

  @Test
  void aNullTextIsRefusedWithAFixAndTryParseGivesEmpty() {
    assertThatThrownBy(() -> ResourceKey.parse(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ResourceKey.parse(text): text is null");
    assertThat(ResourceKey.tryParse(null)).isEmpty();
  }

  @Test
  void theCustomRoleHasNoRoleKeyAndTheRefusalNamesTheKeyToUse() {
    assertThatThrownBy(() -> ResourceKey.subnet(SubnetRole.CUSTOM)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ResourceKey.extraSubnet(\"bastion\")");
    assertThatThrownBy(() -> ResourceKey.nsg(SubnetRole.CUSTOM)).hasMessageContaining("ResourceKey.customNsg(\"bastion\")");
  }

  @Test
  void aNameTheDslWouldRefuseIsRefusedByTheKeyToo() {
    Map<String, Runnable> bad = Map.of(
        "holds ':'", () -> ResourceKey.customNsg("a:b"),
        "must not be blank", () -> ResourceKey.nodePool(" "),
        "characters long", () -> ResourceKey.localPeeringGateway("x".repeat(65)),
        "is not a Kubernetes name", () -> ResourceKey.ingressNlb("Ingress", "controller"));
    bad.forEach((message, build) -> assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message));
  }

  @Test
  void aMissingPartIsRefusedWithAFix() {
    assertThatThrownBy(() -> ResourceKey.routeTable((SubnetKey) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RouteTableKey subnet is null");
    assertThatThrownBy(() -> ResourceKey.extraSubnet(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ExtraSubnetKey name is null");
  }
}
