package dev.okenet.vcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CidrTest {

  @Test
  void parsesIpv4BlockToCanonicalText() {
    assertThat(Cidr.of(" 10.0.0.0/16 ").toString()).isEqualTo("10.0.0.0/16");
  }

  @Test
  void parsesIpv6Block() {
    Cidr v6 = Cidr.of("2603:c020:1::/56");
    assertThat(v6.isIpv4()).isFalse();
    assertThat(v6.prefixLength()).isEqualTo(56);
  }

  @Test
  void missingPrefixSuggestsSlash32() {
    assertThatThrownBy(() -> Cidr.of("10.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'10.0.0.1' has no prefix length. Did you mean 10.0.0.1/32?");
  }

  @Test
  void hostBitsSetSuggestsTheNetworkAddress() {
    assertThatThrownBy(() -> Cidr.of("10.0.0.1/16"))
        .hasMessage("'10.0.0.1/16' has host bits set. Did you mean 10.0.0.0/16?");
  }

  @Test
  void garbageIsRejectedWithTheExpectedForm() {
    assertThatThrownBy(() -> Cidr.of("10.0.0/16x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'10.0.0/16x' is not a CIDR block")
        .hasMessageContaining("e.g. 10.0.0.0/16");
  }

  @Test
  void aZeroPaddedOctetIsRefusedNotReadAsOctal() {
    assertThatThrownBy(() -> Cidr.of("010.0.0.0/8")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'010.0.0.0/8' is not a CIDR block: octet '010' is zero-padded, which some tools read as octal and others as "
            + "decimal; write octets without leading zeros. Did you mean 10.0.0.0/8?");
  }

  @Test
  void missingOctetsAreRefusedWithTheOctetsGivenFirst() {
    assertThatThrownBy(() -> Cidr.of("10/8")).hasMessageEndingWith("Did you mean 10.0.0.0/8?");
    assertThatThrownBy(() -> Cidr.of("192.168/16")).hasMessageEndingWith("Did you mean 192.168.0.0/16?");
  }

  @Test
  void aFractionalPrefixIsRefusedWithoutAdviceThatCannotParse() {
    assertThatThrownBy(() -> Cidr.of("10.0.0.0/1.5"))
        .hasMessage("'10.0.0.0/1.5' is not a CIDR block: prefix length '1.5' is not a whole number from 0 to 32. "
            + "Write it as address/prefix, e.g. 10.0.0.0/16.");
  }

  @Test
  void aDottedMaskIsRefusedWithThePrefixLengthItMeans() {
    assertThatThrownBy(() -> Cidr.of("10.0.0.0/255.255.0.0")).hasMessageContaining("netmask").hasMessageEndingWith("Did you mean 10.0.0.0/16?");
  }

  @Test
  void hexadecimalSingleNumberWildcardAndZoneSpellingsAreRefused() {
    for (String text : new String[] {"0x0a.0.0.0/8", "167772160/8", "10.0.*.0/24", "fe80::%eth0/64", "10.0.0.0/08"}) {
      assertThatThrownBy(() -> Cidr.of(text)).as(text).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + text + "'");
    }
  }

  @Test
  void nullAndBlankAreRejectedWithoutNpe() {
    assertThatThrownBy(() -> Cidr.of(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing or blank");
    assertThatThrownBy(() -> Cidr.of("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usableAddressesSubtractOcisThreeReserved() {
    assertThat(Cidr.of("10.0.0.0/22").usableAddresses()).isEqualTo(1021);
    assertThat(Cidr.of("10.0.0.0/29").usableAddresses()).isEqualTo(5);
    assertThat(Cidr.of("10.0.0.0/31").usableAddresses()).isZero();
  }

  @Test
  void addressCountIsTwoToTheHostBits() {
    assertThat(Cidr.of("10.0.0.0/16").addressCount()).isEqualTo(BigInteger.valueOf(65536));
  }

  @Test
  void containsIsTrueOnlyForBlocksInside() {
    Cidr vcn = Cidr.of("10.0.0.0/16");
    assertThat(vcn.contains(Cidr.of("10.0.16.0/22"))).isTrue();
    assertThat(vcn.contains(vcn)).isTrue();
    assertThat(vcn.contains(Cidr.of("10.1.0.0/24"))).isFalse();
    assertThat(Cidr.of("10.0.16.0/22").contains(vcn)).isFalse();
  }

  @Test
  void overlapsIsSymmetricAndExcludesNeighbours() {
    Cidr a = Cidr.of("10.0.0.0/24");
    assertThat(a.overlaps(Cidr.of("10.0.0.128/25"))).isTrue();
    assertThat(Cidr.of("10.0.0.128/25").overlaps(a)).isTrue();
    assertThat(a.overlaps(Cidr.of("10.0.1.0/24"))).isFalse();
  }

  @Test
  void ipv4NeverContainsOrOverlapsIpv6() {
    assertThat(Cidr.of("0.0.0.0/0").overlaps(Cidr.of("::/0"))).isFalse();
    assertThat(Cidr.of("0.0.0.0/0").contains(Cidr.of("2603:c020::/64"))).isFalse();
  }

  @Test
  void subBlockTakesTheIndexedAlignedBlock() {
    assertThat(Cidr.of("10.0.0.0/16").subBlock(24, 2)).isEqualTo(Cidr.of("10.0.2.0/24"));
    assertThat(Cidr.of("10.0.0.0/16").subBlock(16, 0)).isEqualTo(Cidr.of("10.0.0.0/16"));
  }

  @Test
  void subBlockOutsideTheBlockIsRejected() {
    assertThatThrownBy(() -> Cidr.of("10.0.0.0/24").subBlock(25, 2)).hasMessageContaining("lies outside 10.0.0.0/24");
    assertThatThrownBy(() -> Cidr.of("10.0.0.0/24").subBlock(16, 0)).hasMessageContaining("between 24 and 32");
  }

  @Test
  void rfc1918CoversTheThreePrivateRanges() {
    assertThat(Cidr.of("10.0.0.0/16").isRfc1918()).isTrue();
    assertThat(Cidr.of("172.16.0.0/12").isRfc1918()).isTrue();
    assertThat(Cidr.of("192.168.10.0/24").isRfc1918()).isTrue();
    assertThat(Cidr.of("172.32.0.0/16").isRfc1918()).isFalse();
    assertThat(Cidr.of("100.64.0.0/16").isRfc1918()).isFalse();
  }

  @Test
  void equalityIsByValue() {
    assertThat(Cidr.of("10.0.0.0/16")).isEqualTo(Cidr.of("10.0.0.0/16")).hasSameHashCodeAs(Cidr.of("10.0.0.0/16"));
    assertThat(Cidr.of("10.0.0.0/16")).isNotEqualTo(Cidr.of("10.0.0.0/17"));
  }

  @Test
  void ordersByAddressThenPrefix() {
    assertThat(Cidr.of("10.0.0.0/16").compareTo(Cidr.of("10.0.0.0/24"))).isNegative();
    assertThat(Cidr.of("10.0.1.0/24").compareTo(Cidr.of("10.0.0.0/16"))).isPositive();
    assertThat(Cidr.of("10.0.0.0/8").compareTo(Cidr.of("::/0"))).isNegative();
  }
}
