package dev.okenet.check;

/**
 * Where a rule reports what it finds. Bound to the rule, so every finding carries the rule's id;
 * the shorter forms take the severity and fix from the rule's {@link RuleDoc}.
 *
 * <pre>{@code
 * (ctx, out) -> ctx.subnets().stream()
 *     .filter(s -> s.subnet().dnsLabel().isEmpty())
 *     .forEach(s -> out.report(s.path(), "subnet " + s.name() + " has no DNS label"))
 * }</pre>
 */
public interface Reporter {
  /** A finding with the rule's usual severity and fix. */
  void report(String path, String message);

  /** A finding with the rule's usual severity and this fix (e.g. one with numbers; null or empty for none). */
  void report(String path, String message, String fix);

  /** A finding with this severity and fix (null or empty for none). */
  void report(Severity severity, String path, String message, String fix);
}
