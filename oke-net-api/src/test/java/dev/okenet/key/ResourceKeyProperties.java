package dev.okenet.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec over generated keys of every kind: text and key map one to one, and any other text is refused cleanly. */
class ResourceKeyProperties {
  /** What names of the DSL may hold: any printable text without ':' (the key separator), 1 to 64 characters. */
  private static final Gen<String> NAMES = Gen.zip(Gen.strings("abcxyzABZ019é漢", 1, 1),
      Gen.strings("abz09-_./ éÅ漢+extra", 0, 63), (first, rest) -> first + rest);
  private static final Gen<String> KUBE_NAMES = Gen.zip(Gen.strings("abz09", 1, 1), Gen.strings("abz09-", 0, 30),
      Gen.strings("az09", 1, 1), (a, b, c) -> a + b + c);
  private static final List<SubnetRole> ROLES = List.of(SubnetRole.API_ENDPOINT, SubnetRole.WORKERS, SubnetRole.PODS,
      SubnetRole.PUBLIC_LOAD_BALANCERS, SubnetRole.INTERNAL_LOAD_BALANCERS);
  private static final Gen<SubnetKey> SUBNETS = Gen.oneOf(Gen.of(ROLES).map(ResourceKey::subnet), NAMES.map(ResourceKey::extraSubnet));

  static final Gen<ResourceKey> KEYS = Gen.oneOf(
      Gen.of(ResourceKey.vcn(), ResourceKey.defaultSecurityList(), ResourceKey.internetGateway(), ResourceKey.natGateway(),
          ResourceKey.serviceGateway(), ResourceKey.drg(), ResourceKey.drgAttachment(), ResourceKey.cluster()),
      SUBNETS,
      SUBNETS.map(ResourceKey::routeTable),
      SUBNETS.map(ResourceKey::securityList),
      Gen.zip(SUBNETS, NAMES, ResourceKey::securityList),
      Gen.of(ROLES).map(ResourceKey::nsg),
      NAMES.map(ResourceKey::customNsg),
      NAMES.map(ResourceKey::localPeeringGateway),
      NAMES.map(ResourceKey::remotePeering),
      NAMES.map(ResourceKey::nodePool),
      Gen.zip(KUBE_NAMES, KUBE_NAMES, ResourceKey::ingressNlb));

  /** A key's text with one edit: a character inserted, removed or replaced, or the text cut short. */
  private static final Gen<String> EDITED_TEXTS = source -> {
    String text = source.draw(KEYS).toString();
    int at = source.draw(Gen.ints(0, text.length()));
    String c = source.draw(Gen.of(":", "/", " ", "\n", "\u0000", "x", "-", "extra:", "custom:"));
    switch (source.draw(Gen.ints(0, 3))) {
      case 0:
        return text.substring(0, at) + c + text.substring(at);
      case 1:
        return at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
      case 2:
        return at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text + c;
      default:
        return text.substring(0, at);
    }
  };

  @Test
  void parsingAKeysTextGivesTheKey() {
    Property.forAll(KEYS).tries(2000).check(key -> assertThat(ResourceKey.parse(key.toString())).isEqualTo(key));
  }

  @Test
  void formattingAParsedTextGivesTheTextBack() {
    Property.forAll(KEYS.map(Object::toString)).tries(2000)
        .check(text -> assertThat(ResourceKey.parse(text).toString()).isEqualTo(text));
  }

  @Test
  void anyTextIsEitherAKeyWithExactlyThatTextOrRefusedWithAnIllegalArgument() {
    Property.forAll(Gen.oneOf(EDITED_TEXTS, Gen.strings(0, 20))).tries(3000).check(text -> {
      Throwable refusal = catchThrowable(() -> ResourceKey.parse(text));
      if (refusal == null) {
        assertThat(ResourceKey.parse(text).toString()).isEqualTo(text);
        assertThat(ResourceKey.tryParse(text)).contains(ResourceKey.parse(text));
      } else {
        assertThat(refusal).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a logical key oke-net writes");
        assertThat(ResourceKey.tryParse(text)).isEmpty();
      }
    });
  }

  @Test
  void twoKeysAreEqualExactlyWhenTheirTextsAre() {
    Property.forAll(Gen.zip(KEYS, KEYS, List::of)).tries(2000).check(pair -> assertThat(pair.get(0).equals(pair.get(1)))
        .isEqualTo(pair.get(0).toString().equals(pair.get(1).toString())));
  }
}
