package dev.okenet.vcn;

import dev.okenet.internal.CidrText;
import dev.okenet.internal.Require;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import java.math.BigInteger;

/**
 * An IPv4 or IPv6 CIDR block, such as {@code 10.0.0.0/16} or {@code 2603:c020::/56}.
 *
 * <p>Parsing is strict and helpful: a missing prefix length or host bits set are rejected with a
 * message that suggests the fix. Address math is done by the IPAddress library; OCI's rule of
 * three reserved addresses per subnet (the first two and the last) is in
 * {@link #usableAddresses()}.
 *
 * <pre>{@code
 * Cidr vcn = Cidr.of("10.0.0.0/16");
 * Cidr workers = Cidr.of("10.0.16.0/22");
 * vcn.contains(workers);        // true
 * workers.usableAddresses();    // 1021 = 1024 - 3 reserved by OCI
 * Cidr.of("10.0.0.1");          // IllegalArgumentException: ... Did you mean 10.0.0.1/32?
 * }</pre>
 */
public final class Cidr implements Comparable<Cidr> {

  /** Addresses OCI reserves in every subnet: the first two and the last. */
  public static final int OCI_RESERVED_ADDRESSES_PER_SUBNET = 3;

  /** Every IPv4 address, as used by routes and rules to mean "anywhere". */
  public static final Cidr ANY_IPV4 = of("0.0.0.0/0");

  private final IPAddress block;
  private final int prefixLength;
  private final boolean ipv4;
  /** First and last address as unsigned 32-bit numbers; only meaningful for IPv4. */
  private final long first;
  private final long last;
  private final String text;

  private Cidr(IPAddress block) {
    this.block = block;
    this.prefixLength = block.getNetworkPrefixLength();
    this.ipv4 = block.isIPv4();
    this.first = ipv4 ? block.getLower().getValue().longValue() : 0L;
    this.last = ipv4 ? block.getUpper().getValue().longValue() : 0L;
    this.text = block.toCanonicalString();
  }

  /**
   * Parses a CIDR block, strictly: an IPv4 block is four decimal octets without leading zeros and a
   * prefix length 0-32 ({@code 10.0.0.0/16}); an IPv6 block is colon-hex with a prefix length
   * 0-128 ({@code 2603:c020:1::/56}). Surrounding white space is ignored.
   *
   * <p>Every form that other parsers read differently is refused rather than guessed: zero-padded
   * octets ({@code 010.0.0.0/8}: octal 8 to inet_aton, decimal 10 to others), fewer than four
   * octets ({@code 10/8}: inet_aton reads 0.0.0.10), hexadecimal or single-number addresses, a
   * dotted mask instead of a prefix length, wildcards, ranges and IPv6 zones. Each refusal names
   * the form that was meant, e.g. "Did you mean 10.0.0.0/8?". This is the one parser of addresses
   * in the model, so the DSL, model I/O and import all read an address the same way.
   *
   * @param cidr text such as {@code "10.0.0.0/16"}
   * @return the block
   * @throws IllegalArgumentException naming the value and the fix when the text is not a CIDR
   *     block, has no prefix length, or has host bits set
   */
  public static Cidr of(String cidr) {
    if (cidr == null || cidr.isBlank()) {
      throw new IllegalArgumentException(
          "CIDR block is missing or blank. Write it as address/prefix, e.g. 10.0.0.0/16.");
    }
    return new Cidr(CidrText.parse(cidr));
  }

  /** The prefix length, e.g. 16 for {@code 10.0.0.0/16}. */
  public int prefixLength() {
    return prefixLength;
  }

  /** Whether this is an IPv4 block. */
  public boolean isIpv4() {
    return ipv4;
  }

  /** Total number of addresses in the block, e.g. 1024 for a /22. */
  public BigInteger addressCount() {
    return block.getCount();
  }

  /**
   * Addresses usable by resources when this block is an OCI subnet: the total minus the
   * {@value #OCI_RESERVED_ADDRESSES_PER_SUBNET} OCI reserves, never negative. IPv6 counts beyond
   * {@code Long.MAX_VALUE} saturate.
   */
  public long usableAddresses() {
    BigInteger usable = addressCount().subtract(BigInteger.valueOf(OCI_RESERVED_ADDRESSES_PER_SUBNET));
    if (usable.signum() < 0) {
      return 0;
    }
    return usable.bitLength() >= 63 ? Long.MAX_VALUE : usable.longValue();
  }

