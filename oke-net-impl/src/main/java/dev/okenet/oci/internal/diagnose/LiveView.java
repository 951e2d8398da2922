package dev.okenet.oci.internal.diagnose;

import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.Inventory;
import dev.okenet.oci.internal.cloud.Names;
import dev.okenet.oci.internal.cloud.Observed;
import dev.okenet.oci.internal.graph.Ownership;
import java.util.List;
import java.util.Optional;

/**
 * The live network as the checks read it: the network's resources by logical key from the
 * inventory (no extra call), and, for a route table or security list a subnet points at that the
 * network does not own, one GET.
 *
 * <pre>{@code
 * LiveView live = new LiveView(inventory, ctx);
 * live.subnet(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS)).map(Subnet::getProhibitPublicIpOnVnic);
 * }</pre>
 */
final class LiveView {
  private final Inventory inventory;
  private final CloudContext ctx;
  private final Names names;

  LiveView(Inventory inventory, CloudContext ctx) {
    this.inventory = inventory;
    this.ctx = ctx;
    this.names = inventory.names();
  }

  Names names() {
    return names;
  }

  CloudContext ctx() {
    return ctx;
  }

  /** The live resource of {@code type} with logical key {@code key}. */
  Optional<Observed> owned(ResourceType type, ResourceKey key) {
    return inventory.owned().stream().filter(o -> o.type() == type && !o.isGone()
        && Ownership.ownedKey(o.tags(), ctx.network()).equals(Optional.of(key))).findFirst();
  }

  /** Every live resource of {@code type}. */
  List<Observed> owned(ResourceType type) {
    return inventory.owned().stream().filter(o -> o.type() == type && !o.isGone()).toList();
  }

  Optional<Subnet> subnet(SubnetKey key) {
    return owned(ResourceType.SUBNET, key).map(o -> (Subnet) o.model());
  }

  RouteTable routeTable(String id) {
    return inventory.owned().stream().filter(o -> o.id().equals(id) && o.model() instanceof RouteTable).findFirst()
        .map(o -> (RouteTable) o.model())
        .orElseGet(() -> ctx.call("getRouteTable", () -> ctx.vn().getRouteTable(GetRouteTableRequest.builder().rtId(id).build()))
            .getRouteTable());
  }

  SecurityList securityList(String id) {
    Optional<Observed> known = inventory.owned().stream().filter(o -> o.id().equals(id)).findFirst()
        .or(() -> inventory.defaultSecurityList().filter(d -> d.id().equals(id)));
    return known.map(o -> (SecurityList) o.model()).orElseGet(() -> ctx.call("getSecurityList",
        () -> ctx.vn().getSecurityList(GetSecurityListRequest.builder().securityListId(id).build())).getSecurityList());
  }
}
