package dev.okenet.oci.internal.graph;

import dev.okenet.resolved.ResolvedRuleSet;
import java.util.Objects;

/**
 * The source of a security list or NSG spec: the model's rule set, and what of the live one the
 * cloud controller manager manages (left alone by plans, kept by updates).
 *
 * <pre>{@code
 * RuleSetSource src = (RuleSetSource) spec.source();
 * src.ccm().ccmIngress(liveList);
 * }</pre>
 *
 * @param ruleSet the model's rule set
 * @param ccm the CCM's rules in it
 */
public record RuleSetSource(ResolvedRuleSet ruleSet, CcmRules ccm) {
  /** Requires both. */
  public RuleSetSource {
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(ccm, "ccm");
  }

  /** The CCM's rules of {@code spec}, or {@link CcmRules#none()} for a spec of another source. */
  public static CcmRules ccmOf(ResourceSpec spec) {
    return spec != null && spec.source() instanceof RuleSetSource s ? s.ccm() : CcmRules.none();
  }
}
