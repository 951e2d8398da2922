package dev.okenet.check.internal;

import dev.okenet.check.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in catalog, area by area. Not for users: see {@code RuleCatalog.builtIn()}.
 *
 * <pre>{@code
 * BuiltInRules.all().size();   // every OKE-* rule
 * }</pre>
 */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every built-in rule. */
  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.addAll(AddressRules.all());
    all.addAll(CapacityRules.all());
    all.addAll(ExposureRules.all());
    all.addAll(PolicyRules.all());
    all.addAll(ConnectivityRules.all());
    all.addAll(SecurityPostureRules.all());
    all.addAll(LimitRules.all());
    all.addAll(ReferenceRules.all());
    return List.copyOf(all);
  }
}
