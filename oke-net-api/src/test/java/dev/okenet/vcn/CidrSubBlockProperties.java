package dev.okenet.vcn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link Cidr#subBlock} on IPv4 takes a 32-bit shortcut: its blocks must be exactly the ones the
 * parser gives for the same text, across the whole address space (the top half included, where
 * the address no longer fits a signed int).
 */
class CidrSubBlockProperties {
  /** A parent block (any IPv4 address, prefix 0-32, host bits cleared), a sub-prefix and an index inside it. */
  private static final Gen<long[]> CASES = source -> {
    int prefix = source.draw(Gen.ints(0, 32));
    long address = source.draw(Gen.longs(0, 0xFFFF_FFFFL));
    long first = prefix == 0 ? 0 : address & (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
    int sub = source.draw(Gen.ints(prefix, 32));
    long count = 1L << (sub - prefix);
    long index = source.draw(Gen.longs(0, count - 1));
    return new long[] {first, prefix, sub, index};
  };

  private static String text(long address, long prefix) {
    return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "." + (address & 0xFF) + "/" + prefix;
  }

  @Test
  void anIpv4SubBlockIsTheBlockTheParserReadsFromItsText() {
    Property.forAll(CASES).tries(3000).check(c -> {
      Cidr parent = Cidr.of(text(c[0], c[1]));
      long start = c[0] + (c[3] << (32 - c[2]));

      Cidr block = parent.subBlock((int) c[2], c[3]);

      Cidr parsed = Cidr.of(text(start, c[2]));
      assertThat(block).isEqualTo(parsed);
      assertThat(block.firstAddress()).isEqualTo(parsed.firstAddress());
      assertThat(block.lastAddress()).isEqualTo(parsed.lastAddress());
      assertThat(block.addressCount()).isEqualTo(parsed.addressCount());
      assertThat(parent.contains(block)).isTrue();
    });
  }
}
