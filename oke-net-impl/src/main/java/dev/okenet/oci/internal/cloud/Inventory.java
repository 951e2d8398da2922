package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.DesiredGraph;
import dev.okenet.oci.internal.graph.Ownership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What exists in the compartment, read with one list call per resource kind (plus one per owned
 * NSG for its rules, which OCI lists per NSG, and one ListServices), never a GET per resource.
 * Only resources carrying this network's tags are ever planned against; the rest are read and
 * ignored.
 */
public final class Inventory {
  private static final List<ResourceType> NETWORK_KINDS = List.of(ResourceType.VCN, ResourceType.DRG,
      ResourceType.INTERNET_GATEWAY, ResourceType.NAT_GATEWAY, ResourceType.SERVICE_GATEWAY, ResourceType.LOCAL_PEERING_GATEWAY,
      ResourceType.DRG_ATTACHMENT, ResourceType.REMOTE_PEERING_CONNECTION, ResourceType.ROUTE_TABLE, ResourceType.SECURITY_LIST, ResourceType.NETWORK_SECURITY_GROUP,
      ResourceType.SUBNET);

  private final List<Observed> owned;
  private final Optional<Observed> defaultSecurityList;
  private final OracleServices services;
  private final Map<String, String> keyById;

  private Inventory(List<Observed> owned, Optional<Observed> defaultSecurityList, OracleServices services,
      Map<String, String> keyById) {
    this.owned = List.copyOf(owned);
    this.defaultSecurityList = defaultSecurityList;
    this.services = services;
    this.keyById = Map.copyOf(keyById);
  }

  /**
   * Reads the compartment.
   *
   * @param references OCIDs the model references, by logical key (an existing VCN, DRG, subnet …)
   * @param extraKinds kinds to list besides the network's (clusters, node pools, NLBs)
   */
  public static Inventory read(CloudContext ctx, Handlers handlers, Map<String, String> references, List<ResourceType> extraKinds) {
    var serviceList = Pages.all(page -> {
      var r = ctx.call("listServices", () -> ctx.vn().listServices(ListServicesRequest.builder().page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    });
    OracleServices services = new OracleServices(serviceList);
    List<ResourceType> kinds = new ArrayList<>(NETWORK_KINDS);
    kinds.addAll(extraKinds);
    List<Observed> all = new ArrayList<>();
    for (ResourceType kind : kinds) {
      all.addAll(handlers.of(kind).list(ctx));
    }
    String network = ctx.network();
    List<Observed> owned = new ArrayList<>();
    for (Observed o : all) {
      if (Ownership.ownedKey(o.tags(), network) != null && o.type() != ResourceType.SECURITY_LIST) {
        owned.add(o);
      }
    }
    Optional<String> vcnId = Optional.ofNullable(references.get(DesiredGraph.VCN)).or(() -> owned.stream()
        .filter(o -> o.type() == ResourceType.VCN && !o.isGone() && DesiredGraph.VCN.equals(Ownership.ownedKey(o.tags(), network)))
        .map(Observed::id).findFirst());
    Optional<String> defaultListId = vcnId.map(id -> all.stream().filter(o -> o.id().equals(id)).findFirst()
        .map(o -> ((Vcn) o.model()).getDefaultSecurityListId())
        .orElseGet(() -> ctx.call("getVcn", () -> ctx.vn().getVcn(GetVcnRequest.builder().vcnId(id).build())).getVcn()
            .getDefaultSecurityListId()));
    Optional<Observed> defaultList = Optional.empty();
    for (Observed o : all) {
      if (o.type() != ResourceType.SECURITY_LIST) {
        continue;
      }
      if (defaultListId.map(o.id()::equals).orElse(false)) {
        defaultList = Optional.of(new Observed(ResourceType.DEFAULT_SECURITY_LIST, o.id(), o.displayName(), o.tags(), o.state(),
            o.model(), null));
      } else if (Ownership.ownedKey(o.tags(), network) != null) {
        owned.add(o);
      }
    }
    for (int i = 0; i < owned.size(); i++) {
      Observed o = owned.get(i);
      if (o.type() == ResourceType.NETWORK_SECURITY_GROUP && !o.isGone()) {
        owned.set(i, o.withNsgRules(handlers.nsgs().listRules(o.id(), ctx)));
      }
    }
    Map<String, String> keyById = new HashMap<>();
    for (Observed o : owned) {
      if (!o.isGone()) {
        keyById.put(o.id(), Ownership.ownedKey(o.tags(), network));
      }
    }
    references.forEach((key, id) -> keyById.put(id, key));
    defaultList.ifPresent(d -> keyById.put(d.id(), DesiredGraph.DEFAULT_SECURITY_LIST));
    return new Inventory(owned, defaultList, services, keyById);
  }

  /** Every resource carrying this network's tags, gone ones included. */
  public List<Observed> owned() {
    return owned;
  }

  /** The default security list of this network's VCN, once the VCN exists. */
  public Optional<Observed> defaultSecurityList() {
    return defaultSecurityList;
  }

  /** The region's Oracle services. */
  public OracleServices services() {
    return services;
  }

  /** The name translator for this inventory. */
  public Names names() {
    return new Names(keyById, services);
  }
}
