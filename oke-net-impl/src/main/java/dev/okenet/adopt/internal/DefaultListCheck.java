package dev.okenet.adopt.internal;

import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.vcn.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For an existing VCN the model does not carry the default security list's rules: its analysis
 * assumes oke-net's locked-down list (ICMP only). When subnets use the live default list and it
 * holds other rules, this says which, since validation and the reachability audit do not see them.
 *
 * <pre>{@code
 * List<Finding> f = DefaultListCheck.check(live, model);
 * }</pre>
 */
final class DefaultListCheck {
  private DefaultListCheck() {}

  static List<Finding> check(LiveNetwork live, OkeNetwork model) {
    String id = live.vcn().getDefaultSecurityListId();
    List<String> users = live.subnets().stream().filter(s -> s.getSecurityListIds() != null && s.getSecurityListIds().contains(id))
        .map(s -> s.getDisplayName()).toList();
    var list = live.securityList(id);
    if (users.isEmpty() || list.isEmpty()) {
      return List.of();
    }
    List<Finding> ignored = new ArrayList<>();
    RuleTranslator t = new RuleTranslator(x -> java.util.Optional.empty(), ignored);
    List<SecurityRule> found = new ArrayList<>();
    list.get().getIngressSecurityRules().forEach(r -> t.ingress(r, "default security list").ifPresent(found::add));
    list.get().getEgressSecurityRules().forEach(r -> t.egress(r, "default security list").ifPresent(found::add));
    Set<String> assumed;
    try {
      assumed = model.resolve().defaultSecurityList().rules().stream().map(DefaultListCheck::identity).collect(Collectors.toSet());
    } catch (RuntimeException e) {
      return List.of();
    }
    List<String> unseen = found.stream().filter(r -> !assumed.contains(identity(r))).map(SecurityRule::toString).toList();
    if (unseen.isEmpty()) {
      return List.of();
    }
    return List.of(Findings.warning(Findings.DEFAULT_LIST, "default-security-list", "Subnets " + users + " use the VCN's default "
        + "security list, whose rules the model does not carry for an existing VCN: validation and the reachability audit do not "
        + "see " + unseen.size() + " of them: " + String.join("; ", unseen) + ".",
        "Move those rules into a security list of each subnet (or an NSG) and detach the default list, then import again."));
  }

  private static String identity(SecurityRule r) {
    return r.direction() + "|" + r.peer() + "|" + r.port() + "|" + r.isStateful();
  }

  private static String identity(ResolvedSecurityRule r) {
    return r.direction() + "|" + r.peer().cidr().map(Object::toString).orElse(r.peer().target()) + "|" + r.port() + "|" + r.stateful();
  }
}
