package dev.okenet.oci.internal.nlb;

import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckProtocols;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.LifecycleState;
import com.oracle.bmc.networkloadbalancer.model.ListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.ListenerProtocols;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancerSummary;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancingPolicy;
import com.oracle.bmc.networkloadbalancer.model.UpdateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.DeleteNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListNetworkLoadBalancersRequest;
import com.oracle.bmc.networkloadbalancer.requests.UpdateNetworkLoadBalancerRequest;
import dev.okenet.kube.ServicePort;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.KindHandler;
import dev.okenet.oci.internal.cloud.Names;
import dev.okenet.oci.internal.cloud.Observed;
import dev.okenet.oci.internal.cloud.Pages;
import dev.okenet.oci.internal.cloud.Refs;
import dev.okenet.oci.internal.cloud.Waits;
import dev.okenet.oci.internal.graph.IngressLoadBalancers;
import dev.okenet.oci.internal.graph.IngressLoadBalancers.IngressNlb;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.vcn.Protocol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A public NLB in front of an ingress controller: created with its listeners and backend sets in
 * one request (one listener and one empty backend set per Service port, health-checked over HTTP
 * on kube-proxy's /healthz), renamed in place, replaced when its subnet, NSGs or ports change.
 *
 * <pre>{@code
 * String id = new IngressNlbHandler().create(spec, refs, token, ctx);
 * }</pre>
 */
public final class IngressNlbHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.NETWORK_LOAD_BALANCER;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listNetworkLoadBalancers", () -> ctx.nlb().listNetworkLoadBalancers(
          ListNetworkLoadBalancersRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getNetworkLoadBalancerCollection().getItems(), r.getOpcNextPage());
    }).stream().map(n -> new Observed(type(), n.getId(), n.getDisplayName(), n.getFreeformTags(), n.getLifecycleState().getValue(),
        n, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    NetworkLoadBalancerSummary n = (NetworkLoadBalancerSummary) o.model();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", n.getDisplayName());
    f.put("subnet", names.key(n.getSubnetId()));
    f.put("public", String.valueOf(!Boolean.TRUE.equals(n.getIsPrivate())));
    f.put("listeners", n.getListeners() == null ? "" : n.getListeners().values().stream()
        .map(l -> l.getProtocol().getValue() + " " + l.getPort()).sorted().collect(Collectors.joining(", ")));
    f.put("nsgs", n.getNetworkSecurityGroupIds() == null ? ""
        : String.join(", ", n.getNetworkSecurityGroupIds().stream().map(names::key).toList()));
    return f;
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    IngressNlb nlb = (IngressNlb) spec.source();
    Map<String, ListenerDetails> listeners = new LinkedHashMap<>();
    Map<String, BackendSetDetails> backendSets = new LinkedHashMap<>();
    for (ServicePort p : nlb.ports()) {
      String name = IngressNlb.listenerName(p);
      backendSets.put(name, BackendSetDetails.builder().policy(NetworkLoadBalancingPolicy.FiveTuple).isPreserveSource(false)
          .healthChecker(HealthChecker.builder().protocol(HealthCheckProtocols.Http).port(IngressLoadBalancers.HEALTH_CHECK_PORT)
              .urlPath("/healthz").build())
          .backends(List.of()).build());
      listeners.put(name, ListenerDetails.builder().name(name).defaultBackendSetName(name).port(p.port())
          .protocol(p.protocol() == Protocol.UDP ? ListenerProtocols.Udp : ListenerProtocols.Tcp).build());
    }
    var details = CreateNetworkLoadBalancerDetails.builder().compartmentId(ctx.compartmentId()).displayName(spec.displayName())
        .subnetId(refs.id(nlb.subnetKey())).isPrivate(false).networkSecurityGroupIds(nlb.nsgKeys().stream().map(refs::id).toList())
        .listeners(listeners).backendSets(backendSets).freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    var created = ctx.call("createNetworkLoadBalancer", () -> ctx.nlb().createNetworkLoadBalancer(
        CreateNetworkLoadBalancerRequest.builder().createNetworkLoadBalancerDetails(details).opcRetryToken(token).build()))
        .getNetworkLoadBalancer();
    Waits.unlessAnswered(created.getLifecycleState(), LifecycleState.Active, () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ctx.call("updateNetworkLoadBalancer", () -> ctx.nlb().updateNetworkLoadBalancer(UpdateNetworkLoadBalancerRequest.builder()
        .networkLoadBalancerId(current.id()).updateNetworkLoadBalancerDetails(UpdateNetworkLoadBalancerDetails.builder()
            .displayName(spec.displayName()).freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build())
        .build()));
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteNetworkLoadBalancer", () -> ctx.nlb().deleteNetworkLoadBalancer(
        DeleteNetworkLoadBalancerRequest.builder().networkLoadBalancerId(id).build()),
        "getNetworkLoadBalancer", () -> ctx.nlb().getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder().networkLoadBalancerId(id).build()).getNetworkLoadBalancer().getLifecycleState().getValue());
    ctx.await("getNetworkLoadBalancer", () -> {
      Waits.gone(ctx.nlb().getWaiters().forNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder().networkLoadBalancerId(id)
          .build(), LifecycleState.Deleted, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "network load balancer " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    var n = ctx.await("getNetworkLoadBalancer", () -> Waits.run(ctx.nlb().getWaiters().forNetworkLoadBalancer(
        GetNetworkLoadBalancerRequest.builder().networkLoadBalancerId(id).build(), ctx.waitStrategy().termination(),
        ctx.waitStrategy().delay(), LifecycleState.Active, LifecycleState.Failed), "network load balancer " + id, "ACTIVE"))
        .getNetworkLoadBalancer();
    if (n.getLifecycleState() == LifecycleState.Failed) {
      throw new IllegalStateException("Network load balancer " + id + " (" + n.getDisplayName() + ") is FAILED: "
          + n.getLifecycleDetails() + ". Free addresses in its subnet, then apply again to replace it.");
    }
  }
}
