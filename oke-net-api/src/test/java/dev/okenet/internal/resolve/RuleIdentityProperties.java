package dev.okenet.internal.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.key.ResourceKey;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.resolved.internal.ResolvedParts;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resolver merges rules by {@link RuleSetWriter.RuleIdentity}, a value, where it used to key
 * them by the text of {@link ResolvedSecurityRule#identity()}: two rules must be one exactly when
 * their identity texts are equal, whatever their labels, descriptions and sources. Drawn from small
 * domains so that equal and unequal pairs both come up often, including ports written two ways
 * ({@code allTcp()} and {@code tcpRange(1, 65535)}) and peers that differ only in their label.
 */
class RuleIdentityProperties {
  private static final ResolvedParts PARTS = ResolvedParts.get();
  private static final Gen<String> LABELS = Gen.of("workers", "pods", "anywhere", "");
  private static final Gen<ResolvedPeer> PEERS = Gen.oneOf(
      Gen.zip(Gen.of("10.0.0.0/16", "10.0.0.0/24", "0.0.0.0/0").map(Cidr::of), LABELS, PARTS::cidrPeer),
      Gen.zip(Gen.of(SubnetRole.WORKERS, SubnetRole.PODS).map(ResourceKey::nsg), LABELS, PARTS::nsgPeer),
      Gen.of(PARTS.serviceNetworkPeer()));
  private static final Gen<Port> PORTS = Gen.of(Port.tcp(22), Port.allTcp(), Port.tcpRange(1, 65535), Port.udp(22), Port.all(),
      Port.icmp(3, 4), Port.icmp(3), Port.allIcmp());
  private static final Gen<ResolvedSecurityRule> RULES = source -> PARTS.securityRule(
      source.draw(Gen.of(Direction.INGRESS, Direction.EGRESS)), source.draw(PEERS), source.draw(PORTS), source.draw(Gen.booleans()),
      source.draw(Gen.of("OKE: worker to worker", "yours")), List.of());

  @Test
  void twoRulesHaveOneIdentityExactlyWhenTheirIdentityTextsAreEqual() {
    Property.forAll(Gen.zip(RULES, RULES, List::of)).tries(5000).check(pair -> {
      RuleSetWriter.RuleIdentity a = RuleSetWriter.RuleIdentity.of(pair.get(0));
      RuleSetWriter.RuleIdentity b = RuleSetWriter.RuleIdentity.of(pair.get(1));

      boolean sameText = pair.get(0).identity().equals(pair.get(1).identity());

      assertThat(a.equals(b)).as("%s vs %s", pair.get(0).identity(), pair.get(1).identity()).isEqualTo(sameText);
      if (sameText) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }
}
