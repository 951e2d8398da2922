package dev.okenet.check;

import java.util.regex.Pattern;

/**
 * A rule's documentation: its stable id, usual severity, what it checks, why it matters and how
 * to fix what it finds. The rule catalog ({@code RULES.md}) is generated from these, and a rule
 * without them cannot be built.
 *
 * <pre>{@code
 * RuleDoc doc = RuleDoc.of("ACME-DNS-001", Severity.WARNING,
 *     "Every subnet has a DNS label",
 *     "Instances in a subnet without a DNS label get no VCN hostnames.",
 *     "Give the subnet a dnsLabel.");
 * }</pre>
 *
 * @param id stable id {@code <PREFIX>-<AREA>-<NNN>}, e.g. "OKE-IP-001"
 * @param severity the severity it usually reports (a rule may report a lower one in context)
 * @param title what it checks, one line
 * @param why why it matters: what breaks
 * @param fix how to fix what it finds
 */
public record RuleDoc(String id, Severity severity, String title, String why, String fix) {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*-\\d{3}");

  /** Checks the id's form and that every text is given, naming the fix. */
  public RuleDoc {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "Rule id '" + id + "' is not of the form PREFIX-AREA-NNN. Use e.g. \"ACME-DNS-001\" (built-in rules use OKE-).");
    }
    if (severity == null) {
      throw new IllegalArgumentException("Rule " + id + " has no severity. Give Severity.ERROR, WARNING or INFO.");
    }
    require(id, "title (what it checks)", title);
    require(id, "why (what breaks)", why);
    require(id, "fix (what to do)", fix);
  }

  /** The documentation of a rule. */
  public static RuleDoc of(String id, Severity severity, String title, String why, String fix) {
    return new RuleDoc(id, severity, title, why, fix);
  }

  /** The area part of the id, e.g. "IP" for "OKE-IP-001". */
  public String area() {
    return id.substring(id.indexOf('-') + 1, id.lastIndexOf('-'));
  }

  private static void require(String id, String what, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Rule " + id + " has no " + what + ". Every rule is documented in the catalog: write it.");
    }
  }
}
