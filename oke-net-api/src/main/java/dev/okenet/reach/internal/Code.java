package dev.okenet.reach.internal;

import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;

/** Java snippets for fixes, so a suggestion can be pasted into the intent. */
final class Code {
  private Code() {}

  /** E.g. "Port.tcp(443)", "Port.tcpRange(30000, 32767)", "Port.icmp(3, 4)", "Port.all()". */
  static String port(Port p) {
    if (p.protocol() == Protocol.ALL) {
      return "Port.all()";
    }
    if (p.protocol() == Protocol.ICMP) {
      if (p.icmpType().isEmpty()) {
        return "Port.allIcmp()";
      }
      return "Port.icmp(" + p.icmpType().getAsInt() + (p.icmpCode().isPresent() ? ", " + p.icmpCode().getAsInt() : "") + ")";
    }
    String proto = p.protocol() == Protocol.TCP ? "tcp" : "udp";
    if (p.isAllPorts()) {
      return "Port.all" + (p.protocol() == Protocol.TCP ? "Tcp" : "Udp") + "()";
    }
    int from = p.fromPort().getAsInt();
    int to = p.toPort().getAsInt();
    return from == to ? "Port." + proto + "(" + from + ")" : "Port." + proto + "Range(" + from + ", " + to + ")";
  }

  /** Java for a string literal. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
