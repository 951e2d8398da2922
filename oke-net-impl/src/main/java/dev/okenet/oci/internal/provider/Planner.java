package dev.okenet.oci.internal.provider;

import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.DiagnoseReport;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.cloud.Binding;
import dev.okenet.oci.internal.cloud.Calls;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.CompartmentRead;
import dev.okenet.oci.internal.cloud.Handlers;
import dev.okenet.oci.internal.cloud.Inventory;
import dev.okenet.oci.internal.cloud.OracleServices;
import dev.okenet.oci.internal.cluster.AvailabilityDomains;
import dev.okenet.oci.internal.cluster.NodePlacement;
import dev.okenet.oci.internal.diagnose.Diagnosis;
import dev.okenet.oci.internal.graph.DesiredGraph;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.oci.internal.plan.Differ;
import dev.okenet.oci.internal.plan.PlannedChange;
import dev.okenet.oci.internal.plan.PlannedWork;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans (and diagnoses) networks from reads of their compartments: one network from its own read,
 * or an estate — several networks — from one read per compartment shared by all of them
 * ({@link CompartmentRead}), each network keeping only what its tags make its own and getting
 * its own plan. A plan that creates node pools carries their availability domains, read at most
 * once per plan (or per estate) when they were not given.
 *
 * <pre>{@code
 * Planner planner = new Planner(cloud, handlers, false, domains);
 * PlannedWork prod = planner.plan(net, true, Map.of());
 * Map<String, PlannedWork> estate = planner.planEstate(List.of(prod, staging), true);
 * }</pre>
 */
public final class Planner {
  private final Cloud cloud;
  private final Handlers handlers;
  private final boolean ingressLoadBalancers;
  private final AvailabilityDomains domains;

  /**
   * @param ingressLoadBalancers whether each Ingress gets a standalone NLB
   * @param domains the node pools' availability domains, given or listed (a plan notes when there are none)
   */
  public Planner(Cloud cloud, Handlers handlers, boolean ingressLoadBalancers, AvailabilityDomains domains) {
    this.cloud = cloud;
    this.handlers = handlers;
    this.ingressLoadBalancers = ingressLoadBalancers;
    this.domains = domains;
  }

  /** The kinds listed besides the network's: the cluster's when managed, NLBs when there is a client. */
  private List<ResourceType> extraKinds(boolean withCluster, boolean withNlbs) {
    List<ResourceType> kinds = new ArrayList<>();
    if (withCluster) {
      kinds.add(ResourceType.CLUSTER);
      kinds.add(ResourceType.NODE_POOL);
    }
    // Listed whenever there is a client, so destroy finds NLBs even after the option is turned off.
    if (withNlbs && cloud.hasNetworkLoadBalancer()) {
      kinds.add(ResourceType.NETWORK_LOAD_BALANCER);
    }
    return kinds;
  }

  /** The plan of {@code net}, its cluster included when {@code withCluster}, with {@code boundIds} bound for this plan. */
  public PlannedWork plan(ResolvedNetwork net, boolean withCluster, Map<ResourceKey, String> boundIds) {
    DesiredGraph graph = DesiredGraph.of(net, withCluster, ingressLoadBalancers);
    CloudContext ctx = cloud.context(net.intent().compartmentId(), net.name());
    CompartmentRead read = CompartmentRead.of(ctx, handlers, extraKinds(withCluster, true));
    return planAgainst(net.name(), graph, read, ctx, bindings(graph, boundIds), domains.once());
  }

  /** The plan that deletes everything the network {@code name} owns in {@code compartmentId}. */
  public PlannedWork planDestroy(String name, String compartmentId, boolean withCluster) {
    CloudContext ctx = cloud.context(compartmentId, name);
    CompartmentRead read = CompartmentRead.of(ctx, handlers, extraKinds(withCluster, true));
    return planAgainst(name, DesiredGraph.empty(), read, ctx, List.of(), domains.once());
  }

  /**
   * The plans of {@code nets}, in their order, from one read per compartment: every kind listed
   * once, each NSG's rules listed once, shared by all networks of the compartment.
   *
   * @throws IllegalArgumentException when two networks share a name (ownership tags could not tell them apart)
   */
  public Map<String, PlannedWork> planEstate(List<ResolvedNetwork> nets, boolean withCluster) {
    requireDistinctNames(nets);
    Map<String, PlannedWork> out = new LinkedHashMap<>();
    Calls calls = cloud.calls();
    Map<String, CompartmentRead> reads = new LinkedHashMap<>();
    // A tenancy's availability domains are the same from every compartment: one read serves the estate.
    AvailabilityDomains.Once tenancyDomains = domains.once();
    for (ResolvedNetwork net : nets) {
      String compartment = net.intent().compartmentId();
      CloudContext ctx = cloud.context(compartment, net.name(), calls);
      CompartmentRead read = reads.computeIfAbsent(compartment, c -> CompartmentRead.of(ctx, handlers,
          extraKinds(withCluster, true)));
      DesiredGraph graph = DesiredGraph.of(net, withCluster, ingressLoadBalancers);
      out.put(net.name(), planAgainst(net.name(), graph, read, ctx, List.of(), tenancyDomains));
    }
    return out;
  }