  /** Whether {@code other} lies entirely inside this block (IPv4 never contains IPv6). */
  public boolean contains(Cidr other) {
    Require.notNull(other, "Cidr.contains(other): other", "Give the block to test, e.g. Cidr.of(\"10.0.16.0/22\").");
    if (ipv4 != other.ipv4) {
      return false;
    }
    if (ipv4) {
      return first <= other.first && other.last <= last;
    }
    return block.contains(other.block);
  }

  /** Whether the IPv4 address given as an unsigned 32-bit number lies in this block. */
  public boolean containsAddress(long ipv4Address) {
    return ipv4 && first <= ipv4Address && ipv4Address <= last;
  }

  /** Whether the two blocks share at least one address. */
  public boolean overlaps(Cidr other) {
    Require.notNull(other, "Cidr.overlaps(other): other", "Give the block to test, e.g. Cidr.of(\"10.0.16.0/22\").");
    if (ipv4 != other.ipv4) {
      return false;
    }
    if (ipv4) {
      return first <= other.last && other.first <= last;
    }
    return block.overlaps(other.block);
  }

  /** First address of an IPv4 block as an unsigned 32-bit number. */
  public long firstAddress() {
    return first;
  }

  /** Last address of an IPv4 block as an unsigned 32-bit number. */
  public long lastAddress() {
    return last;
  }

  /**
   * The {@code index}-th block of the given prefix length inside this one, e.g. the third /24 of
   * 10.0.0.0/16 is 10.0.2.0/24. Used by CIDR carving.
   *
   * @throws IllegalArgumentException when the prefix is shorter than this block's or the index
   *     falls outside it
   */
  public Cidr subBlock(int newPrefixLength, long index) {
    int maxPrefix = ipv4 ? 32 : 128;
    if (newPrefixLength < prefixLength || newPrefixLength > maxPrefix) {
      throw new IllegalArgumentException(
          "Cannot take a /" + newPrefixLength + " out of " + this
              + ": the prefix length must be between " + prefixLength + " and " + maxPrefix + ".");
    }
    if (ipv4) {
      return ipv4SubBlock(newPrefixLength, index);
    }
    BigInteger count = BigInteger.ONE.shiftLeft(newPrefixLength - prefixLength);
    if (index < 0 || BigInteger.valueOf(index).compareTo(count) >= 0) {
      throw new IllegalArgumentException(
          "Block #" + index + " of size /" + newPrefixLength + " lies outside " + this
              + ", which holds " + count + " of them.");
    }
    BigInteger step = BigInteger.ONE.shiftLeft(maxPrefix - newPrefixLength);
    IPAddress start = block.getLower().withoutPrefixLength().increment(step.multiply(BigInteger.valueOf(index)));
    return new Cidr(start.setPrefixLength(newPrefixLength, false).toPrefixBlock());
  }

  /**
   * {@link #subBlock} for IPv4 in plain 32-bit arithmetic: carving calls it for every subnet of
   * every network, and the general path's BigInteger steps and address increments allocate several
   * times more for the same block.
   */
  private Cidr ipv4SubBlock(int newPrefixLength, long index) {
    long count = 1L << (newPrefixLength - prefixLength);
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "Block #" + index + " of size /" + newPrefixLength + " lies outside " + this
              + ", which holds " + count + " of them.");
    }
    long start = first + (index << (32 - newPrefixLength));
    return new Cidr(new IPv4Address((int) start, newPrefixLength).toPrefixBlock());
  }

  /** Whether this IPv4 block lies inside RFC 1918 private space (10/8, 172.16/12, 192.168/16). */
  public boolean isRfc1918() {
    return ipv4 && (RFC1918_10.contains(this) || RFC1918_172.contains(this) || RFC1918_192.contains(this));
  }

  private static final Cidr RFC1918_10 = new Cidr(new IPAddressString("10.0.0.0/8").getAddress());
  private static final Cidr RFC1918_172 = new Cidr(new IPAddressString("172.16.0.0/12").getAddress());
  private static final Cidr RFC1918_192 = new Cidr(new IPAddressString("192.168.0.0/16").getAddress());

  /** Orders IPv4 before IPv6, then by first address, then by prefix length. */
  @Override
  public int compareTo(Cidr other) {
    Require.notNull(other, "Cidr.compareTo(other): other", "Give the block to compare with.");
    if (ipv4 != other.ipv4) {
      return ipv4 ? -1 : 1;
    }
    int byAddress = ipv4 ? Long.compare(first, other.first)
        : block.getLower().getValue().compareTo(other.block.getLower().getValue());
    return byAddress != 0 ? byAddress : Integer.compare(prefixLength, other.prefixLength);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr && ((Cidr) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The canonical text, e.g. {@code 10.0.0.0/16}. */
  @Override
  public String toString() {
    return text;
  }
}
