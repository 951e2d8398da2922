package dev.okenet.check;

import dev.okenet.internal.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named set of rules that a tool ships together, e.g. a company's conventions. The built-in
 * catalog is the pack {@link RuleCatalog#builtIn()}.
 *
 * <pre>{@code
 * RulePack acme = RulePack.of("acme", dnsLabels, costCenterTags);
 * Report report = Validator.standard().withPack(acme).validate(network);
 * }</pre>
 *
 * @param name the pack's name
 * @param rules its rules, each with a distinct id
 */
public record RulePack(String name, List<Rule> rules) {
  /** Copies the rules and rejects duplicate ids. */
  public RulePack {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A rule pack needs a name, e.g. RulePack.of(\"acme\", rules...).");
    }
    Require.elements(Require.notNull(rules, "RulePack rules", "Give the rules, or List.of() for none.").toArray(new Rule[0]),
        "RulePack '" + name + "'", "rules", "Give each rule, e.g. Rule.of(doc, check).");
    rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("Rule pack '" + name + "' holds two rules with id " + r.id() + ". Give each rule its own id.");
      }
    }
  }

  /** A pack of these rules. */
  public static RulePack of(String name, Rule... rules) {
    Require.elements(rules, "RulePack.of(name, rules)", "rules", "Give each rule, e.g. Rule.of(doc, check).");
    return new RulePack(name, List.of(rules));
  }
}