  private PlannedWork planAgainst(String network, DesiredGraph graph, CompartmentRead read, CloudContext ctx,
      List<Binding> bindings, AvailabilityDomains.Once placement) {
    Inventory inventory = Inventory.of(read, network, references(graph), bindings, ctx)
        .servedBy(OracleServices.scopeOf(graph.specs()));
    PlannedWork work = new Differ(handlers).plan(network, read.compartmentId(), graph, inventory);
    List<String> pools = poolsToCreate(work);
    if (pools.isEmpty()) {
      return work;
    }
    List<String> found = placement.domains(ctx);
    if (found.isEmpty()) {
      return work.withNote(NodePlacement.missingDomains("node pool" + (pools.size() > 1 ? "s " : " ") + String.join(", ", pools))
          + " Until then apply refuses this plan before any call.");
    }
    return work.withAvailabilityDomains(found);
  }

  /** The display names of the node pools {@code work} creates or replaces. */
  public static List<String> poolsToCreate(PlannedWork work) {
    return work.changes().stream().map(PlannedChange::change)
        .filter(c -> c.type() == ResourceType.NODE_POOL && (c.action() == ChangeAction.CREATE || c.action() == ChangeAction.REPLACE))
        .map(c -> "'" + c.displayName() + "'").toList();
  }

  /**
   * Reads the live network as a plan does (the same read, plus one ListPrivateIps per subnet and
   * the node pools) and reports what would break.
   */
  public DiagnoseReport diagnose(ResolvedNetwork net, boolean withCluster) {
    return diagnoseEstate(List.of(net), withCluster).get(net.name());
  }

  /** {@link #diagnose} of each of {@code nets}, from one read per compartment. */
  public Map<String, DiagnoseReport> diagnoseEstate(List<ResolvedNetwork> nets, boolean withCluster) {
    requireDistinctNames(nets);
    Map<String, DiagnoseReport> out = new LinkedHashMap<>();
    Calls calls = cloud.calls();
    Map<String, CompartmentRead> reads = new LinkedHashMap<>();
    for (ResolvedNetwork net : nets) {
      String compartment = net.intent().compartmentId();
      CloudContext ctx = cloud.context(compartment, net.name(), calls);
      CompartmentRead read = reads.computeIfAbsent(compartment, c -> CompartmentRead.of(ctx, handlers,
          extraKinds(withCluster, false)));
      DesiredGraph graph = DesiredGraph.of(net, withCluster, false);
      Inventory inventory = Inventory.of(read, net.name(), references(graph), List.of(), ctx)
          .servedBy(OracleServices.scopeOf(graph.specs()));
      PlannedWork work = new Differ(handlers).plan(net.name(), compartment, graph, inventory);
      out.put(net.name(), new Diagnosis(net, inventory, work, ctx).report());
    }
    return out;
  }

  private static void requireDistinctNames(List<ResolvedNetwork> nets) {
    Set<String> seen = new HashSet<>();
    for (ResolvedNetwork n : nets) {
      if (!seen.add(n.intent().compartmentId() + "/" + n.name())) {
        throw new IllegalArgumentException("Two networks of the estate are named '" + n.name() + "' in compartment "
            + n.intent().compartmentId() + ": ownership tags (okenet.network) could not tell their resources apart. "
            + "Give each network its own name.");
      }
    }
  }

  /** The bindings of the graph's own (not referenced) keys; other keys are never bound. */
  private static List<Binding> bindings(DesiredGraph graph, Map<ResourceKey, String> boundIds) {
    List<Binding> out = new ArrayList<>();
    for (ResourceSpec s : graph.specs()) {
      String id = boundIds.get(s.key());
      if (id != null && !id.isBlank() && !s.isReference()) {
        out.add(new Binding(s.key(), s.type(), id));
      }
    }
    return out;
  }

  private static Map<ResourceKey, String> references(DesiredGraph graph) {
    Map<ResourceKey, String> refs = new LinkedHashMap<>();
    for (ResourceSpec s : graph.specs()) {
      s.existingId().ifPresent(id -> refs.put(s.key(), id));
    }
    return refs;
  }
}
