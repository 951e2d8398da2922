package dev.okenet.resolved;

/**
 * Where a generated security rule comes from: the Oracle page and table (or example) that asks for
 * it, or the terraform-oci-oke file where Oracle's tables are silent. Rules you declare yourself
 * carry none; every rule {@code resolve()} writes on its own carries at least one. Built by
 * {@code OkeNetwork.resolve()}; equal when document, section and url are.
 *
 * <pre>{@code
 * ResolvedNetwork net = ReferenceNetworks.prod().resolve();
 * ResolvedSecurityRule r = net.ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().rules().get(0);
 * r.sources().get(0).toString();
 * // "Oracle: Network Resource Configuration for Cluster Creation and Deployment — Security Rules for Worker Nodes (ingress)"
 * r.sources().get(0).url();   // the page to read it on
 * }</pre>
 */
public final class RuleSource {
  private final String document;
  private final String section;
  private final String url;

  /** Built by the resolver, through {@code PartsBridge}. */
  RuleSource(String document, String section, String url) {
    this.document = Components.value(document, "RuleSource", "document");
    this.section = Components.value(section, "RuleSource", "section");
    this.url = Components.value(url, "RuleSource", "url");
  }

  /** The page or repository, e.g. "Oracle: Example Network Resource Configurations". */
  public String document() {
    return document;
  }

  /** The table, example or file within it, e.g. "Example 3, seclist-workernodes (egress)". */
  public String section() {
    return section;
  }

  /** Where to read it. */
  public String url() {
    return url;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof RuleSource s && document.equals(s.document) && section.equals(s.section) && url.equals(s.url);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    return 31 * (31 * document.hashCode() + section.hashCode()) + url.hashCode();
  }

  /** "document — section". */
  @Override
  public String toString() {
    return document + " — " + section;
  }
}
