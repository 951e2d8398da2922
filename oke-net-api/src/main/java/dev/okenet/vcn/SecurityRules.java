package dev.okenet.vcn;

import dev.okenet.internal.Require;
import java.util.ArrayList;
import java.util.List;

/** The bulk forms of {@link Nsg} and {@link SecurityList} share this: rules in, nulls refused. */
final class SecurityRules {
  private SecurityRules() {}

  /** {@code rules} as a list, refusing a null iterable or a null rule with {@code where} named. */
  static List<SecurityRule> listOf(Iterable<SecurityRule> rules, String where) {
    Require.notNull(rules, where + ": the rules", "Give the rules, or List.of() for none.");
    List<SecurityRule> out = new ArrayList<>();
    int i = 0;
    for (SecurityRule r : rules) {
      Require.notNull(r, where + ": rule #" + i, "Remove the null, or give a rule, e.g. SecurityRule.ingress(Peer.anyIpv4(), Port.HTTPS).");
      out.add(r);
      i++;
    }
    return out;
  }
}
