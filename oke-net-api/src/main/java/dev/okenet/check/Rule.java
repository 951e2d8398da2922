package dev.okenet.check;

import dev.okenet.internal.Require;
import java.util.function.BiConsumer;

/**
 * One check of the catalog: documentation plus a function of the network that reports findings.
 * Rules never throw for a bad network; they report. Add your own with {@link #of} and run them
 * with {@code network.validate(rule)} or a {@link Validator}.
 *
 * <pre>{@code
 * Rule dnsLabels = Rule.of(
 *     RuleDoc.of("ACME-DNS-001", Severity.WARNING, "Every subnet has a DNS label",
 *         "Instances in a subnet without a DNS label get no VCN hostnames.", "Give the subnet a dnsLabel."),
 *     (ctx, out) -> ctx.subnets().stream()
 *         .filter(s -> s.subnet().dnsLabel().isEmpty())
 *         .forEach(s -> out.report(s.path(), "subnet " + s.name() + " has no DNS label")));
 * Report report = network.validate(dnsLabels);
 * }</pre>
 */
public interface Rule {
  /** The rule's documentation, including its id. */
  RuleDoc doc();

  /** Checks {@code context.network()} and reports each problem to {@code out}. */
  void check(CheckContext context, Reporter out);

  /** The rule's id, e.g. "OKE-IP-001". */
  default String id() {
    return doc().id();
  }

  /** A rule from its documentation and a check function. */
  static Rule of(RuleDoc doc, BiConsumer<CheckContext, Reporter> check) {
    Require.notNull(doc, "Rule.of(doc, check): doc", "Give the rule's documentation: RuleDoc.of(id, severity, title, why, fix).");
    Require.notNull(check, "Rule.of(doc, check): check", "Give rule " + doc.id() + " a check function (context, out) -> ....");
    return new Rule() {
      @Override
      public RuleDoc doc() {
        return doc;
      }

      @Override
      public void check(CheckContext context, Reporter out) {
        Require.notNull(context, "Rule " + doc.id() + " check(context, out): context", "Run rules through Validator.validate(network).");
        Require.notNull(out, "Rule " + doc.id() + " check(context, out): out", "Run rules through Validator.validate(network).");
        check.accept(context, out);
      }

      @Override
      public String toString() {
        return doc.id() + " " + doc.title();
      }
    };
  }
}
