package dev.okenet.adopt;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.adopt.internal.LiveNetwork;
import dev.okenet.adopt.internal.LiveResources;
import dev.okenet.adopt.internal.RuleGaps;
import dev.okenet.check.CapacityReport;
import dev.okenet.check.Finding;
import dev.okenet.check.Report;
import dev.okenet.internal.Require;
import dev.okenet.io.ModelIO;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.reach.ExposedFlow;
import dev.okenet.resolved.ResolvedSubnet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A live OKE network read into the model: the {@link OkeNetwork} (every existing resource it can
 * reference by OCID, rules and routes kept as found), the OCID behind each logical key, what
 * could not be kept, and the gaps to the OKE-required rules. Audit it, emit it, adopt it.
 *
 * <pre>{@code
 * ImportedNetwork imported = importer.importVcn(compartmentId, vcnId);
 * imported.model();                     // the OkeNetwork
 * imported.idsByKey().get(ResourceKey.nsg(SubnetRole.WORKERS));
 * imported.audit().render();
 * imported.toYaml();                    // check it in
 * imported.planAdoption().apply(vn, ce);            // tag updates only, or through the provider:
 * provider.apply(imported.planAdoption(provider));  // the same updates as a provider Plan
 * }</pre>
 */
public final class ImportedNetwork {
  private final OkeNetwork model;
  private final Map<ResourceKey, String> idsByKey;
  private final List<Finding> findings;
  private final LiveNetwork live;
  private final List<RuleGap> ruleGaps;

  ImportedNetwork(OkeNetwork model, Map<ResourceKey, String> idsByKey, List<Finding> findings, LiveNetwork live) {
    this.model = model;
    this.idsByKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(idsByKey));
    this.live = live;
    this.ruleGaps = RuleGaps.of(model);
    List<Finding> all = new ArrayList<>(findings);
    for (RuleGap g : ruleGaps) {
      all.add(g.kind() == RuleGap.Kind.MISSING
          ? new Finding("OKE-IMPORT-010", dev.okenet.check.Severity.WARNING, g.ruleSetKey().toString(), "OKE needs " + g.required() + " in "
              + g.ruleSetKey() + " (" + g.why() + "), and no found rule allows it.", "Add the rule in OCI, or let oke-net generate "
              + "it after adoption: set generatesOkeRules(true) in the checked-in model and apply.")
          : new Finding("OKE-IMPORT-011", dev.okenet.check.Severity.INFO, g.ruleSetKey().toString(), "Found rule " + g.found().orElse("")
              + " in " + g.ruleSetKey() + " allows more than OKE needs (" + g.required() + ", " + g.why() + ").",
              "Narrow it to " + g.required() + " if nothing else relies on the wider rule."));
    }
    this.findings = List.copyOf(all);
  }

  /** The imported model ({@code generatesOkeRules(false)}: rules and routes as found). */
  public OkeNetwork model() {
    return model;
  }

  /** The live OCID behind each logical key of the model, as the provider's graph names them. */
  public Map<ResourceKey, String> idsByKey() {
    return idsByKey;
  }

  /** What could not be kept as found, and the rule gaps, as findings (OKE-IMPORT-*). */
  public List<Finding> findings() {
    return findings;
  }

  /** OKE-required rules missing from, or more broadly allowed by, the found rules. */
  public List<RuleGap> ruleGaps() {
    return ruleGaps;
  }

  /**
   * Validates the model, plans its capacity beside each subnet's live use (private IPs in use vs
   * usable) and audits internet ingress. When the model does not resolve (validate() says why),
   * the exposure list is empty.
   */
  public AuditReport audit() {
    Report report = model.validate();
    CapacityReport capacity = model.capacity();
    List<ExposedFlow> exposed = List.of();
    List<SubnetUse> use = new ArrayList<>();
    try {
      ResolvedNetwork net = model.resolve();
      exposed = net.reachability().auditInternetIngress();
      for (ResolvedSubnet s : net.subnets()) {
        String id = idsByKey.get(s.key());
        Integer inUse = id == null ? null : live.privateIpsInUse().get(id);
        if (inUse != null) {
          use.add(new SubnetUse(s.key(), s.cidr().toString(), inUse, s.cidr().usableAddresses()));
        }
      }
    } catch (RuntimeException e) {
      // validate() reports why the network does not resolve (OKE-ADDR-*): nothing more to add.
    }
    return new AuditReport(report, capacity, use, exposed, ruleGaps, findings);
  }

  /** The model as JSON ({@code ModelIO}). */
  public String toJson() {
    return ModelIO.toJson(model);
  }

  /** The model as YAML ({@code ModelIO}). */
  public String toYaml() {
    return ModelIO.toYaml(model);
  }

  /** The model as a Java DSL expression; see {@link JavaDsl}. */
  public String toJavaDsl() {
    return JavaDsl.expression(model);
  }

  /**
   * The tag updates that adopt every imported resource into the model's network: the ownership
   * tags plus {@link dev.okenet.oci.OciNetworkProvider#ADOPTED_TAG}, so the provider keeps the
   * team's display names. A resource that serves two keys (a shared route table) is tagged for the
   * first; one already tagged for its key is left out.
   */
  public AdoptionPlan planAdoption() {
    LiveResources resources = LiveResources.of(live);
    List<TagChange> changes = new ArrayList<>();
    Set<String> tagged = new LinkedHashSet<>();
    for (Map.Entry<ResourceKey, String> e : idsByKey.entrySet()) {
      ResourceKey key = e.getKey();
      String id = e.getValue();
      var entry = resources.get(id);
      if (entry.isEmpty() || !tagged.add(id)) {
        continue;
      }
      Map<String, String> before = entry.get().tags();
      if (Ownership.ownedKey(before, model.name()).equals(Optional.of(key))) {
        continue;
      }
      Map<String, String> after = new LinkedHashMap<>(Ownership.adopted(before, model.name(), key));
      changes.add(new TagChange(entry.get().kind(), key, id, java.util.Objects.requireNonNullElse(entry.get().displayName(), id), before, after));
    }
    return new AdoptionPlan(model.name(), changes);
  }

  /**
   * The adoption as a provider {@link Plan}: {@code provider.plan(model().resolve(), idsByKey())}.
   * Every resource the model manages (gateways, route tables, NSGs, node pools, the DRG attachment
   * …) gets an UPDATE of its tags and nothing else unless it differs from the model; resources
   * the model references by OCID (the VCN, subnets, cluster) stay NO_OP and untagged, since the
   * provider never changes a referenced resource. Apply it with {@code provider.apply(plan)}; a
   * plain {@code provider.plan(net)} then shows no changes.
   *
   * <pre>{@code
   * Plan adopt = imported.planAdoption(provider);
   * adopt.count(ChangeAction.CREATE);   // 0
   * provider.apply(adopt);
   * }</pre>
   *
   * @throws dev.okenet.NetworkResolutionException when the model does not resolve ({@code model().validate()} says why)
   */
  public Plan planAdoption(OciNetworkProvider provider) {
    Require.notNull(provider, "ImportedNetwork.planAdoption(provider): provider", "Give the provider to plan with, e.g. OciNetworkProvider.builder()...build().");
    return provider.plan(model.resolve(), idsByKey);
  }

  @Override
  public String toString() {
    return "ImportedNetwork{" + model.name() + ": " + idsByKey.size() + " resources, " + findings.size() + " findings}";
  }
}
