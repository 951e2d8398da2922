package dev.okenet.resolved;

import dev.okenet.internal.Require;

/**
 * Where a generated security rule comes from: the Oracle page and table (or example) that asks for
 * it, or the terraform-oci-oke file where Oracle's tables are silent. Rules you declare yourself
 * carry none; every rule {@code resolve()} writes on its own carries at least one.
 *
 * <pre>{@code
 * ResolvedSecurityRule r = net.ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().rules().get(0);
 * r.sources().get(0).toString();
 * // "Oracle: Network Resource Configuration for Cluster Creation and Deployment — Security Rules for Worker Nodes (ingress)"
 * }</pre>
 *
 * @param document the page or repository, e.g. "Oracle: Example Network Resource Configurations"
 * @param section the table, example or file within it, e.g. "Example 3, seclist-workernodes (egress)"
 * @param url where to read it
 */
public record RuleSource(String document, String section, String url) {
  /** Checks that every part is given. */
  public RuleSource {
    Require.components(RuleSource.class, document, section, url);
  }

  /** "document — section". */
  @Override
  public String toString() {
    return document + " — " + section;
  }
}
