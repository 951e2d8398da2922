package dev.okenet.oci.internal.diagnose;

import dev.okenet.check.Finding;
import dev.okenet.check.Severity;
import dev.okenet.oci.Change;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.FieldDiff;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.plan.PlannedChange;
import dev.okenet.oci.internal.plan.PlannedWork;
import java.util.List;
import java.util.Set;

/**
 * Drift between the model and the live network, read from the same diff a plan makes (rule sets
 * compared by logical key, rules by canonical text): {@code OKE-LIVE-005} / {@code -006} missing
 * and extra NSG or security-list rules, {@code OKE-LIVE-007} / {@code -008} missing and extra
 * route rules, {@code OKE-LIVE-009} resources that do not exist.
 *
 * <pre>{@code
 * new DriftCheck(work).run(findings);
 * }</pre>
 */
final class DriftCheck {
  private static final Set<ResourceType> RULE_SETS = Set.of(ResourceType.NETWORK_SECURITY_GROUP, ResourceType.SECURITY_LIST,
      ResourceType.DEFAULT_SECURITY_LIST);

  private final PlannedWork work;

  DriftCheck(PlannedWork work) {
    this.work = work;
  }

  void run(List<Finding> out) {
    for (PlannedChange pc : work.changes()) {
      Change c = pc.change();
      if (c.action() == ChangeAction.CREATE && c.type() != ResourceType.DEFAULT_SECURITY_LIST) {
        out.add(new Finding("OKE-LIVE-009", Severity.ERROR, c.key().toString(), "The " + c.type().label() + " '" + c.key() + "' ("
            + c.displayName() + ") of the model does not exist in compartment " + work.compartmentId() + ".",
            "Apply the model (OciNetworkProvider.apply(plan)) to create it."));
        continue;
      }
      boolean rules = RULE_SETS.contains(c.type());
      if (!rules && c.type() != ResourceType.ROUTE_TABLE) {
        continue;
      }
      for (FieldDiff d : c.diffs()) {
        if (!d.field().equals("rule")) {
          continue;
        }
        if (d.before().isEmpty()) {
          String rule = d.after().orElse("");
          out.add(new Finding(rules ? "OKE-LIVE-005" : "OKE-LIVE-007", Severity.ERROR, c.key().toString(), "The live " + c.type().label()
              + " '" + c.key() + "' lacks the model's " + (rules ? "security" : "route") + " rule '" + rule + "'.",
              "Re-apply the model to restore it; if it was removed on purpose, remove it from the model too."));
        } else if (d.after().isEmpty()) {
          String rule = d.before().get();
          out.add(new Finding(rules ? "OKE-LIVE-006" : "OKE-LIVE-008", Severity.WARNING, c.key().toString(), "The live " + c.type().label()
              + " '" + c.key() + "' holds " + (rules ? "security" : "route") + " rule '" + rule + "', which the model does not.",
              "Add it to the model if it is needed; the next apply removes it otherwise."));
        }
      }
    }
  }
}
