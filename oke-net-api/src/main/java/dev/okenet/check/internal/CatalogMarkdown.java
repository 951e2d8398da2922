package dev.okenet.check.internal;

import dev.okenet.check.RuleDoc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders rule documentation as the Markdown catalog ({@code RULES.md}): an index per area, then
 * one section per rule with what it checks, why and the fix. Deterministic, so a test can compare
 * the committed file with what the code would write. Not for users.
 *
 * <pre>{@code
 * String md = CatalogMarkdown.render("oke-net rule catalog", RuleCatalog.docs());
 * }</pre>
 */
public final class CatalogMarkdown {
  /** The command that rewrites RULES.md, printed in the file and in the failing test's message. */
  public static final String REGENERATE =
      "mvn -B -o -pl oke-net-api test -Dtest=RuleCatalogTest -Dokenet.rules.write=true";

  private static final Map<String, String> AREAS = new LinkedHashMap<>();

  static {
    AREAS.put("ADDR", "Addresses");
    AREAS.put("IP", "Capacity (pod IP exhaustion)");
    AREAS.put("LB", "Exposure (services that never get an address)");
    AREAS.put("POL", "Policy (policy that does not behave)");
    AREAS.put("NET", "Connectivity");
    AREAS.put("SEC", "Security posture (CIS OCI Foundations, networking)");
    AREAS.put("LIM", "Limits");
    AREAS.put("REF", "References");
    AREAS.put("CHECK", "The validator itself");
    AREAS.put("LIVE", "Live networks (diagnose, oke-net-impl)");
    AREAS.put("IMPORT", "Import and adoption (oke-net-impl)");
    AREAS.put("DOCTOR", "Live clusters (the cluster doctor, oke-net-impl)");
  }

  private CatalogMarkdown() {}

  /** The catalog of {@code docs}, grouped by area in a fixed order, by id within an area. */
  public static String render(String title, List<RuleDoc> docs) {
    Map<String, List<RuleDoc>> byArea = new LinkedHashMap<>();
    AREAS.keySet().forEach(a -> byArea.put(a, new ArrayList<>()));
    for (RuleDoc d : docs) {
      byArea.computeIfAbsent(d.area(), a -> new ArrayList<>()).add(d);
    }
    byArea.values().forEach(l -> l.sort(java.util.Comparator.comparing(RuleDoc::id)));
    byArea.values().removeIf(List::isEmpty);

    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append("<!-- Generated from the code by RuleCatalogTest; do not edit by hand. -->\n");
    md.append("Generated from the rules' documentation in the code. Do not edit by hand: change the rule, then\n");
    md.append("regenerate with\n\n```\n").append(REGENERATE).append("\n```\n\n");
    md.append(docs.size()).append(" finding ids: validation rules, and what diagnose, import and the cluster doctor\n")
        .append("find in live networks and clusters. Every\n");
    md.append("finding names its rule id, the path of the offending object, the\n");
    md.append("numbers, and the fix. Only errors make `Report.isValid()` false.\n\n");
    for (Map.Entry<String, List<RuleDoc>> area : byArea.entrySet()) {
      md.append("## ").append(AREAS.getOrDefault(area.getKey(), area.getKey())).append("\n\n");
      md.append("| id | severity | checks |\n|---|---|---|\n");
      for (RuleDoc d : area.getValue()) {
        md.append("| [").append(d.id()).append("](#").append(d.id().toLowerCase(Locale.ROOT)).append(") | ")
            .append(d.severity().label()).append(" | ").append(cell(d.title())).append(" |\n");
      }
      md.append('\n');
      for (RuleDoc d : area.getValue()) {
        md.append("### ").append(d.id()).append("\n\n");
        md.append("**").append(d.title()).append("** (").append(d.severity().label()).append(")\n\n");
        md.append("- **Why:** ").append(d.why()).append('\n');
        md.append("- **Fix:** ").append(d.fix()).append("\n\n");
      }
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
