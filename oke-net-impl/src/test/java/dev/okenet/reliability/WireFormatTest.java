package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.CapturedTags;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code okenet.key} tag is the stored format: a network applied by an earlier version must be
 * read as the same network. The tags oke-net wrote before keys were typed were captured once on
 * FakeOci ({@link CapturedTags}); the codec reads every one back to the same text, and applying the
 * same networks today writes exactly those tags.
 */
class WireFormatTest {
  @Test
  void everyCapturedTagParsesAndFormatsBackIdentically() {
    assertThat(CapturedTags.all()).isNotEmpty().allSatisfy(tag ->
        assertThat(ResourceKey.parse(tag.key())).hasToString(tag.key()));
  }

  @Test
  void theCapturedTagsHoldEveryKindOfKey() {
    Set<Class<?>> seen = new HashSet<>();
    CapturedTags.all().forEach(tag -> seen.add(ResourceKey.parse(tag.key()).getClass()));

    assertThat(seen).containsExactlyInAnyOrderElementsOf(leaves(ResourceKey.class));
  }

  static Stream<Arguments> capturedNetworks() {
    return Stream.of(
        Arguments.of("prod", ReferenceNetworks.prod()),
        Arguments.of("prod-flannel", ReferenceNetworks.prodFlannel()),
        Arguments.of("wide", wide()),
        Arguments.of("wide-security-lists", wide().toBuilder().name("wide-sl").securityEnforcement(SecurityEnforcement.SECURITY_LISTS)
            .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("capturedNetworks")
  void applyingTheNetworkTodayWritesExactlyTheCapturedTags(String caseName, OkeNetwork network) {
    List<String> expected = CapturedTags.all().stream().filter(t -> t.caseName().equals(caseName))
        .map(t -> t.kind() + " " + t.network() + " " + t.key()).sorted().toList();

    assertThat(tagsWrittenByApplying(network.resolve())).isNotEmpty().isEqualTo(expected);
  }

  /**
   * {@code prod} with every kind of key the reference network lacks: an LPG, a remote peering
   * connection, an extra subnet with rules and a named security list, a second extra subnet, and a
   * custom NSG.
   */
  static OkeNetwork wide() {
    Cidr onPremises = Cidr.of(ReferenceNetworks.ON_PREMISES_CIDR);
    return ReferenceNetworks.prod().toBuilder().name("wide")
        .localPeerings(List.of(LocalPeering.to("shared", "10.50.0.0/16")))
        .drg(Drg.of(DrgAttachment.ipsecVpn("onprem", ReferenceNetworks.IPSEC_CONNECTION_ID, ReferenceNetworks.ON_PREMISES_CIDR),
            DrgAttachment.remotePeering("phoenix", "us-phoenix-1", "10.60.0.0/16")))
        .extraSubnets(List.of(
            Subnet.publicSubnet(29).withName("bastion").withDnsLabel("bastion")
                .addSecurityRule(SecurityRule.ingress(Peer.cidr(onPremises), Port.SSH))
                .addSecurityList(SecurityList.named("monitoring").addRule(SecurityRule.ingress(Peer.cidr(onPremises), Port.tcp(9100)))),
            Subnet.privateSubnet(28).withName("db")))
        .nsgs(List.of(Nsg.named("bastion").addRule(SecurityRule.egress(Peer.role(SubnetRole.WORKERS), Port.SSH))))
        .build();
  }

  private static List<String> tagsWrittenByApplying(ResolvedNetwork net) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.builder(fake).ingressLoadBalancers(true).build();
      ApplyResult r = provider.apply(provider.plan(net));
      assertThat(r.isSuccess()).as(r.toString()).isTrue();
      return CloudSnapshot.read(fake, net.intent().compartmentId()).entries().stream().filter(e -> e.key() != null)
          .map(e -> e.kind() + " " + e.network() + " " + e.key()).sorted().toList();
    }
  }

  /** The records of a sealed hierarchy. */
  private static List<Class<?>> leaves(Class<?> sealed) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      if (c.isSealed()) {
        out.addAll(leaves(c));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
