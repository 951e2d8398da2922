package dev.okenet.adopt;

import dev.okenet.internal.Require;
import dev.okenet.key.RuleSetKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between the rules found on an imported network and the rules OKE requires:
 * a required rule that nothing found allows, or a found rule that allows more than the required
 * rule it serves.
 *
 * <pre>{@code
 * for (RuleGap gap : imported.ruleGaps()) {
 *   System.out.println(gap);   // "missing in nsg:workers: ingress from nsg:lb-public TCP 10256 (...)"
 * }
 * }</pre>
 *
 * @param kind missing or broader
 * @param ruleSetKey the rule set (NSG or security list) of the role, e.g. {@code nsg:workers}
 * @param required the required rule, as text
 * @param found the found rule that covers it more broadly (for {@link Kind#BROADER_THAN_NEEDED})
 * @param why why OKE needs the rule
 */
public record RuleGap(Kind kind, RuleSetKey ruleSetKey, String required, Optional<String> found, String why) {
  /** The kinds of gap. */
  public enum Kind {
    /** No found rule allows what OKE needs. */
    MISSING,
    /** A found rule allows what OKE needs and more (a wider CIDR or port range). */
    BROADER_THAN_NEEDED
  }

  /** Rejects missing parts. */
  public RuleGap {
    Require.components(RuleGap.class, kind, ruleSetKey, required, found, why);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ruleSetKey, "ruleSetKey");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(found, "found");
    why = why == null ? "" : why;
  }

  @Override
  public String toString() {
    return kind == Kind.MISSING ? "missing in " + ruleSetKey + ": " + required + " (" + why + ")"
        : "broader in " + ruleSetKey + ": " + found.orElse("") + " covers " + required + " (" + why + ")";
  }
}
