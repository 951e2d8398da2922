package dev.okenet.oci;


/**
 * Renders a plan the way {@code terraform plan} does: a block per change, then one summary line.
 * Beside {@link Plan}, which it reads, so that the plan and its text form no package cycle.
 */
final class PlanText {
  private PlanText() {}

  /** The whole text. */
  static String render(Plan plan) {
    StringBuilder out = new StringBuilder();
    out.append("oke-net plan for network '").append(plan.networkName()).append("' in ").append(plan.compartmentId()).append('\n');
    if (plan.hasChanges()) {
      out.append("Symbols: + create, ~ update in place, -/+ replace, - destroy\n");
    }
    for (Change c : plan.actionable()) {
      out.append('\n').append(pad(c.action().symbol())).append(c.type().label()).append(" \"").append(c.key()).append("\" (")
          .append(c.displayName()).append(')');
      if (c.type() == ResourceType.DEFAULT_SECURITY_LIST && c.action() == ChangeAction.CREATE) {
        out.append(" — takes over the VCN's default security list");
      }
      c.resourceId().ifPresent(id -> out.append(" ").append(id));
      out.append('\n');
      for (FieldDiff d : c.diffs()) {
        out.append("      ").append(line(c.action(), d)).append('\n');
      }
    }
    if (!plan.notes().isEmpty()) {
      out.append('\n').append("Notes:\n");
      plan.notes().forEach(n -> out.append("  * ").append(n).append('\n'));
    }
    out.append('\n').append(summary(plan)).append('\n');
    return out.toString();
  }

  private static String pad(String symbol) {
    return String.format("%-4s", symbol);
  }

  private static String line(ChangeAction action, FieldDiff d) {
    if (d.before().isEmpty()) {
      return "+ " + d.field() + ": " + quote(d.after().orElse(""));
    }
    if (d.after().isEmpty()) {
      return "- " + d.field() + ": " + quote(d.before().get());
    }
    return "~ " + d.field() + ": " + quote(d.before().get()) + " -> " + quote(d.after().get())
        + (d.forcesReplacement() ? "   # forces replacement" : "");
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  /** "Plan: 3 to add, 1 to change, 0 to replace, 2 to destroy." or the no-change line. */
  static String summary(Plan plan) {
    if (plan.isEmpty()) {
      return "No changes. Network '" + plan.networkName() + "' matches the model (" + plan.changes().size() + " resources).";
    }
    return "Plan: " + plan.count(ChangeAction.CREATE) + " to add, " + plan.count(ChangeAction.UPDATE) + " to change, "
        + plan.count(ChangeAction.REPLACE) + " to replace, " + plan.count(ChangeAction.DELETE) + " to destroy.";
  }
}
