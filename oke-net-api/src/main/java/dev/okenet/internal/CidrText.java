package dev.okenet.internal;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one reader of CIDR text in the model: strict, so that an address means the same to oke-net,
 * to OCI and to whoever reads the model next, and helpful, so that every refusal names the form
 * that was meant. Not for users: {@code Cidr.of(..)} is the entry point.
 *
 * <p>Strict means: an IPv4 block is exactly four decimal octets 0-255 without leading zeros and a
 * decimal prefix length 0-32 without leading zeros; an IPv6 block is colon-hex (an embedded IPv4
 * tail follows the IPv4 rules) with a prefix length 0-128. Refused, because parsers disagree on
 * them (the IPAddress library, like inet_aton, reads {@code 010} as octal 8 and {@code 10/8} as
 * 0.0.0.10; Go's net/netip and Python's ipaddress refuse both): zero-padded octets, fewer or more
 * than four octets, hexadecimal, octal or single-number addresses, dotted masks, wildcards,
 * ranges, IPv6 zones, brackets and white space inside the text.
 *
 * <pre>{@code
 * CidrText.parse("10.0.0.0/16");   // the prefix block 10.0.0.0/16
 * CidrText.parse("010.0.0.0/8");   // IllegalArgumentException: ... Did you mean 10.0.0.0/8?
 * }</pre>
 */
public final class CidrText {
  private static final String FORM = "Write it as address/prefix, e.g. 10.0.0.0/16.";

  /** Colon-hex IPv6 only: no zones, masks, ranges, wildcards, base 85 or binary; a strict IPv4 tail. */
  private static final IPAddressStringParameters IPV6;

  static {
    IPAddressStringParameters.Builder b = new IPAddressStringParameters.Builder()
        .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowPrefix(false).allowMask(false)
        .allowPrefixOnly(false).allowWildcardedSeparator(false).setRangeOptions(RangeParameters.NO_RANGE)
        .allowIPv4(false).allowIPv6(true);
    b.getIPv6AddressParametersBuilder().allowZone(false).allowEmptyZone(false).allowBase85(false).allowBinary(false)
        .allowMixed(true).allow_mixed_inet_aton(false).allowLeadingZeros(true).allowUnlimitedLeadingZeros(false)
        .allowWildcardedSeparator(false).setRangeOptions(RangeParameters.NO_RANGE);
    b.getIPv6AddressParametersBuilder().getEmbeddedIPv4AddressParametersBuilder().allow_inet_aton(false)
        .allowLeadingZeros(false).allowBinary(false).allowWildcardedSeparator(false).setRangeOptions(RangeParameters.NO_RANGE);
    IPV6 = b.toParams();
  }

  private CidrText() {}

  /** A refusal because host bits are set; carries the network block a suggestion can use. */
  private static final class HostBitsSet extends IllegalArgumentException {
    final IPAddress network;

    HostBitsSet(String message, IPAddress network) {
      super(message);
      this.network = network;
    }
  }

  /**
   * The prefix block {@code text} names.
   *
   * @param text non-blank CIDR text; surrounding white space is ignored
   * @throws IllegalArgumentException naming the value, what is wrong and, where one is clear, the
   *     form that was meant
   */
  public static IPAddress parse(String text) {
    String t = text.strip();
    if (t.codePoints().anyMatch(CidrText::isSpaceOrControl)) {
      StringBuilder squeezed = new StringBuilder();
      t.codePoints().filter(c -> !isSpaceOrControl(c)).forEach(squeezed::appendCodePoint);
      throw refuse(text, "it has white space or control characters inside", suggestion(squeezed.toString()));
    }
    int slash = t.indexOf('/');
    String addressText = slash < 0 ? t : t.substring(0, slash);
    String prefixText = slash < 0 ? null : t.substring(slash + 1);
    if (prefixText != null && prefixText.indexOf('/') >= 0) {
      throw refuse(text, "it has more than one '/'", suggestion(addressText + "/" + prefixText.substring(0, prefixText.indexOf('/'))));
    }
    boolean ipv6 = addressText.indexOf(':') >= 0;
    IPAddress address = ipv6 ? ipv6Address(text, addressText, prefixText) : ipv4Address(text, addressText, prefixText);
    int maxPrefix = ipv6 ? 128 : 32;
    if (prefixText == null) {
      throw new IllegalArgumentException(
          "'" + text + "' has no prefix length. Did you mean " + address.toCanonicalString() + "/" + maxPrefix + "?");
    }
    int prefix = prefixLength(text, address, prefixText, maxPrefix);
    IPAddress block = address.setPrefixLength(prefix, false).toPrefixBlock();
    if (!address.equals(block.getLower().withoutPrefixLength())) {
      throw new HostBitsSet("'" + text + "' has host bits set. Did you mean " + block.toCanonicalString() + "?", block);
    }
    return block;
  }

