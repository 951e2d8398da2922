package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.Service;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import dev.okenet.oci.ResourceType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One read of a compartment, shared by every network planned from it: the region's Oracle
 * services, one paged list call per resource kind, and (on first use, then remembered) one paged
 * list call per NSG for its rules. Reading ten networks of a compartment through one
 * {@code CompartmentRead} costs the listings once, not ten times; each network's
 * {@link Inventory} then keeps only what its tags (or bindings) make its own.
 *
 * <pre>{@code
 * CompartmentRead read = CompartmentRead.of(ctx, handlers, List.of(ResourceType.CLUSTER));
 * Inventory prod = Inventory.of(read, "prod", Map.of(), List.of(), ctx);
 * Inventory staging = Inventory.of(read, "staging", Map.of(), List.of(), ctx);   // no new listing
 * }</pre>
 */
public final class CompartmentRead {
  /** The network's own kinds, listed on every read. */
  public static final List<ResourceType> NETWORK_KINDS = List.of(ResourceType.VCN, ResourceType.DRG,
      ResourceType.INTERNET_GATEWAY, ResourceType.NAT_GATEWAY, ResourceType.SERVICE_GATEWAY, ResourceType.LOCAL_PEERING_GATEWAY,
      ResourceType.DRG_ATTACHMENT, ResourceType.REMOTE_PEERING_CONNECTION, ResourceType.ROUTE_TABLE, ResourceType.SECURITY_LIST,
      ResourceType.NETWORK_SECURITY_GROUP, ResourceType.SUBNET);

  private final String compartmentId;
  private final List<Service> services;
  private final Map<ResourceType, List<Observed>> byKind;
  private final List<Observed> all;
  private final NsgHandler nsgs;
  private final Map<String, List<SecurityRule>> nsgRules = new ConcurrentHashMap<>();
  private final Map<String, String> defaultListOfReferencedVcn = new ConcurrentHashMap<>();

  private CompartmentRead(String compartmentId, List<Service> services, Map<ResourceType, List<Observed>> byKind, NsgHandler nsgs) {
    this.compartmentId = compartmentId;
    this.services = List.copyOf(services);
    this.byKind = byKind;
    List<Observed> everything = new ArrayList<>();
    byKind.values().forEach(everything::addAll);
    this.all = List.copyOf(everything);
    this.nsgs = nsgs;
  }

  /**
   * Lists the compartment of {@code ctx}: the services, the network's kinds and {@code extraKinds}
   * (clusters, node pools, NLBs), each with one paged call through {@code ctx}'s retrying calls.
   */
  public static CompartmentRead of(CloudContext ctx, Handlers handlers, List<ResourceType> extraKinds) {
    return of(ctx, handlers, extraKinds, ReadFailures.FAIL);
  }

  /**
   * As {@link #of(CloudContext, Handlers, List)}, telling {@code failures} about a kind whose
   * listing failed (after the retries) and carrying on as if it listed nothing: an import reports
   * what it could not read instead of failing.
   */
  public static CompartmentRead of(CloudContext ctx, Handlers handlers, List<ResourceType> extraKinds, ReadFailures failures) {
    List<Service> services = List.of();
    try {
      services = Pages.all(page -> {
        var r = ctx.call("listServices", () -> ctx.vn().listServices(ListServicesRequest.builder().page(page).build()));
        return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
      });
    } catch (RuntimeException e) {
      failures.failed(ResourceType.SERVICE_GATEWAY, e);
    }
    Map<ResourceType, List<Observed>> byKind = new EnumMap<>(ResourceType.class);
    List<ResourceType> kinds = new ArrayList<>(NETWORK_KINDS);
    extraKinds.stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
    for (ResourceType kind : kinds) {
      try {
        byKind.put(kind, List.copyOf(handlers.of(kind).list(ctx)));
      } catch (RuntimeException e) {
        failures.failed(kind, e);
        byKind.put(kind, List.of());
      }
    }
    return new CompartmentRead(ctx.compartmentId(), services, byKind, handlers.nsgs());
  }

  /** The compartment read. */
  public String compartmentId() {
    return compartmentId;
  }

  /** The region's Oracle services (ListServices). */
  public List<Service> services() {
    return services;
  }

  /** Every listed resource of every kind, ours or not, gone ones included. */
  public List<Observed> all() {
    return all;
  }

  /** The listed resources of {@code kind} (empty when the kind was not listed). */
  public List<Observed> of(ResourceType kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** Whether {@code kind} was listed. */
  public boolean listed(ResourceType kind) {
    return byKind.containsKey(kind);
  }

  /** The rules of NSG {@code nsgId}: listed on first ask (one paged call), then remembered. */
  public List<SecurityRule> nsgRules(String nsgId, CloudContext ctx) {
    return nsgRules.computeIfAbsent(nsgId, id -> List.copyOf(nsgs.listRules(id, ctx)));
  }

  /**
   * The default security list of VCN {@code vcnId}: from the listing when the VCN is in this
   * compartment, else read once with GetVcn (a VCN the model references by OCID may live elsewhere).
   */
  public Optional<String> defaultSecurityListOf(String vcnId, CloudContext ctx) {
    Optional<String> listed = of(ResourceType.VCN).stream().filter(o -> o.id().equals(vcnId)).findFirst()
        .map(o -> ((Vcn) o.model()).getDefaultSecurityListId());
    if (listed.isPresent()) {
      return listed;
    }
    return Optional.ofNullable(defaultListOfReferencedVcn.computeIfAbsent(vcnId, id -> ctx.call("getVcn",
        () -> ctx.vn().getVcn(GetVcnRequest.builder().vcnId(id).build())).getVcn().getDefaultSecurityListId()));
  }
}
