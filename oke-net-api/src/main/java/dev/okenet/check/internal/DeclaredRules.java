package dev.okenet.check.internal;

import dev.okenet.OkeNetwork;
import dev.okenet.check.CheckContext;
import dev.okenet.check.PlacedSubnet;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Every security rule the user declared (on subnets, in custom security lists, in custom NSGs),
 * with where it ends up: whether it protects the workers or the pods, and whether it lands in a
 * security list (which cannot name an NSG). Generated OKE rules are not here: they are right by
 * construction. Not for users.
 */
final class DeclaredRules {
  /** What a declared rule protects. */
  enum Target {
    WORKERS, PODS, OTHER
  }

  /**
   * One declared rule.
   *
   * @param path where it is declared, e.g. "workers.extraSecurityRules" or "nsgs[bastion]"
   * @param rule the rule
   * @param target what it protects
   * @param inSecurityList whether it is written into a security list
   */
  record Declared(String path, SecurityRule rule, Target target, boolean inSecurityList) {
    boolean isIngress() {
      return rule.direction() == Direction.INGRESS;
    }
  }

  private DeclaredRules() {}

  /** The declared rules of the network under check, collected once per validation run. */
  static List<Declared> of(CheckContext ctx) {
    return ctx instanceof ValidationRun ? ((ValidationRun) ctx).declaredRules() : collect(ctx);
  }

  static List<Declared> collect(CheckContext ctx) {
    OkeNetwork n = ctx.network();
    boolean listMode = n.securityEnforcement() == SecurityEnforcement.SECURITY_LISTS;
    List<Declared> out = new ArrayList<>();
    for (PlacedSubnet s : ctx.subnets()) {
      Target target = s.role() == SubnetRole.WORKERS ? Target.WORKERS : s.role() == SubnetRole.PODS ? Target.PODS : Target.OTHER;
      boolean ownList = listMode || s.role() == SubnetRole.CUSTOM;
      // One path string per subnet and per list, not per rule: validate() runs this for every rule.
      if (!s.subnet().extraSecurityRules().isEmpty()) {
        String path = s.path() + ".extraSecurityRules";
        for (SecurityRule r : s.subnet().extraSecurityRules()) {
          out.add(new Declared(path, r, target, ownList));
        }
      }
      for (SecurityList list : s.subnet().securityLists()) {
        String path = s.path() + ".securityLists[" + list.name() + "]";
        for (SecurityRule r : list.rules()) {
          out.add(new Declared(path, r, target, true));
        }
      }
    }
    for (Nsg nsg : n.nsgs()) {
      Target target = n.nodePools().stream().anyMatch(p -> p.nsgNames().contains(nsg.name())) ? Target.WORKERS
          : n.nodePools().stream().anyMatch(p -> p.podNsgNames().contains(nsg.name())) ? Target.PODS : Target.OTHER;
      String path = Paths.nsg(nsg.name());
      for (SecurityRule r : nsg.rules()) {
        out.add(new Declared(path, r, target, false));
      }
    }
    return List.copyOf(out);
  }

  /** The declared ingress rules that reach the worker nodes. */
  static List<SecurityRule> workerIngress(CheckContext ctx) {
    List<SecurityRule> out = new ArrayList<>();
    for (Declared d : of(ctx)) {
      if (d.target() == Target.WORKERS && d.isIngress()) {
        out.add(d.rule());
      }
    }
    return out;
  }
}
