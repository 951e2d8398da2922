package dev.okenet.vcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortTest {

  @Test
  void rendersForHumans() {
    assertThat(Port.tcp(443)).hasToString("TCP 443");
    assertThat(Port.tcpRange(30000, 32767)).hasToString("TCP 30000-32767");
    assertThat(Port.udp(53)).hasToString("UDP 53");
    assertThat(Port.icmp(3, 4)).hasToString("ICMP 3/4");
    assertThat(Port.icmp(3)).hasToString("ICMP 3");
    assertThat(Port.allTcp()).hasToString("TCP all");
    assertThat(Port.all()).hasToString("all");
  }

  @Test
  void parseReadsBackEveryRenderedForm() {
    for (Port p : new Port[] {Port.tcp(443), Port.tcpRange(1, 2), Port.udp(53), Port.icmp(3, 4), Port.icmp(8), Port.allTcp(),
        Port.allUdp(), Port.allIcmp(), Port.all()}) {
      assertThat(Port.parse(p.toString())).contains(p);
    }
  }

  @Test
  void parseOfNonsenseIsEmpty() {
    assertThat(Port.parse("SCTP 5")).isEmpty();
    assertThat(Port.parse("TCP x")).isEmpty();
    assertThat(Port.parse(null)).isEmpty();
  }

  @Test
  void reversedRangeSuggestsTheFix() {
    assertThatThrownBy(() -> Port.tcpRange(32767, 30000)).hasMessage("TCP port range 32767-30000 is reversed. Did you mean 30000-32767?");
  }

  @Test
  void portZeroIsOutOfRange() {
    assertThatThrownBy(() -> Port.tcp(0)).hasMessageContaining("Ports run from 1 to 65535");
    assertThatThrownBy(() -> Port.udp(70000)).hasMessageContaining("out of range");
  }

  @Test
  void icmpTypeOutOfRangeIsRejected() {
    assertThatThrownBy(() -> Port.icmp(256)).hasMessageContaining("ICMP type 256 is out of range");
  }

  @Test
  void matchesChecksProtocolAndRange() {
    assertThat(Port.tcpRange(30000, 32767).matches(Protocol.TCP, 31000)).isTrue();
    assertThat(Port.tcpRange(30000, 32767).matches(Protocol.UDP, 31000)).isFalse();
    assertThat(Port.tcp(443).matches(Protocol.TCP, 444)).isFalse();
    assertThat(Port.all().matches(Protocol.UDP, 53)).isTrue();
  }

  @Test
  void coverageComparesRanges() {
    assertThat(Port.tcp(443).isCoveredBy(Port.allTcp())).isTrue();
    assertThat(Port.allTcp().isCoveredBy(Port.tcp(443))).isFalse();
    assertThat(Port.icmp(3, 4).isCoveredBy(Port.icmp(3))).isTrue();
    assertThat(Port.udp(53).isCoveredBy(Port.all())).isTrue();
  }

  @Test
  void exposesPortsOnlyForTcpAndUdp() {
    assertThat(Port.tcp(80).fromPort()).hasValue(80);
    assertThat(Port.icmp(3, 4).fromPort()).isEmpty();
    assertThat(Port.icmp(3, 4).icmpCode()).hasValue(4);
  }

  @Test
  void equalityIsByValue() {
    assertThat(Port.tcp(443)).isEqualTo(Port.HTTPS).hasSameHashCodeAs(Port.HTTPS);
    assertThat(Port.tcp(443)).isNotEqualTo(Port.udp(443));
  }
}
