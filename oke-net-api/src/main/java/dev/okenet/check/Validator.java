package dev.okenet.check;

import dev.okenet.internal.Require;
import dev.okenet.OkeNetwork;
import dev.okenet.check.internal.RuleReporter;
import dev.okenet.check.internal.ValidationRun;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs rules over a network. {@link #standard()} is the built-in catalog with OCI's default
 * limits, which is what {@code OkeNetwork.validate()} uses; add rules and packs, or change the
 * limits, to get another validator. Immutable and thread-safe.
 *
 * <p>{@link #validate} never throws for a network that could be built: subnets that do not fit
 * become a finding, and a rule that fails (a bug in it) becomes an {@code OKE-CHECK-001} finding
 * instead of an exception.
 *
 * <pre>{@code
 * Validator acme = Validator.standard()
 *     .withLimits(Limits.defaults().withMaxVcnCidrBlocks(10))
 *     .withRules(dnsLabels);
 * Report report = acme.validate(network);
 * CapacityReport capacity = acme.capacity(network);
 * }</pre>
 */
public final class Validator {
  private final List<Rule> rules;
  private final Limits limits;

  private Validator(List<Rule> rules, Limits limits) {
    this.rules = List.copyOf(rules);
    this.limits = limits;
  }

  /** The built-in catalog with OCI's default limits. */
  public static Validator standard() {
    return new Validator(RuleCatalog.builtIn().rules(), Limits.defaults());
  }

  /** A validator running only these packs (no built-in rules unless given). */
  public static Validator of(RulePack... packs) {
    Require.elements(packs, "Validator.of(packs)", "packs", "Give rule packs, e.g. RuleCatalog.builtIn().");
    Validator v = new Validator(List.of(), Limits.defaults());
    for (RulePack p : packs) {
      v = v.withPack(p);
    }
    return v;
  }

  /** A copy applying these limits and thresholds. */
  public Validator withLimits(Limits newLimits) {
    return new Validator(rules, Require.notNull(newLimits, "Validator.withLimits(newLimits): newLimits", "Give limits, e.g. Limits.defaults()."));
  }

  /** A copy that also runs these rules. */
  public Validator withRules(Rule... more) {
    return withRules(List.of(Require.elements(more, "Validator.withRules(more)", "more", "Give rules, e.g. Rule.of(doc, check).")));
  }

  /** A copy that also runs these rules. */
  public Validator withRules(List<Rule> more) {
    Require.notNull(more, "Validator.withRules(more): more", "Give rules, or List.of() for none.");
    List<Rule> all = new ArrayList<>(rules);
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.id()));
    for (Rule r : more) {
      Require.notNull(r, "Validator.withRules(more): an element of more", "Give rules, e.g. Rule.of(doc, check).");
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("Rule id " + r.id() + " is already taken by another rule of this validator. Give your rule its own id.");
      }
      all.add(r);
    }
    return new Validator(all, limits);
  }

  /** A copy that also runs the rules of this pack. */
  public Validator withPack(RulePack pack) {
    return withRules(Require.notNull(pack, "Validator.withPack(pack): pack", "Give a rule pack, e.g. RulePack.of(\"acme\", rule).").rules());
  }

  /** The rules, in the order they run. */
  public List<Rule> rules() {
    return rules;
  }

  /** The limits in effect. */
  public Limits limits() {
    return limits;
  }

  /** Runs every rule over {@code network}; never throws for a built network. */
  public Report validate(OkeNetwork network) {
    Require.notNull(network, "Validator.validate(network): network", "Give the network to check, e.g. ReferenceNetworks.prod().");
    List<Finding> findings = new ArrayList<>();
    RuleReporter checkFailed = new RuleReporter(RuleCatalog.CHECK_FAILED, findings);
    ValidationRun run;
    try {
      run = ValidationRun.of(network, limits);
    } catch (RuntimeException e) {
      checkFailed.report("network", "oke-net could not analyse the network: " + describe(e) + ". No rule ran.");
      return Report.of(network.name(), findings);
    }
    run.resolveFailure().ifPresent(why -> checkFailed.report("network",
        "resolve() failed although every subnet fits: " + why + ". Rules that judge generated rules and route tables did not run."));
    for (Rule rule : rules) {
      try {
        rule.check(run, new RuleReporter(rule.doc(), findings));
      } catch (RuntimeException e) {
        checkFailed.report("rules[" + rule.id() + "]", "rule " + rule.id() + " (" + rule.doc().title() + ") failed: " + describe(e)
            + ". Its findings are missing.");
      }
    }
    return Report.of(network.name(), findings);
  }

  /** Address supply and demand per subnet, with this validator's limits. */
  public CapacityReport capacity(OkeNetwork network) {
    return ValidationRun.capacity(Require.notNull(network, "Validator.capacity(network): network",
        "Give the network to measure, e.g. ReferenceNetworks.prod()."), limits);
  }

  private static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
