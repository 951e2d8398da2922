package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.RemoveNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.UpdateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.DeleteNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupsRequest;
import com.oracle.bmc.core.requests.RemoveNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.UpdateNetworkSecurityGroupRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.resolved.ResolvedSecurityRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Network security groups. Their rules are a separate step ({@link #syncRules}) because rules name
 * other NSGs, which must exist first; rules go in batches of at most {@value #BATCH} per call.
 */
public final class NsgHandler implements KindHandler {
  /** AddNetworkSecurityGroupSecurityRules takes at most 25 rules per call. */
  public static final int BATCH = 25;

  @Override
  public ResourceType type() {
    return ResourceType.NETWORK_SECURITY_GROUP;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listNetworkSecurityGroups", () -> ctx.vn().listNetworkSecurityGroups(
          ListNetworkSecurityGroupsRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(g -> new Observed(type(), g.getId(), g.getDisplayName(), g.getFreeformTags(), g.getLifecycleState().getValue(),
        g, null)).toList();
  }

  /** The rules of one NSG (the API lists them per NSG). */
  public List<SecurityRule> listRules(String nsgId, CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listNetworkSecurityGroupSecurityRules", () -> ctx.vn().listNetworkSecurityGroupSecurityRules(
          ListNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(nsgId).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    });
  }

  /**
   * The rules of an NSG the apply may have just created: a retried rule batch re-reads them, and
   * the NSG's create was not polled when its answer said AVAILABLE, so this read tolerates the 404
   * an eventually consistent read may give right after a create, as the wait would have.
   */
  private static List<SecurityRule> rulesOfNewOrOld(String nsgId, CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.await("listNetworkSecurityGroupSecurityRules", () -> ctx.vn().listNetworkSecurityGroupSecurityRules(
          ListNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(nsgId).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    });
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", ((NetworkSecurityGroup) o.model()).getDisplayName());
    return f;
  }

  @Override
  public Set<String> rules(Observed o, Names names) {
    Set<String> out = new LinkedHashSet<>();
    o.nsgRules().forEach(r -> out.add(RuleMapping.text(r, names)));
    return out;
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    var details = CreateNetworkSecurityGroupDetails.builder().compartmentId(ctx.compartmentId()).vcnId(refs.id(ResourceKey.vcn()))
        .displayName(spec.displayName()).freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    NetworkSecurityGroup created = ctx.call("createNetworkSecurityGroup", () -> ctx.vn().createNetworkSecurityGroup(
        CreateNetworkSecurityGroupRequest.builder().createNetworkSecurityGroupDetails(details).opcRetryToken(token).build()))
        .getNetworkSecurityGroup();
    Waits.unlessAnswered(created.getLifecycleState(), NetworkSecurityGroup.LifecycleState.Available,
        () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    Map<String, String> tags = Ownership.merged(current.tags(), ctx.network(), spec.key());
    // The listed model holds the tags OCI has; current.tags() may already carry what an adoption adds.
    Map<String, String> live = ((NetworkSecurityGroup) current.model()).getFreeformTags();
    if (current.displayName() != null && current.displayName().equals(spec.displayName())
        && tags.equals(live == null ? Map.of() : live)) {
      return;   // only the rules differ; syncRules does that
    }
    ctx.call("updateNetworkSecurityGroup", () -> ctx.vn().updateNetworkSecurityGroup(UpdateNetworkSecurityGroupRequest.builder()
        .networkSecurityGroupId(current.id()).updateNetworkSecurityGroupDetails(UpdateNetworkSecurityGroupDetails.builder()
            .displayName(spec.displayName()).freeformTags(tags).build())
        .build()));
    awaitReady(current.id(), ctx);
  }

  /**
   * Removes the rules with {@code removeIds}, then adds {@code add}, each in batches of at most
   * {@value #BATCH}. A retried add or removal first re-reads the rules, so a batch whose answer was
   * lost is not added twice nor removed again (the API takes no retry token).
   */
  public void syncRules(String nsgId, List<ResolvedSecurityRule> add, List<String> removeIds, Refs refs, CloudContext ctx) {
    for (List<String> batch : batches(removeIds)) {
      AtomicInteger attempt = new AtomicInteger();
      ctx.call("removeNetworkSecurityGroupSecurityRules", () -> {
        List<String> present = batch;
        if (attempt.incrementAndGet() > 1) {
          // A batch whose answer was lost is gone already, and OCI answers 400 for an id the NSG no longer has.
          Set<String> ids = new HashSet<>();
          rulesOfNewOrOld(nsgId, ctx).forEach(r -> ids.add(r.getId()));
          present = batch.stream().filter(ids::contains).toList();
          if (present.isEmpty()) {
            return null;
          }
        }
        return ctx.vn().removeNetworkSecurityGroupSecurityRules(RemoveNetworkSecurityGroupSecurityRulesRequest.builder()
            .networkSecurityGroupId(nsgId).removeNetworkSecurityGroupSecurityRulesDetails(
                RemoveNetworkSecurityGroupSecurityRulesDetails.builder().securityRuleIds(present).build()).build());
      });
    }
    List<AddSecurityRuleDetails> details = add.stream().map(r -> RuleMapping.nsgRule(r, refs, ctx.services())).toList();
    for (List<AddSecurityRuleDetails> batch : batches(details)) {
      AtomicInteger attempt = new AtomicInteger();
      ctx.call("addNetworkSecurityGroupSecurityRules", () -> {
        List<AddSecurityRuleDetails> missing = batch;
        if (attempt.incrementAndGet() > 1) {
          Set<String> present = new HashSet<>();
          for (SecurityRule r : rulesOfNewOrOld(nsgId, ctx)) {
            present.add(signature(r));
          }
          missing = batch.stream().filter(d -> !present.contains(signature(d))).toList();
          if (missing.isEmpty()) {
            return null;
          }
        }
        return ctx.vn().addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
            .networkSecurityGroupId(nsgId).addNetworkSecurityGroupSecurityRulesDetails(
                AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(missing).build()).build());
      });
    }
  }

  /** Splits into batches of at most {@value #BATCH}. */
  public static <T> List<List<T>> batches(List<T> items) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i += BATCH) {
      out.add(List.copyOf(items.subList(i, Math.min(items.size(), i + BATCH))));
    }
    return out;
  }

  private static String signature(AddSecurityRuleDetails d) {
    boolean in = d.getDirection() == AddSecurityRuleDetails.Direction.Ingress;
    return (in ? "in|" + d.getSource() : "out|" + d.getDestination()) + "|" + d.getProtocol() + "|"
        + Boolean.TRUE.equals(d.getIsStateless()) + "|" + RuleMapping.port(d.getProtocol(),
        d.getTcpOptions() == null ? null : d.getTcpOptions().getDestinationPortRange(),
        d.getUdpOptions() == null ? null : d.getUdpOptions().getDestinationPortRange(), d.getIcmpOptions());
  }

  private static String signature(SecurityRule d) {
    boolean in = d.getDirection() == SecurityRule.Direction.Ingress;
    return (in ? "in|" + d.getSource() : "out|" + d.getDestination()) + "|" + d.getProtocol() + "|"
        + Boolean.TRUE.equals(d.getIsStateless()) + "|" + RuleMapping.port(d.getProtocol(),
        d.getTcpOptions() == null ? null : d.getTcpOptions().getDestinationPortRange(),
        d.getUdpOptions() == null ? null : d.getUdpOptions().getDestinationPortRange(), d.getIcmpOptions());
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteNetworkSecurityGroup", () -> ctx.vn().deleteNetworkSecurityGroup(
        DeleteNetworkSecurityGroupRequest.builder().networkSecurityGroupId(id).build()),
        "getNetworkSecurityGroup", () -> ctx.vn().getNetworkSecurityGroup(GetNetworkSecurityGroupRequest.builder().networkSecurityGroupId(id).build()).getNetworkSecurityGroup().getLifecycleState().getValue());
    ctx.await("getNetworkSecurityGroup", () -> {
      Waits.gone(ctx.vn().getWaiters().forNetworkSecurityGroup(GetNetworkSecurityGroupRequest.builder().networkSecurityGroupId(id)
          .build(), NetworkSecurityGroup.LifecycleState.Terminated, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()),
          "NSG " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getNetworkSecurityGroup", () -> Waits.run(ctx.vn().getWaiters().forNetworkSecurityGroup(
        GetNetworkSecurityGroupRequest.builder().networkSecurityGroupId(id).build(), NetworkSecurityGroup.LifecycleState.Available,
        ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "NSG " + id, "AVAILABLE"));
  }
}
