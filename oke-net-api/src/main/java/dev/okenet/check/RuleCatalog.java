package dev.okenet.check;

import dev.okenet.internal.Require;
import dev.okenet.check.internal.BuiltInRules;
import dev.okenet.check.internal.CatalogMarkdown;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rules: OKE's recurring networking failures (pod IP exhaustion, services that never
 * get an address, network policy that is not enforced) and the address, routing, security-posture
 * and limit rules around them. {@link #markdown()} renders the catalog that is committed as
 * {@code oke-net-api/RULES.md}.
 *
 * <pre>{@code
 * RuleCatalog.builtIn().rules().size();   // every OKE-* rule
 * RuleCatalog.doc("OKE-IP-001");          // Optional[RuleDoc[id=OKE-IP-001, ...]]
 * }</pre>
 */
public final class RuleCatalog {
  /** The validator's own finding: a rule (or resolve()) failed, so some findings are missing. */
  public static final RuleDoc CHECK_FAILED = RuleDoc.of("OKE-CHECK-001", Severity.ERROR,
      "A rule or resolve() failed while validating",
      "validate() never throws: when a rule (built-in or plugged in) or resolve() fails, the failure becomes this finding, "
          + "and that rule's findings are missing, so the network is not known to be valid.",
      "Report the message as a bug to the rule's author (oke-net for OKE-* rules); fix or remove a custom rule that fails.");

  private static final RulePack BUILT_IN = new RulePack("oke-net", BuiltInRules.all());

  private RuleCatalog() {}

  /** The built-in rules, by area, in id order within each area. */
  public static RulePack builtIn() {
    return BUILT_IN;
  }

  /**
   * The documentation of every built-in id, including {@link #CHECK_FAILED} and the findings
   * oke-net-impl reports about live networks ({@code OKE-LIVE-*}, {@code OKE-IMPORT-*}) and live clusters
   * ({@code OKE-DOCTOR-*}), sorted by id.
   */
  public static List<RuleDoc> docs() {
    List<RuleDoc> docs = new ArrayList<>();
    BUILT_IN.rules().forEach(r -> docs.add(r.doc()));
    docs.add(CHECK_FAILED);
    docs.addAll(dev.okenet.check.internal.LiveAndImportDocs.all());
    docs.addAll(dev.okenet.check.internal.DoctorDocs.all());
    docs.sort(java.util.Comparator.comparing(RuleDoc::id));
    return docs;
  }

  /** The documentation of a built-in id. */
  public static java.util.Optional<RuleDoc> doc(String id) {
    Require.notNull(id, "RuleCatalog.doc(id): id", "Give a rule id, e.g. \"OKE-IP-001\".");
    return docs().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The built-in catalog as Markdown: what {@code RULES.md} holds. */
  public static String markdown() {
    return CatalogMarkdown.render("oke-net rule catalog", docs());
  }

  /** Any rules' catalog as Markdown, e.g. for a tool's own rule pack. */
  public static String markdown(String title, List<RuleDoc> docs) {
    Require.notNull(title, "RuleCatalog.markdown(title, docs): title", "Give a title, e.g. \"ACME rules\".");
    Require.notNull(docs, "RuleCatalog.markdown(title, docs): docs", "Give the rules' docs, e.g. RuleCatalog.docs().");
    return CatalogMarkdown.render(title, docs);
  }
}