  /** The canonical block {@code candidate} names (its network block if only host bits are set), if it names one. */
  private static Optional<String> suggestion(String candidate) {
    try {
      return Optional.of(parse(candidate).toCanonicalString());
    } catch (HostBitsSet e) {
      return Optional.of(e.network.toCanonicalString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static IllegalArgumentException refuse(String text, String why, Optional<String> meant) {
    return new IllegalArgumentException("'" + text + "' is not a CIDR block: " + why + ". "
        + meant.map(m -> "Did you mean " + m + "?").orElse(FORM));
  }

  private static IPAddress ipv4Address(String text, String addressText, String prefixText) {
    String tail = prefixText == null ? "" : "/" + prefixText;
    String[] parts = addressText.split("\\.", -1);
    List<String> decimal = new ArrayList<>();
    for (String part : parts) {
      if (part.isEmpty()) {
        throw refuse(text, "an IPv4 address has four octets separated by single dots", Optional.empty());
      }
      if (!isAsciiDigits(part)) {
        String why = part.length() > 1 && (part.startsWith("0x") || part.startsWith("0X"))
            ? "octet '" + part + "' is hexadecimal; octets are decimal numbers 0-255"
            : "'" + part + "' is not a decimal octet 0-255";
        throw refuse(text, why, Optional.empty());
      }
      // Leading zeros only matter for the value if read as decimal; strip them for the suggestion.
      decimal.add(part.replaceFirst("^0+(?=.)", ""));
    }
    if (parts.length != 4) {
      String why = parts.length < 4
          ? "it gives " + parts.length + " of the four octets of an IPv4 address, and parsers fill in the missing ones "
              + "differently (inet_aton reads '10.1' as 10.0.0.1)"
          : "it gives " + parts.length + " octets; an IPv4 address has four";
      Optional<String> meant = Optional.empty();
      if (parts.length < 4) {
        List<String> padded = new ArrayList<>(decimal);
        while (padded.size() < 4) {
          padded.add("0");
        }
        meant = suggestion(String.join(".", padded) + tail);
      }
      throw refuse(text, why, meant);
    }
    for (String part : parts) {
      if (part.length() > 1 && part.charAt(0) == '0') {
        throw refuse(text, "octet '" + part + "' is zero-padded, which some tools read as octal and others as decimal; "
            + "write octets without leading zeros", suggestion(String.join(".", decimal) + tail));
      }
      if (part.length() > 3 || Integer.parseInt(part) > 255) {
        throw refuse(text, "octet " + part + " is above 255", Optional.empty());
      }
    }
    return new IPAddressString(addressText).getAddress();
  }

  private static IPAddress ipv6Address(String text, String addressText, String prefixText) {
    for (int i = 0; i < addressText.length(); i++) {
      char c = addressText.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex && c != ':' && c != '.') {
        String why = c == '%' ? "an IPv6 zone ('%') names an interface, not a block"
            : c == '[' || c == ']' ? "brackets belong to URLs, not to CIDR blocks"
            : "'" + c + "' is not a hexadecimal digit, ':' or '.'";
        Optional<String> meant = c == '[' || c == ']'
            ? suggestion(addressText.replace("[", "").replace("]", "") + (prefixText == null ? "" : "/" + prefixText))
            : Optional.empty();
        throw refuse(text, why, meant);
      }
    }
    int lastColon = addressText.lastIndexOf(':');
    String ipv4Tail = addressText.substring(lastColon + 1);
    if (ipv4Tail.indexOf('.') >= 0) {
      // An embedded IPv4 tail (::ffff:10.0.0.0) follows the IPv4 rules: four decimal octets, no padding.
      try {
        ipv4Address(ipv4Tail + "/32", ipv4Tail, "32");
      } catch (IllegalArgumentException e) {
        throw refuse(text, "its IPv4 tail '" + ipv4Tail + "' is not four decimal octets 0-255 without leading zeros",
            Optional.empty());
      }
    }
    try {
      return new IPAddressString(addressText, IPV6).toAddress();
    } catch (AddressStringException e) {
      throw refuse(text, "'" + addressText + "' is not an IPv6 address (" + e.getMessage() + ")", Optional.empty());
    }
  }

  private static int prefixLength(String text, IPAddress address, String prefixText, int maxPrefix) {
    String addressText = address.toCanonicalString();
    if (prefixText.isEmpty()) {
      throw refuse(text, "the prefix length after '/' is empty", Optional.empty());
    }
    if (!isAsciiDigits(prefixText)) {
      if (address.isIPv4() && prefixText.indexOf('.') >= 0) {
        Optional<Integer> bits = maskBits(prefixText);
        if (bits.isPresent()) {
          throw refuse(text, "'" + prefixText + "' is a netmask; OCI takes a prefix length",
              suggestion(addressText + "/" + bits.get()));
        }
      }
      throw refuse(text, "prefix length '" + prefixText + "' is not a whole number from 0 to " + maxPrefix, Optional.empty());
    }
    if (prefixText.length() > 1 && prefixText.charAt(0) == '0') {
      throw refuse(text, "prefix length '" + prefixText + "' is zero-padded",
          suggestion(addressText + "/" + prefixText.replaceFirst("^0+(?=.)", "")));
    }
    if (prefixText.length() > 3 || Integer.parseInt(prefixText) > maxPrefix) {
      throw refuse(text, "prefix length " + prefixText + " is above " + maxPrefix + ", the bits of an "
          + (maxPrefix == 32 ? "IPv4" : "IPv6") + " address", Optional.empty());
    }
    return Integer.parseInt(prefixText);
  }

  /** The prefix length of a contiguous dotted IPv4 netmask such as 255.255.0.0, if it is one. */
  private static Optional<Integer> maskBits(String mask) {
    String[] parts = mask.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    long value = 0;
    for (String p : parts) {
      if (!isAsciiDigits(p) || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
        return Optional.empty();
      }
      value = (value << 8) | Integer.parseInt(p);
    }
    int bits = Long.bitCount(value);
    long contiguous = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    return value == contiguous ? Optional.of(bits) : Optional.empty();
  }

  private static boolean isSpaceOrControl(int c) {
    return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c);
  }

  private static boolean isAsciiDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
