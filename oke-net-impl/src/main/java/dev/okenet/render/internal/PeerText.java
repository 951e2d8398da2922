package dev.okenet.render.internal;

import dev.okenet.Cidr;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.SubnetRole;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the {@link Peer#toString()} texts back: a CIDR ("10.0.0.0/16"), a role by label
 * ("workers", "public load balancers"), key ("lb-public") or constant name ("WORKERS"),
 * "nsg &lt;name&gt;", or "Oracle Services Network".
 */
final class PeerText {
  private static final String SERVICE_NETWORK = "Oracle Services Network";
  private static final String NSG_PREFIX = "nsg ";

  private PeerText() {}

  static String format(Peer peer) {
    return peer.toString();
  }

  /** The peer {@code text} names; an {@link IllegalArgumentException} listing the forms when it names none. */
  static Peer parse(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase(SERVICE_NETWORK)) {
      return Peer.serviceNetwork();
    }
    if (t.startsWith(NSG_PREFIX)) {
      return Peer.nsg(t.substring(NSG_PREFIX.length()).trim());
    }
    for (SubnetRole role : SubnetRole.values()) {
      if (t.equalsIgnoreCase(role.label()) || t.equalsIgnoreCase(role.key()) || t.equalsIgnoreCase(role.name())) {
        return Peer.role(role);
      }
    }
    if (t.contains("/")) {
      return Peer.cidr(Cidr.of(t));
    }
    throw new IllegalArgumentException("'" + text + "' is not a peer. Write a CIDR (\"10.0.0.0/16\"), a role ("
        + Arrays.stream(SubnetRole.values()).map(r -> "\"" + r.label() + "\"").collect(Collectors.joining(", "))
        + "), \"nsg <name>\" or \"" + SERVICE_NETWORK + "\".");
  }

  /** Whether {@code text} is "Oracle Services Network" in any case, for route destinations. */
  static boolean isServiceNetwork(String text) {
    return text.trim().toLowerCase(Locale.ROOT).equals(SERVICE_NETWORK.toLowerCase(Locale.ROOT));
  }
}
