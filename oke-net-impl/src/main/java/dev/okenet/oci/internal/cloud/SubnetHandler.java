package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.CreateSubnetDetails;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.UpdateSubnetDetails;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.DeleteSubnetRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.ListSubnetsRequest;
import com.oracle.bmc.core.requests.UpdateSubnetRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.resolved.ResolvedSubnet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regional subnets. The CIDR, DNS label and public/private choice are not changed in place (a
 * change replaces the subnet); the route table, security lists and name are.
 */
public final class SubnetHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.SUBNET;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listSubnets", () -> ctx.vn().listSubnets(
          ListSubnetsRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(s -> new Observed(type(), s.getId(), s.getDisplayName(), s.getFreeformTags(), s.getLifecycleState().getValue(),
        s, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    Subnet s = (Subnet) o.model();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", s.getDisplayName());
    f.put("cidrBlock", s.getCidrBlock());
    f.put("dnsLabel", s.getDnsLabel() == null ? "" : s.getDnsLabel());
    f.put("public", String.valueOf(!Boolean.TRUE.equals(s.getProhibitPublicIpOnVnic())));
    f.put("routeTable", names.key(s.getRouteTableId()));
    f.put("securityLists", String.join(", ", (s.getSecurityListIds() == null ? List.<String>of() : s.getSecurityListIds())
        .stream().map(names::key).toList()));
    return f;
  }

  private static List<String> securityLists(ResolvedSubnet s, Refs refs) {
    return s.securityListKeys().stream().map(refs::id).toList();
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    ResolvedSubnet s = (ResolvedSubnet) spec.source();
    var details = CreateSubnetDetails.builder().compartmentId(ctx.compartmentId()).vcnId(refs.id(ResourceKey.vcn()))
        .cidrBlock(s.cidr().toString()).dnsLabel(s.dnsLabel().orElse(null)).prohibitPublicIpOnVnic(!s.isPublic())
        .prohibitInternetIngress(!s.isPublic()).routeTableId(refs.id(s.routeTableKey())).securityListIds(securityLists(s, refs))
        .displayName(spec.displayName()).freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    Subnet created = ctx.call("createSubnet", () -> ctx.vn().createSubnet(CreateSubnetRequest.builder().createSubnetDetails(details)
        .opcRetryToken(token).build())).getSubnet();
    Waits.unlessAnswered(created.getLifecycleState(), Subnet.LifecycleState.Available, () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ResolvedSubnet s = (ResolvedSubnet) spec.source();
    ctx.call("updateSubnet", () -> ctx.vn().updateSubnet(UpdateSubnetRequest.builder().subnetId(current.id())
        .updateSubnetDetails(UpdateSubnetDetails.builder().displayName(spec.displayName()).routeTableId(refs.id(s.routeTableKey()))
            .securityListIds(securityLists(s, refs)).freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key()))
            .build()).build()));
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteSubnet", () -> ctx.vn().deleteSubnet(DeleteSubnetRequest.builder().subnetId(id).build()),
        "getSubnet", () -> ctx.vn().getSubnet(GetSubnetRequest.builder().subnetId(id).build()).getSubnet().getLifecycleState().getValue());
    ctx.await("getSubnet", () -> {
      Waits.gone(ctx.vn().getWaiters().forSubnet(GetSubnetRequest.builder().subnetId(id).build(), Subnet.LifecycleState.Terminated,
          ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "subnet " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getSubnet", () -> Waits.run(ctx.vn().getWaiters().forSubnet(GetSubnetRequest.builder().subnetId(id).build(),
        Subnet.LifecycleState.Available, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "subnet " + id, "AVAILABLE"));
  }
}
