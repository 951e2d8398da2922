package dev.okenet.vcn;

import dev.okenet.internal.Require;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a security rule allows: a protocol and a port range, or an ICMP type and code.
 *
 * <p>A closed vocabulary in the style of AWS CDK's {@code Port}: build one with the factories;
 * {@link #toString()} is written for humans and becomes the rule's description.
 *
 * <pre>{@code
 * Port.tcp(443)                    // TCP 443
 * Port.tcpRange(30000, 32767)      // TCP 30000-32767
 * Port.udp(53)                     // UDP 53
 * Port.icmp(3, 4)                  // ICMP type 3 code 4 (path MTU discovery)
 * Port.allTcp()                    // TCP all
 * Port.all()                       // all protocols
 * }</pre>
 */
public final class Port {
  /** TCP 443. */
  public static final Port HTTPS = tcp(443);
  /** TCP 80. */
  public static final Port HTTP = tcp(80);
  /** TCP 22. */
  public static final Port SSH = tcp(22);
  /** Kubernetes' NodePort range, TCP 30000-32767. */
  public static final Port NODE_PORTS_TCP = tcpRange(30000, 32767);
  /** Kubernetes' NodePort range, UDP 30000-32767. */
  public static final Port NODE_PORTS_UDP = udpRange(30000, 32767);
  /** ICMP type 3 code 4, "fragmentation needed": path MTU discovery must get through. */
  public static final Port ICMP_PATH_MTU = icmp(3, 4);

  private final Protocol protocol;
  private final int fromPort;
  private final int toPort;
  private final int icmpType;
  private final int icmpCode;

  private Port(Protocol protocol, int fromPort, int toPort, int icmpType, int icmpCode) {
    this.protocol = protocol;
    this.fromPort = fromPort;
    this.toPort = toPort;
    this.icmpType = icmpType;
    this.icmpCode = icmpCode;
  }

  /** One TCP port. */
  public static Port tcp(int port) {
    return tcpRange(port, port);
  }

  /** A TCP port range, both ends included. */
  public static Port tcpRange(int from, int to) {
    return range(Protocol.TCP, from, to);
  }

  /** One UDP port. */
  public static Port udp(int port) {
    return udpRange(port, port);
  }

  /** A UDP port range, both ends included. */
  public static Port udpRange(int from, int to) {
    return range(Protocol.UDP, from, to);
  }

  /** Every TCP port. */
  public static Port allTcp() {
    return new Port(Protocol.TCP, 1, 65535, -1, -1);
  }

  /** Every UDP port. */
  public static Port allUdp() {
    return new Port(Protocol.UDP, 1, 65535, -1, -1);
  }

  /** Every ICMP type and code. */
  public static Port allIcmp() {
    return new Port(Protocol.ICMP, 0, 0, -1, -1);
  }

  /** One ICMP type, any code. */
  public static Port icmp(int type) {
    return icmp(type, -1);
  }

  /**
   * One ICMP type and code.
   *
   * @param type 0-255
   * @param code 0-255, or -1 for any code
   */
  public static Port icmp(int type, int code) {
    if (type < 0 || type > 255) {
      throw new IllegalArgumentException(
          "ICMP type " + type + " is out of range. Use a type between 0 and 255, e.g. 3 (unreachable).");
    }
    if (code < -1 || code > 255) {
      throw new IllegalArgumentException(
          "ICMP code " + code + " is out of range. Use a code between 0 and 255, or -1 for any code.");
    }
    return new Port(Protocol.ICMP, 0, 0, type, code);
  }

  /** Every protocol and port. */
  public static Port all() {
    return new Port(Protocol.ALL, 0, 0, -1, -1);
  }

  private static Port range(Protocol protocol, int from, int to) {
    if (from < 1 || from > 65535 || to < 1 || to > 65535) {
      throw new IllegalArgumentException(
          protocol + " port range " + from + "-" + to + " is out of range. Ports run from 1 to 65535.");
    }
    if (from > to) {
      throw new IllegalArgumentException(
          protocol + " port range " + from + "-" + to + " is reversed. Did you mean " + to + "-" + from + "?");
    }
    return new Port(protocol, from, to, -1, -1);
  }

  /** The protocol. */
  public Protocol protocol() {
    return protocol;
  }

  /** Whether this is every port of its protocol (or every protocol). */
  public boolean isAllPorts() {
    switch (protocol) {
      case ALL:
        return true;
      case ICMP:
        return icmpType < 0;
      default:
        return fromPort == 1 && toPort == 65535;
    }
  }

  /** First port of a TCP/UDP range; empty for ICMP and all-protocols. */
  public OptionalInt fromPort() {
    return hasPorts() ? OptionalInt.of(fromPort) : OptionalInt.empty();
  }

  /** Last port of a TCP/UDP range; empty for ICMP and all-protocols. */
  public OptionalInt toPort() {
    return hasPorts() ? OptionalInt.of(toPort) : OptionalInt.empty();
  }

  /** The ICMP type, when this is ICMP with a type. */
  public OptionalInt icmpType() {
    return icmpType >= 0 ? OptionalInt.of(icmpType) : OptionalInt.empty();
  }

  /** The ICMP code, when this is ICMP with a code. */
  public OptionalInt icmpCode() {
    return icmpCode >= 0 ? OptionalInt.of(icmpCode) : OptionalInt.empty();
  }

  private boolean hasPorts() {
    return protocol == Protocol.TCP || protocol == Protocol.UDP;
  }

  /** Whether a packet of {@code protocol} to {@code port} (ignored for ICMP/ALL) matches. */
  public boolean matches(Protocol packetProtocol, int port) {
    Require.notNull(packetProtocol, "Port.matches(packetProtocol, port): packetProtocol", "Give the packet's protocol, e.g. Protocol.TCP.");
    if (protocol == Protocol.ALL) {
      return true;
    }
    if (protocol != packetProtocol) {
      return false;
    }
    if (protocol == Protocol.ICMP) {
      return icmpType < 0 || icmpType == port;
    }
    return fromPort <= port && port <= toPort;
  }

  /** Whether every packet this port matches is also matched by {@code other}. */
  public boolean isCoveredBy(Port other) {
    Require.notNull(other, "Port.isCoveredBy(other): other", "Give the port to compare with, e.g. Port.allTcp().");
    if (other.protocol == Protocol.ALL) {
      return true;
    }
    if (other.protocol != protocol) {
      return false;
    }
    if (protocol == Protocol.ICMP) {
      return other.icmpType < 0 || (other.icmpType == icmpType && (other.icmpCode < 0 || other.icmpCode == icmpCode));
    }
    return other.fromPort <= fromPort && toPort <= other.toPort;
  }

  /** A short, human description such as "TCP 443", "TCP 30000-32767", "ICMP 3/4", "all". */
  @Override
  public String toString() {
    switch (protocol) {
      case ALL:
        return "all";
      case ICMP:
        if (icmpType < 0) {
          return "ICMP all";
        }
        return icmpCode < 0 ? "ICMP " + icmpType : "ICMP " + icmpType + "/" + icmpCode;
      default:
        if (isAllPorts()) {
          return protocol + " all";
        }
        return fromPort == toPort ? protocol + " " + fromPort : protocol + " " + fromPort + "-" + toPort;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Port)) {
      return false;
    }
    Port p = (Port) o;
    return protocol == p.protocol && fromPort == p.fromPort && toPort == p.toPort
        && icmpType == p.icmpType && icmpCode == p.icmpCode;
  }

  @Override
  public int hashCode() {
    // Objects.hash's value, without its varargs array and boxing: rules are hashed per network.
    int h = 31 + protocol.hashCode();
    h = 31 * h + fromPort;
    h = 31 * h + toPort;
    h = 31 * h + icmpType;
    return 31 * h + icmpCode;
  }

  /**
   * Parses the {@link #toString()} form back, for model I/O; empty when it is not one. Strict, so
   * that a text means one port or none: {@code all}, {@code ICMP all}, {@code ICMP 3},
   * {@code ICMP 3/4}, {@code TCP all}, {@code TCP 443}, {@code TCP 30000-32767} and the same for
   * UDP, with exactly one space, upper-case protocols and decimal numbers without sign or leading
   * zeros. {@code "TCP 1-2-3"}, {@code "ALL 1"}, {@code "TCP -"}, {@code "ICMP 3/"} and
   * {@code "tcp 80"} are not ports. A range that equals a shorter form ({@code TCP 80-80},
   * {@code TCP 1-65535}) is the same port and is accepted.
   *
   * <pre>{@code
   * Port.parse("TCP 30000-32767");   // Optional[TCP 30000-32767]
   * Port.parse("TCP 1-2-3");         // Optional.empty
   * }</pre>
   */
  public static Optional<Port> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.equals("all")) {
      return Optional.of(all());
    }
    int space = t.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String protocol = t.substring(0, space);
    String rest = t.substring(space + 1);
    try {
      switch (protocol) {
        case "ICMP":
          return icmpPart(rest);
        case "TCP":
        case "UDP":
          return portsPart(Protocol.valueOf(protocol), rest);
        default:
          return Optional.empty();
      }
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
  }

  private static Optional<Port> icmpPart(String rest) {
    if (rest.equals("all")) {
      return Optional.of(allIcmp());
    }
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return number(rest, 255).map(Port::icmp);
    }
    Optional<Integer> t = number(rest.substring(0, slash), 255);
    Optional<Integer> c = number(rest.substring(slash + 1), 255);
    return t.isPresent() && c.isPresent() ? Optional.of(icmp(t.get(), c.get())) : Optional.empty();
  }

  private static Optional<Port> portsPart(Protocol protocol, String rest) {
    if (rest.equals("all")) {
      return Optional.of(protocol == Protocol.TCP ? allTcp() : allUdp());
    }
    int dash = rest.indexOf('-');
    if (dash < 0) {
      return number(rest, 65535).map(p -> range(protocol, p, p));
    }
    Optional<Integer> from = number(rest.substring(0, dash), 65535);
    Optional<Integer> to = number(rest.substring(dash + 1), 65535);
    return from.isPresent() && to.isPresent() ? Optional.of(range(protocol, from.get(), to.get())) : Optional.empty();
  }

  /** A decimal number 0..max written without sign or leading zeros, or empty. */
  private static Optional<Integer> number(String text, int max) {
    if (text.isEmpty() || text.length() > 5 || (text.length() > 1 && text.charAt(0) == '0')) {
      return Optional.empty();
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      value = value * 10 + (c - '0');
    }
    return value <= max ? Optional.of(value) : Optional.empty();
  }
}
