package dev.okenet.bench;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the API calls of a fresh apply and of a no-change plan on FakeOci, beside what a
 * per-resource approach makes on the same graph: one AddNetworkSecurityGroupSecurityRules call per
 * rule instead of batches, and one GET per resource (plus, as here, one rule list per NSG, which OCI
 * has no GET for) instead of one list per kind. The anchors are counted from the same plan and the
 * same rules, not assumed. Deterministic.
 *
 * <pre>{@code
 * ApiCalls.Apply a = ApiCalls.freshApply("prod", ReferenceNetworks.prod().resolve());
 * a.mutatingCalls();   // vs a.perResourceCalls()
 * }</pre>
 */
public final class ApiCalls {
  /** OCI's limit on rules per AddNetworkSecurityGroupSecurityRules call. */
  public static final int RULES_PER_BATCH = 25;
  static final String ADD_RULES = "addNetworkSecurityGroupSecurityRules";
  static final String LIST_RULES = "listNetworkSecurityGroupSecurityRules";

  private ApiCalls() {}

  /**
   * A fresh apply's mutating calls.
   *
   * @param changes resources the plan changes (creates, plus the default security list taken over)
   * @param mutatingCalls mutating calls FakeOci saw
   * @param ruleBatches AddNetworkSecurityGroupSecurityRules calls among them
   * @param fewestBatches the fewest batches of {@value #RULES_PER_BATCH} that carry the same rules
   * @param rules NSG rules sent
   * @param largestBatch the most rules in one call
   * @param byOperation mutating calls by operation
   * @param providerCount the provider's own count of the apply's calls ({@link ApplyResult#apiCallCount()}), reads included
   * @param outcome "ok", or what failed
   */
  public record Apply(String network, int changes, int mutatingCalls, int ruleBatches, int fewestBatches, int rules,
      int largestBatch, Map<String, Long> byOperation, long providerCount, String outcome) {
    /** Mutating calls other than rule batches; the target is one per changed resource. */
    public int resourceCalls() {
      return mutatingCalls - ruleBatches;
    }

    /** The same apply with one call per NSG rule. */
    public int perResourceCalls() {
      return resourceCalls() + rules;
    }
  }

  /**
   * A no-change plan's reads.
   *
   * @param resources resources in the plan (each a NO_OP when nothing changed)
   * @param nsgs NSGs among them
   * @param noChanges whether the plan was empty, as it must be right after an apply
   * @param readCalls read calls FakeOci saw
   * @param kindLists list calls other than NSG rule lists
   * @param listedKinds list operations other than NSG rule lists
   * @param mostCallsOfOneKind the most calls one of those list operations took (1 unless paged)
   * @param ruleLists NSG rule lists (OCI lists rules per NSG)
   * @param gets GET calls
   * @param byOperation read calls by operation
   */
  public record Refresh(String network, int resources, int nsgs, boolean noChanges, int readCalls, int kindLists,
      int listedKinds, long mostCallsOfOneKind, int ruleLists, int gets, Map<String, Long> byOperation) {
    /** One GET per resource, plus the same per-NSG rule lists (OCI has no GET for a rule). */
    public int perResourceCalls() {
      return resources + ruleLists;
    }
  }

  /** Applies {@code net} to an empty, instant FakeOci and counts the apply's mutating calls. */
  public static Apply freshApply(String label, ResolvedNetwork net) {
    try (FakeOci fake = FakeOci.create()) {
      RuleBatches batches = new RuleBatches();
      OciNetworkProvider provider = FakeProviders.builder(fake, batches.observe(fake.virtualNetwork())).build();
      Plan plan = provider.plan(net);
      fake.calls().clear();
      ApplyResult result = provider.apply(plan);
      Map<String, Long> mutating = new TreeMap<>();
      fake.calls().mutating().forEach(c -> mutating.merge(c.operation(), 1L, Long::sum));
      return new Apply(label, plan.actionable().size(), fake.calls().mutatingCount(), fake.calls().count(ADD_RULES),
          batches.fewestBatches(RULES_PER_BATCH), batches.rules(), batches.largestBatch(), mutating, result.apiCallCount(),
          result.isSuccess() ? "ok" : result.toString());
    }
  }

  /** Applies {@code net}, then counts the reads of a fresh provider's plan of the same network. */
  public static Refresh noChangePlan(String label, ResolvedNetwork net) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider first = FakeProviders.builder(fake, fake.virtualNetwork()).build();
      ApplyResult applied = first.apply(first.plan(net));
      if (!applied.isSuccess()) {
        throw new IllegalStateException("Applying " + label + " to FakeOci failed, so its no-change plan cannot be counted: "
            + applied);
      }
      fake.calls().clear();
      Plan plan = FakeProviders.builder(fake, fake.virtualNetwork()).build().plan(net);
      Map<String, Long> reads = new TreeMap<>();
      fake.calls().reads().forEach(c -> reads.merge(c.operation(), 1L, Long::sum));
      Map<String, Long> kindLists = new TreeMap<>(reads);
      kindLists.keySet().removeIf(op -> !op.startsWith("list") || op.equals(LIST_RULES));
      int nsgs = (int) plan.changes().stream().filter(c -> c.type() == dev.okenet.oci.ResourceType.NETWORK_SECURITY_GROUP).count();
      return new Refresh(label, plan.changes().size(), nsgs, plan.isEmpty(), fake.calls().readCount(),
          (int) kindLists.values().stream().mapToLong(Long::longValue).sum(), kindLists.size(),
          kindLists.values().stream().mapToLong(Long::longValue).max().orElse(0), fake.calls().count(LIST_RULES),
          (int) fake.calls().reads().stream().map(ApiCall::operation).filter(op -> op.startsWith("get")).count(), reads);
    }
  }
}
