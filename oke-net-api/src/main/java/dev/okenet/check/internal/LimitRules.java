package dev.okenet.check.internal;

import static dev.okenet.check.internal.Rules.define;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.CheckContext;
import dev.okenet.check.PlacedSubnet;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.Severity;
import dev.okenet.cluster.NodePool;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Optional;

/** OKE-LIM-*: OCI service limits on rules, security lists and NSGs. Not for users. */
final class LimitRules {
  private LimitRules() {}

  static List<Rule> all() {
    return List.of(
        define("OKE-LIM-001", Severity.ERROR, "More than 120 rules in an NSG",
            "An NSG holds at most 120 security rules, ingress and egress together (Limits.maxRulesPerNsg); OCI rejects "
                + "the rules beyond it, so generated OKE rules may be missing.",
            "Split the rules across custom NSGs, or widen CIDRs and port ranges to need fewer rules.",
            LimitRules::nsgRules),
        define("OKE-LIM-002", Severity.ERROR, "More than 200 ingress or egress rules in a security list",
            "A security list holds at most 200 ingress and 200 egress rules (Limits.maxRulesPerSecurityListDirection).",
            "Split the rules across security lists (at most 5 per subnet) or move them to NSGs.",
            LimitRules::securityListRules),
        define("OKE-LIM-003", Severity.ERROR, "More than 5 security lists on a subnet",
            "A subnet takes at most 5 security lists (Limits.maxSecurityListsPerSubnet), counting the generated or default "
                + "one; OCI rejects the subnet.",
            "Merge custom security lists, or move their rules to NSGs.",
            LimitRules::securityListsPerSubnet),
        define("OKE-LIM-004", Severity.ERROR, "More than 5 NSGs on a node's or pod's VNIC",
            "A VNIC takes at most 5 NSGs (Limits.maxNsgsPerVnic), counting the generated workers or pods NSG; OKE fails to "
                + "create the node pool.",
            "Attach fewer custom NSGs to the node pool; merge their rules.",
            LimitRules::nsgsPerVnic),
        define("OKE-LIM-005", Severity.ERROR, "More than 1,000 NSGs in the VCN",
            "A VCN holds at most 1,000 NSGs (Limits.maxNsgsPerVcn), counting oke-net's generated role NSGs (one per role "
                + "subnet with NSG enforcement) and the custom ones; OCI refuses the NSGs beyond it, so the apply fails "
                + "part-way.",
            "Merge custom NSGs that carry similar rules, or raise the limit with Oracle and set Limits.withMaxNsgsPerVcn(..).",
            LimitRules::nsgsPerVcn));
  }

  private static void nsgRules(CheckContext ctx, Reporter out) {
    Optional<ResolvedNetwork> net = ctx.resolved();
    int max = ctx.limits().maxRulesPerNsg();
    net.ifPresent(n -> n.nsgs().stream().filter(s -> s.rules().size() > max).forEach(s ->
        out.report(ResolvedKeys.ruleSetPath(s.key()), "NSG " + s.name() + " would hold " + s.rules().size() + " rules ("
            + s.ingress().size() + " ingress, " + s.egress().size() + " egress); OCI allows " + max + " per NSG.")));
  }

  private static void securityListRules(CheckContext ctx, Reporter out) {
    Optional<ResolvedNetwork> net = ctx.resolved();
    int max = ctx.limits().maxRulesPerSecurityListDirection();
    net.ifPresent(n -> {
      for (ResolvedRuleSet s : n.securityLists()) {
        int in = s.ingress().size();
        int eg = s.egress().size();
        if (in > max || eg > max) {
          out.report(ResolvedKeys.ruleSetPath(s.key()), "security list " + s.name() + " would hold " + in + " ingress and " + eg
              + " egress rules; OCI allows " + max + " of each per list.");
        }
      }
    });
  }

  private static void securityListsPerSubnet(CheckContext ctx, Reporter out) {
    int max = ctx.limits().maxSecurityListsPerSubnet();
    for (PlacedSubnet s : ctx.subnets()) {
      int custom = s.subnet().securityLists().size();
      // Every subnet also carries its generated list or the VCN's default security list.
      if (custom + 1 > max) {
        out.report(s.path(), "subnet " + s.name() + " would carry " + (custom + 1) + " security lists (" + custom
            + " custom and the generated or default one); OCI allows " + max + ".",
            "Keep at most " + (max - 1) + " custom security lists on subnet " + s.name() + "; merge the rest or use NSGs.");
      }
    }
  }

  private static void nsgsPerVcn(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    int max = ctx.limits().maxNsgsPerVcn();
    // resolve() declares one NSG per role subnet in NSG mode (extra subnets get security lists only).
    long generated = n.securityEnforcement() == SecurityEnforcement.NSG
        ? ctx.subnets().stream().filter(s -> s.role() != SubnetRole.CUSTOM).count() : 0;
    long custom = n.nsgs().stream().map(Nsg::name).distinct().count();
    if (generated + custom > max) {
      out.report("nsgs", "the VCN would hold " + Numbers.count(generated + custom) + " NSGs (" + generated + " generated for "
          + "the role subnets and " + Numbers.count(custom) + " custom); OCI allows " + Numbers.count(max) + " per VCN.",
          "Remove or merge at least " + Numbers.of(generated + custom - max, "custom NSG") + ", or raise the limit with Oracle "
              + "and set Limits.withMaxNsgsPerVcn(..).");
    }
  }

  private static void nsgsPerVnic(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    int max = ctx.limits().maxNsgsPerVnic();
    boolean nsgMode = n.securityEnforcement() == SecurityEnforcement.NSG;
    boolean podVnics = n.podNetworking().isVcnNative() && n.pods().isPresent();
    for (NodePool pool : n.nodePools()) {
      long nodes = (nsgMode ? 1 : 0) + pool.nsgNames().stream().distinct().count();
      if (nodes > max) {
        out.report(Paths.nodePool(pool.name()), "nodes of pool '" + pool.name() + "' would carry " + nodes + " NSGs on their VNIC ("
            + (nsgMode ? "the workers NSG and " : "") + pool.nsgNames().size() + " custom); OCI allows " + max + ".");
      }
      long pods = podVnics ? (nsgMode ? 1 : 0) + pool.podNsgNames().stream().distinct().count() : 0;
      if (pods > max) {
        out.report(Paths.nodePool(pool.name()), "pod VNICs of pool '" + pool.name() + "' would carry " + pods + " NSGs ("
            + (nsgMode ? "the pods NSG and " : "") + pool.podNsgNames().size() + " custom); OCI allows " + max + ".");
      }
    }
  }
}
