package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.CreateSecurityListDetails;
import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.UpdateSecurityListDetails;
import com.oracle.bmc.core.requests.CreateSecurityListRequest;
import com.oracle.bmc.core.requests.DeleteSecurityListRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.ListSecurityListsRequest;
import com.oracle.bmc.core.requests.UpdateSecurityListRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.CcmRules;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.oci.internal.graph.RuleSetSource;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.vcn.Direction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Security lists, and the VCN's default security list: that one is never created or deleted (it
 * comes and goes with the VCN) but taken over on "create": its rules are replaced by the locked
 * down set and our tags are added.
 */
public final class SecurityListHandler implements KindHandler {
  private final boolean defaultList;

  /** The handler for generated lists ({@code false}) or for the VCN's default list ({@code true}). */
  public SecurityListHandler(boolean defaultList) {
    this.defaultList = defaultList;
  }

  @Override
  public ResourceType type() {
    return defaultList ? ResourceType.DEFAULT_SECURITY_LIST : ResourceType.SECURITY_LIST;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listSecurityLists", () -> ctx.vn().listSecurityLists(
          ListSecurityListsRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(t -> new Observed(type(), t.getId(), t.getDisplayName(), t.getFreeformTags(), t.getLifecycleState().getValue(),
        t, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", ((SecurityList) o.model()).getDisplayName());
    return f;
  }

  @Override
  public Set<String> rules(Observed o, Names names) {
    SecurityList l = (SecurityList) o.model();
    Set<String> out = new LinkedHashSet<>();
    if (l.getIngressSecurityRules() != null) {
      l.getIngressSecurityRules().forEach(r -> out.add(RuleMapping.text(r, names)));
    }
    if (l.getEgressSecurityRules() != null) {
      l.getEgressSecurityRules().forEach(r -> out.add(RuleMapping.text(r, names)));
    }
    return out;
  }

  private static List<IngressSecurityRule> ingress(ResourceSpec spec, CloudContext ctx) {
    return spec.rules().values().stream().map(r -> (ResolvedSecurityRule) r).filter(r -> r.direction() == Direction.INGRESS)
        .map(r -> RuleMapping.ingress(r, ctx.services())).toList();
  }

  private static List<EgressSecurityRule> egress(ResourceSpec spec, CloudContext ctx) {
    return spec.rules().values().stream().map(r -> (ResolvedSecurityRule) r).filter(r -> r.direction() == Direction.EGRESS)
        .map(r -> RuleMapping.egress(r, ctx.services())).toList();
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    if (defaultList) {
      String vcnId = refs.id(ResourceKey.vcn());
      // The VCN may be new and not polled (its create answered AVAILABLE): these reads tolerate the
      // 404 an eventually consistent read may give right after a create, as the wait would have.
      var vcn = ctx.await("getVcn", () -> ctx.vn().getVcn(com.oracle.bmc.core.requests.GetVcnRequest.builder().vcnId(vcnId).build()))
          .getVcn();
      String id = vcn.getDefaultSecurityListId();
      var current = ctx.await("getSecurityList", () -> ctx.vn().getSecurityList(GetSecurityListRequest.builder().securityListId(id)
          .build())).getSecurityList();
      write(spec, id, current.getFreeformTags(), ctx);
      return id;
    }
    var details = CreateSecurityListDetails.builder().compartmentId(ctx.compartmentId()).vcnId(refs.id(ResourceKey.vcn()))
        .ingressSecurityRules(ingress(spec, ctx)).egressSecurityRules(egress(spec, ctx)).displayName(spec.displayName())
        .freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    SecurityList created = ctx.call("createSecurityList", () -> ctx.vn().createSecurityList(CreateSecurityListRequest.builder()
        .createSecurityListDetails(details).opcRetryToken(token).build())).getSecurityList();
    Waits.unlessAnswered(created.getLifecycleState(), SecurityList.LifecycleState.Available, () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  /**
   * Rewrites the list to the model's rules, keeping the rules the cloud controller manager wrote
   * into it ({@link CcmRules}): they are read fresh and the update is sent with the read's etag,
   * so a CCM sync in between is not lost (on 412 the read and write are repeated).
   */
  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    CcmRules ccm = RuleSetSource.ccmOf(spec);
    for (int attempt = 1; ; attempt++) {
      var read = ctx.call("getSecurityList", () -> ctx.vn().getSecurityList(GetSecurityListRequest.builder()
          .securityListId(current.id()).build()));
      List<IngressSecurityRule> in = new ArrayList<>(ingress(spec, ctx));
      List<EgressSecurityRule> out = new ArrayList<>(egress(spec, ctx));
      addMissing(in, ccm.ccmIngress(read.getSecurityList()), SecurityListHandler::signature);
      addMissing(out, ccm.ccmEgress(read.getSecurityList()), SecurityListHandler::signature);
      try {
        write(spec, current.id(), current.tags(), in, out, read.getEtag(), ctx);
        return;
      } catch (BmcException e) {
        if (e.getStatusCode() != 412 || attempt >= ETAG_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static final int ETAG_ATTEMPTS = 3;

  private static <T> void addMissing(List<T> rules, List<T> kept, Function<T, String> signature) {
    Set<String> present = new HashSet<>();
    rules.forEach(r -> present.add(signature.apply(r)));
    kept.stream().filter(r -> present.add(signature.apply(r))).forEach(rules::add);
  }

  private static String signature(IngressSecurityRule r) {
    return "in|" + r.getSource() + "|" + r.getProtocol() + "|" + Boolean.TRUE.equals(r.getIsStateless()) + "|"
        + RuleMapping.port(r.getProtocol(), r.getTcpOptions() == null ? null : r.getTcpOptions().getDestinationPortRange(),
        r.getUdpOptions() == null ? null : r.getUdpOptions().getDestinationPortRange(), r.getIcmpOptions());
  }

  private static String signature(EgressSecurityRule r) {
    return "out|" + r.getDestination() + "|" + r.getProtocol() + "|" + Boolean.TRUE.equals(r.getIsStateless()) + "|"
        + RuleMapping.port(r.getProtocol(), r.getTcpOptions() == null ? null : r.getTcpOptions().getDestinationPortRange(),
        r.getUdpOptions() == null ? null : r.getUdpOptions().getDestinationPortRange(), r.getIcmpOptions());
  }

  private void write(ResourceSpec spec, String id, Map<String, String> tags, CloudContext ctx) {
    write(spec, id, tags, ingress(spec, ctx), egress(spec, ctx), null, ctx);
  }

  private void write(ResourceSpec spec, String id, Map<String, String> tags, List<IngressSecurityRule> in,
      List<EgressSecurityRule> out, String etag, CloudContext ctx) {
    SecurityList written = ctx.call("updateSecurityList", () -> ctx.vn().updateSecurityList(UpdateSecurityListRequest.builder()
        .securityListId(id).ifMatch(etag).updateSecurityListDetails(UpdateSecurityListDetails.builder().displayName(spec.displayName())
            .ingressSecurityRules(in).egressSecurityRules(out)
            .freeformTags(Ownership.merged(tags, ctx.network(), spec.key())).build()).build())).getSecurityList();
    Waits.unlessAnswered(written.getLifecycleState(), SecurityList.LifecycleState.Available, () -> awaitReady(id, ctx));
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    if (defaultList) {
      return;   // OCI deletes the default list with its VCN
    }
    ctx.delete("deleteSecurityList", () -> ctx.vn().deleteSecurityList(DeleteSecurityListRequest.builder().securityListId(id).build()),
        "getSecurityList", () -> ctx.vn().getSecurityList(GetSecurityListRequest.builder().securityListId(id).build()).getSecurityList().getLifecycleState().getValue());
    ctx.await("getSecurityList", () -> {
      Waits.gone(ctx.vn().getWaiters().forSecurityList(GetSecurityListRequest.builder().securityListId(id).build(),
          SecurityList.LifecycleState.Terminated, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "security list " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getSecurityList", () -> Waits.run(ctx.vn().getWaiters().forSecurityList(
        GetSecurityListRequest.builder().securityListId(id).build(), SecurityList.LifecycleState.Available,
        ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "security list " + id, "AVAILABLE"));
  }
}
