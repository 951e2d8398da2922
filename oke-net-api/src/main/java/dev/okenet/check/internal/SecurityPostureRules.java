package dev.okenet.check.internal;

import static dev.okenet.check.internal.Rules.define;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.check.CheckContext;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.Severity;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import java.util.List;

/** OKE-SEC-*: CIS OCI Foundations networking recommendations, and declared rules OCI cannot hold. Not for users. */
final class SecurityPostureRules {
  private static final List<Integer> REMOTE_ADMIN_PORTS = List.of(22, 3389);

  private SecurityPostureRules() {}

  static List<Rule> all() {
    return List.of(
        define("OKE-SEC-001", Severity.ERROR, "Ingress from 0.0.0.0/0 to TCP 22 or 3389",
            "CIS OCI Foundations 2.1-2.4: SSH and RDP open to the internet are brute-forced within minutes. An error on "
                + "workers and pods, a warning elsewhere (e.g. a bastion subnet).",
            "Allow SSH/RDP only from your CIDRs (on-premises, VPN) or use the OCI Bastion service.",
            SecurityPostureRules::remoteAdminFromAnywhere),
        define("OKE-SEC-002", Severity.ERROR, "All-protocol ingress from 0.0.0.0/0",
            "An ingress rule for every protocol from anywhere exposes every port of what it protects to the internet.",
            "Allow only the protocols and ports needed, from the CIDRs that need them.",
            SecurityPostureRules::allFromAnywhere),
        define("OKE-SEC-003", Severity.WARNING, "Public API endpoint open to 0.0.0.0/0",
            "The Kubernetes API reachable from the whole internet is one credential leak away from a takeover; OKE's "
                + "guidance is to restrict it to known CIDRs.",
            "Allow only your client CIDRs: ApiEndpoint.publicEndpoint().addAllowedClients(\"203.0.113.0/24\"), or go private.",
            SecurityPostureRules::publicEndpointOpen),
        define("OKE-SEC-004", Severity.WARNING, "Public worker subnet",
            "Workers in a public subnet can get public IPs and are one security rule away from the internet; OKE's "
                + "recommended layouts keep workers private behind NAT.",
            "Declare workers with Subnet.privateSubnet() and expose Services through load balancers.",
            SecurityPostureRules::publicWorkers),
        define("OKE-SEC-005", Severity.ERROR, "Security-list rule names an NSG",
            "A security list can only name CIDRs and the Oracle Services Network; resolve() drops a rule whose peer is an "
                + "NSG, so the traffic it was meant to allow is silently denied.",
            "Name the peer by CIDR or role in security lists, or move the rule to an NSG (SecurityEnforcement.NSG).",
            SecurityPostureRules::nsgInSecurityList));
  }

  private static void remoteAdminFromAnywhere(CheckContext ctx, Reporter out) {
    for (DeclaredRules.Declared d : DeclaredRules.of(ctx)) {
      Port p = d.rule().port();
      if (!d.isIngress() || !d.rule().peer().isAnyIpv4() || p.protocol() != Protocol.TCP) {
        continue;
      }
      for (int port : REMOTE_ADMIN_PORTS) {
        if (p.matches(Protocol.TCP, port)) {
          boolean nodes = d.target() != DeclaredRules.Target.OTHER;
          String what = d.target() == DeclaredRules.Target.WORKERS ? "the worker nodes" : d.target() == DeclaredRules.Target.PODS
              ? "the pods" : "what " + d.path() + " protects";
          out.report(nodes ? Severity.ERROR : Severity.WARNING, d.path(), "rule '" + d.rule() + "' opens TCP " + port
              + (port == 22 ? " (SSH)" : " (RDP)") + " on " + what + " to the whole internet.",
              "Allow TCP " + port + " only from your CIDRs, or use the OCI Bastion service.");
        }
      }
    }
  }

  private static void allFromAnywhere(CheckContext ctx, Reporter out) {
    for (DeclaredRules.Declared d : DeclaredRules.of(ctx)) {
      if (d.isIngress() && d.rule().peer().isAnyIpv4() && d.rule().port().protocol() == Protocol.ALL) {
        out.report(d.path(), "rule '" + d.rule() + "' allows every protocol and port from the whole internet.");
      }
    }
  }

  private static void publicEndpointOpen(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (n.cluster().endpoint().isPublic() && n.cluster().endpoint().allowedClients().contains(Cidr.ANY_IPV4)) {
      out.report("cluster.endpoint", "the public Kubernetes API endpoint allows clients from 0.0.0.0/0 on TCP 6443.");
    }
  }

  private static void publicWorkers(CheckContext ctx, Reporter out) {
    if (ctx.network().workers().isPublic()) {
      out.report("workers", "the worker subnet is public, so nodes may get public IPs.");
    }
  }

  private static void nsgInSecurityList(CheckContext ctx, Reporter out) {
    for (DeclaredRules.Declared d : DeclaredRules.of(ctx)) {
      if (d.inSecurityList() && d.rule().peer().kind() == Peer.Kind.NSG) {
        out.report(d.path(), "rule '" + d.rule() + "' lands in a security list but names " + d.rule().peer()
            + "; security lists cannot name NSGs, so resolve() drops it.");
      }
    }
  }
}
