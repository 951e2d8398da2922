package dev.okenet.reference.internal;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.Cni;
import dev.okenet.internal.resolve.OkeRequiredRules;
import dev.okenet.internal.resolve.RuleSources;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.RuleSource;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders {@code oke-net-api/REQUIRED-RULES.md}: the rows of {@link OkeRequiredRules} per CNI and
 * subnet role with their sources, the places where Oracle's sources disagree and the reading each
 * row follows, and terraform-oci-oke's NSG rules one by one, each found in what oke-net resolves
 * for the reference networks or absent for a stated reason. Deterministic, so a test keeps the
 * committed file equal to the code. Not for users.
 *
 * <pre>{@code
 * String md = RequiredRulesDocument.render();
 * }</pre>
 */
public final class RequiredRulesDocument {
  /** The command that rewrites REQUIRED-RULES.md, printed in the file and in the failing test's message. */
  public static final String REGENERATE =
      "mvn -B -o -pl oke-net-api test -Dtest=RequiredRulesDocumentTest -Dokenet.rules.write=true";

  /**
   * One place where Oracle's sources (or Oracle and terraform-oci-oke) say different things.
   *
   * @param id "D1", "D2" ..., named by the rows that settle it
   * @param topic what the rows are about
   * @param sourcesSay what each source says
   * @param chosen the reading oke-net follows
   * @param why the reason
   */
  public record Disagreement(String id, String topic, String sourcesSay, String chosen, String why) {}

  /** Every disagreement, by id. */
  public static final List<Disagreement> DISAGREEMENTS = List.of(
      new Disagreement("D1", "API endpoint to the Oracle Services Network",
          "The required-rules table (API endpoint egress) lists TCP/443. Examples 1-4 list TCP/ALL and ICMP 3,4 (path "
              + "discovery). terraform-oci-oke (nsg-controlplane.tf) allows TCP, all ports.",
          "TCP all and ICMP 3/4.",
          "It covers both readings; the examples are the configurations Oracle shows working, and a narrower rule could "
              + "cut the control plane off an Oracle service on another port."),
      new Disagreement("D2", "API endpoint to the workers (egress on the endpoint, ingress on the workers)",
          "The required-rules table's endpoint egress lists TCP/ALL \"when using flannel\" and \"TCP 10250, ICMP\" \"when "
              + "using VCN-native pod networking\"; its worker ingress lists TCP/ALL from the endpoint with no CNI condition, "
              + "and again \"TCP 10250, ICMP\" for VCN-native. Examples 1-2 (flannel) use TCP/ALL on both sides, Examples 3-4 "
              + "(VCN-native) TCP/10250 on both sides. terraform-oci-oke allows the control plane TCP 10250 and 12250 out, and "
              + "the workers ALL in from it \"for webhooks served by workers\".",
          "TCP all on both sides, for both CNIs; the \"ICMP\" of the \"TCP 10250, ICMP\" rows is read as the path discovery "
              + "ICMP 3,4 that both tables list separately.",
          "The worker ingress row is unconditional, and a stateful connection needs both sides: a 10250-only egress would "
              + "make it moot. Admission webhooks and API services served on worker addresses (hostNetwork pods, node ports) "
              + "need the API server to reach any TCP port; the peer is the control plane's own subnet. The examples spell "
              + "path discovery as ICMP 3,4, and the workers accept ICMP 3,4 from 0.0.0.0/0 anyway."),
      new Disagreement("D3", "Worker to worker, and pods to workers, with VCN-native pods",
          "The required-rules table lists worker ingress and egress ALL from and to the workers, and worker ingress ALL from "
              + "the pods, for both CNIs, and its pod-subnet section asks for \"stateful ingress and egress rules that allow "
              + "all traffic between worker nodes\". Examples 3-4 leave these rows out of seclist-workernodes.",
          "The required-rules table's rows, for both CNIs.",
          "Node-port traffic between nodes, hostNetwork pods and kube-proxy need them; the table states them as required, "
              + "the examples are examples."),
      new Disagreement("D4", "Worker path discovery to 0.0.0.0/0",
          "The required-rules table and Examples 1, 3 and 4 list worker egress ICMP 3,4 to 0.0.0.0/0; Example 2 leaves it out.",
          "Keep it.", "The table lists it as required; Example 2 is the only source without it."),
      new Disagreement("D5", "Load balancers to workers: ALL/30000-32767 and ALL/10256",
          "The required-rules table and the examples write the node-port and kube-proxy health rules with protocol ALL and a "
              + "port range, which an OCI security rule cannot hold (ports go with TCP or UDP only). terraform-oci-oke writes "
              + "TCP and UDP 30000-32767 and TCP 10256.",
          "TCP and UDP 30000-32767, TCP 10256, on both the load balancer subnet (egress) and the workers (ingress).",
          "That is what ALL can mean for a port range; kube-proxy's health check is HTTP, so TCP only (terraform-oci-oke's "
              + "health_check_port is TCP)."),
      new Disagreement("D6", "Workers and pods to the internet",
          "The required-rules table lists both as optional: workers TCP/ALL, pods TCP/443 (Examples 3-4 too). "
              + "terraform-oci-oke turns both on by default with all protocols (allow_worker_internet_access and "
              + "allow_pod_internet_access, \"required if container images are in a registry other than OCIR\").",
          "On by default (OkeNetwork.internetEgress(), InternetEgress.WORKERS_AND_PODS), TCP all for both; "
              + "InternetEgress.WORKERS_ONLY or NONE to opt out, which validate() notes (OKE-NET-010).",
          "Without it a private cluster pulls images from OCIR only and nothing calls external APIs; pods call APIs, "
              + "databases and brokers on ports other than 443. TCP all matches Oracle's worker row; UDP to the internet "
              + "stays closed."),
      new Disagreement("D7", "Size of the API endpoint subnet",
          "\"IPv4 CIDR Blocks and Kubernetes Engine (OKE)\": the cluster \"only requires one IP address in this subnet\", "
              + "\"a /29 ... is usually sufficient\". Examples 1-2 use 10.0.0.0/30 (one usable address), Examples 3-4 "
              + "10.0.0.0/29.",
          "A /30 is the smallest API endpoint subnet that validates (OKE-ADDR-007); oke-net carves a /28 by default.",
          "A /30's one usable address is the one the endpoint needs; /29 is advice for headroom, not a limit."),
      new Disagreement("D8", "Pod path discovery to and from the internet",
          "Oracle lists only pod egress ICMP 3,4 to the Oracle Services Network. terraform-oci-oke (nsg-pods.tf) allows "
              + "ICMP (all types) to and from 0.0.0.0/0 \"for path discovery\".",
          "ICMP 3/4 to and from 0.0.0.0/0, for VCN-native pods.",
          "Pods reach the internet through the NAT gateway by default (D6) and need \"fragmentation needed\" back; type 3 "
              + "code 4 is what Oracle's own path discovery rows allow the workers."),
      new Disagreement("D9", "VCN-native pods opening connections to the workers",
          "Oracle's tables give the workers ingress ALL from the pods but the pods no egress to the workers. "
              + "terraform-oci-oke (nsg-pods.tf) allows it \"for cross-node pod communication when using NodePorts or "
              + "hostNetwork: true\".",
          "Pods egress ALL to the workers.",
          "Without it no pod can open a connection to a node address: metrics-server scraping the kubelet on 10250 (so "
              + "kubectl top and the HPA), hostNetwork endpoints and node ports all fail."));

  /** How a terraform-oci-oke rule fares in oke-net. */
  public enum Verdict {
    /** A rule oke-net resolves covers it. */
    PRESENT,
    /** oke-net writes a narrower rule on purpose. */
    NARROWED,
    /** oke-net writes nothing like it, on purpose. */
    ABSENT
  }

  /**
   * One stateful rule of terraform-oci-oke's {@code modules/network/nsg-*.tf} (defaults:
   * IPv4, stateful rules, internet access on; optional NSGs such as operator, bastion and FSS
   * included with their conditions).
   *
   * @param file the nsg-*.tf file
   * @param name the rule's key in that file
   * @param where the oke-net role whose rule set would hold it, empty for NSGs oke-net does not model
   * @param direction ingress or egress
   * @param peer the peer's target as oke-net's resolved rules name it: "nsg:workers", "0.0.0.0/0",
   *     "Oracle Services Network"
   * @param port protocol and ports
   * @param when which CNI it applies to (terraform-oci-oke creates the pods NSG only for VCN-native)
   * @param expected what oke-net does with it
   * @param reason why, unless it is present
   */
  public record TerraformRule(String file, String name, Optional<SubnetRole> where, Direction direction, String peer, Port port,
      OkeRequiredRules.When when, Verdict expected, String reason) {}

  private static final String CP = "nsg-controlplane.tf";
  private static final String WK = "nsg-workers.tf";
  private static final String PD = "nsg-pods.tf";
  private static final String PUB = "nsg-loadbalancers-pub.tf";
  private static final String INT = "nsg-loadbalancers-int.tf";
  private static final String W = ResourceKey.nsg(SubnetRole.WORKERS).toString();
  private static final String API = ResourceKey.nsg(SubnetRole.API_ENDPOINT).toString();
  private static final String PODS = ResourceKey.nsg(SubnetRole.PODS).toString();
  private static final String LB_PUB = ResourceKey.nsg(SubnetRole.PUBLIC_LOAD_BALANCERS).toString();
  private static final String LB_INT = ResourceKey.nsg(SubnetRole.INTERNAL_LOAD_BALANCERS).toString();
  private static final String OSN = "Oracle Services Network";
  private static final String ANY = "0.0.0.0/0";
  private static final OkeRequiredRules.When ALWAYS = OkeRequiredRules.When.ALWAYS;
  private static final OkeRequiredRules.When NATIVE = OkeRequiredRules.When.VCN_NATIVE;
  private static final String ICMP_NARROWED = "ICMP type 3 code 4 only, as Oracle's path discovery rows.";
  private static final String SELF_6443 = "Not in Oracle's tables, which list no rule from the API endpoint subnet to itself; "
      + "oke-net follows them.";
  private static final String NOT_MODELLED = "An optional host oke-net does not create; declare its rules as intent "
      + "(an NSG or a subnet rule, or ApiEndpoint.addAllowedClients for the API).";
  private static final String LB_TO_PODS = "The CCM's load balancers send to node ports on the workers, never to pod "
      + "addresses; terraform-oci-oke opens it for load balancers with pod backends (OCI native ingress controller), which "
      + "oke-net does not model.";
  private static final String PODS_TO_LB = "Pods reach a load balancer's listener as any client does: their egress to "
      + "0.0.0.0/0 (TCP, internetEgress) covers the LB subnets, and the listener rules admit the Service's sourceRanges.";

  /** terraform-oci-oke's stateful IPv4 NSG rules, file by file. */
  public static final List<TerraformRule> TERRAFORM_RULES = List.of(
      tf(CP, "Allow TCP egress from OKE control plane to OCI services", SubnetRole.API_ENDPOINT, Direction.EGRESS, OSN, Port.allTcp(), ALWAYS),
      tf(CP, "Allow TCP egress from OKE control plane to Kubelet on worker nodes", SubnetRole.API_ENDPOINT, Direction.EGRESS, W, Port.tcp(10250), ALWAYS),
      tf(CP, "Allow TCP ingress to OKE control plane from worker nodes", SubnetRole.API_ENDPOINT, Direction.INGRESS, W, Port.tcp(12250), ALWAYS),
      tf(CP, "Allow TCP egress from OKE control plane to worker nodes", SubnetRole.API_ENDPOINT, Direction.EGRESS, W, Port.tcp(12250), ALWAYS),
      absent(CP, "Allow TCP egress for Kubernetes control plane inter-communication", Optional.of(SubnetRole.API_ENDPOINT), Direction.EGRESS, API,
          Port.tcp(6443), ALWAYS, SELF_6443),
      absent(CP, "Allow TCP ingress for Kubernetes control plane inter-communication", Optional.of(SubnetRole.API_ENDPOINT), Direction.INGRESS, API,
          Port.tcp(6443), ALWAYS, SELF_6443),
      tf(CP, "Allow TCP ingress to kube-apiserver from worker nodes", SubnetRole.API_ENDPOINT, Direction.INGRESS, W, Port.tcp(6443), ALWAYS),
      narrowed(CP, "Allow ICMP egress for path discovery to worker nodes", SubnetRole.API_ENDPOINT, Direction.EGRESS, W, Port.allIcmp(),
          ALWAYS, ICMP_NARROWED),
      narrowed(CP, "Allow ICMP ingress for path discovery from worker nodes", SubnetRole.API_ENDPOINT, Direction.INGRESS, W, Port.allIcmp(),
          ALWAYS, ICMP_NARROWED),
      absent(CP, "Allow TCP ingress to kube-apiserver from operator instance", Optional.of(SubnetRole.API_ENDPOINT), Direction.INGRESS,
          "nsg:operator", Port.tcp(6443), ALWAYS, NOT_MODELLED),
      tf(CP, "Allow TCP ingress to kube-apiserver from pods", SubnetRole.API_ENDPOINT, Direction.INGRESS, PODS, Port.tcp(6443), NATIVE),
      tf(CP, "Allow TCP ingress to OKE control plane from pods", SubnetRole.API_ENDPOINT, Direction.INGRESS, PODS, Port.tcp(12250), NATIVE),
      tf(CP, "Allow TCP egress from OKE control plane to pods", SubnetRole.API_ENDPOINT, Direction.EGRESS, PODS, Port.allTcp(), NATIVE),
      absent(CP, "Allow TCP ingress to kube-apiserver from bastion host", Optional.of(SubnetRole.API_ENDPOINT), Direction.INGRESS,
          "nsg:bastion", Port.tcp(6443), ALWAYS, NOT_MODELLED),
      tf(CP, "Allow TCP ingress to kube-apiserver from ${allowed_cidr} (control_plane_allowed_cidrs; prod allows 192.168.0.0/16)",
          SubnetRole.API_ENDPOINT, Direction.INGRESS, ReferenceNetworks.ON_PREMISES_CIDR, Port.tcp(6443), ALWAYS),
      tf(WK, "Allow TCP egress from workers to OCI Services", SubnetRole.WORKERS, Direction.EGRESS, OSN, Port.allTcp(), ALWAYS),
      tf(WK, "Allow ALL egress from workers to other workers", SubnetRole.WORKERS, Direction.EGRESS, W, Port.all(), ALWAYS),
      tf(WK, "Allow ALL ingress to workers from other workers", SubnetRole.WORKERS, Direction.INGRESS, W, Port.all(), ALWAYS),
      tf(WK, "Allow TCP egress from workers to Kubernetes API server", SubnetRole.WORKERS, Direction.EGRESS, API, Port.tcp(6443), ALWAYS),
      tf(WK, "Allow TCP egress from workers to OKE control plane", SubnetRole.WORKERS, Direction.EGRESS, API, Port.tcp(12250), ALWAYS),
      absent(WK, "Allow TCP egress to OKE control plane from workers for health check", Optional.of(SubnetRole.WORKERS), Direction.EGRESS,
          API, Port.tcp(10250), ALWAYS, "Not in Oracle's tables; the control plane opens the kubelet connections (10250) and "
              + "stateful rules carry the replies."),
      narrowed(WK, "Allow ALL ingress to workers from Kubernetes control plane for webhooks served by workers", SubnetRole.WORKERS,
          Direction.INGRESS, API, Port.all(), ALWAYS, "TCP all, as Oracle's row (webhooks are HTTPS); ICMP 3/4 from 0.0.0.0/0 "
              + "covers path discovery. See D2."),
      narrowed(WK, "Allow ICMP egress from workers for path discovery", SubnetRole.WORKERS, Direction.EGRESS, ANY, Port.allIcmp(), ALWAYS,
          ICMP_NARROWED),
      narrowed(WK, "Allow ICMP ingress to workers for path discovery", SubnetRole.WORKERS, Direction.INGRESS, ANY, Port.allIcmp(), ALWAYS,
          ICMP_NARROWED),
      tf(WK, "Allow ALL egress from workers to pods", SubnetRole.WORKERS, Direction.EGRESS, PODS, Port.all(), NATIVE),
      tf(WK, "Allow ALL ingress to workers from pods", SubnetRole.WORKERS, Direction.INGRESS, PODS, Port.all(), NATIVE),
      narrowed(WK, "Allow ALL egress from workers to internet", SubnetRole.WORKERS, Direction.EGRESS, ANY, Port.all(), ALWAYS,
          "TCP all, as Oracle's optional worker row; UDP to the internet stays closed. See D6."),
      tf(WK, "Allow TCP ingress to workers from internal load balancers", SubnetRole.WORKERS, Direction.INGRESS, LB_INT,
          Port.NODE_PORTS_TCP, ALWAYS),
      tf(WK, "Allow UDP ingress to workers from internal load balancers", SubnetRole.WORKERS, Direction.INGRESS, LB_INT,
          Port.NODE_PORTS_UDP, ALWAYS),
      tf(WK, "Allow TCP ingress to workers for health check from internal load balancers", SubnetRole.WORKERS, Direction.INGRESS, LB_INT,
          Port.tcp(10256), ALWAYS),
      tf(WK, "Allow TCP ingress to workers from public load balancers", SubnetRole.WORKERS, Direction.INGRESS, LB_PUB,
          Port.NODE_PORTS_TCP, ALWAYS),
      tf(WK, "Allow UDP ingress to workers from public load balancers", SubnetRole.WORKERS, Direction.INGRESS, LB_PUB,
          Port.NODE_PORTS_UDP, ALWAYS),
      tf(WK, "Allow TCP ingress to workers for health check from public load balancers", SubnetRole.WORKERS, Direction.INGRESS, LB_PUB,
          Port.tcp(10256), ALWAYS),
      absent(WK, "Allow SSH ingress to workers from bastion", Optional.of(SubnetRole.WORKERS), Direction.INGRESS, "nsg:bastion", Port.SSH,
          ALWAYS, "Optional (allow_worker_ssh_access); declare it: workers(..).allowFrom(Peer.nsg(\"bastion\"), Port.SSH)."),
      absent(WK, "FSS rules: NFS portmapper TCP/UDP 111 and NFS TCP 2048-2050 / UDP 2048, to and from FSS mounts",
          Optional.of(SubnetRole.WORKERS), Direction.EGRESS, "nsg:fss", Port.tcp(111), ALWAYS,
          "File Storage is not modelled; declare the rules on an NSG if the cluster mounts FSS."),
      tf(PD, "Allow TCP egress from pods to OCI Services", SubnetRole.PODS, Direction.EGRESS, OSN, Port.allTcp(), NATIVE),
      tf(PD, "Allow ALL egress from pods to other pods", SubnetRole.PODS, Direction.EGRESS, PODS, Port.all(), NATIVE),
      tf(PD, "Allow ALL ingress to pods from other pods", SubnetRole.PODS, Direction.INGRESS, PODS, Port.all(), NATIVE),
      tf(PD, "Allow TCP egress from pods to Kubernetes API server", SubnetRole.PODS, Direction.EGRESS, API, Port.tcp(6443), NATIVE),
      tf(PD, "Allow ALL ingress to pods from Kubernetes control plane for webhooks served by pods", SubnetRole.PODS, Direction.INGRESS, API,
          Port.all(), NATIVE),
      tf(PD, "Allow ALL egress from pods for cross-node pod communication when using NodePorts or hostNetwork: true", SubnetRole.PODS,
          Direction.EGRESS, W, Port.all(), NATIVE),
      tf(PD, "Allow ALL ingress to pods for cross-node pod communication when using NodePorts or hostNetwork: true", SubnetRole.PODS,
          Direction.INGRESS, W, Port.all(), NATIVE),
      narrowed(PD, "Allow ICMP egress from pods for path discovery", SubnetRole.PODS, Direction.EGRESS, ANY, Port.allIcmp(), NATIVE,
          ICMP_NARROWED + " See D8."),
      narrowed(PD, "Allow ICMP ingress to pods for path discovery", SubnetRole.PODS, Direction.INGRESS, ANY, Port.allIcmp(), NATIVE,
          ICMP_NARROWED + " See D8."),
      absent(PD, "Allow ALL egress from pods to internal_lb", Optional.of(SubnetRole.PODS), Direction.EGRESS, LB_INT, Port.all(), NATIVE,
          PODS_TO_LB),
      absent(PD, "Allow ALL ingress from internal_lb to pods", Optional.of(SubnetRole.PODS), Direction.INGRESS, LB_INT, Port.all(), NATIVE,
          LB_TO_PODS),
      absent(PD, "Allow ALL egress from pods to pub_lb", Optional.of(SubnetRole.PODS), Direction.EGRESS, LB_PUB, Port.all(), NATIVE,
          PODS_TO_LB),
      absent(PD, "Allow ALL ingress from pub_lb to pods", Optional.of(SubnetRole.PODS), Direction.INGRESS, LB_PUB, Port.all(), NATIVE,
          LB_TO_PODS),
      narrowed(PD, "Allow ALL egress from pods to internet", SubnetRole.PODS, Direction.EGRESS, ANY, Port.all(), NATIVE,
          "TCP all (Oracle's optional pod row says TCP/443); UDP to the internet stays closed. See D6."),
      tf(PUB, "Allow TCP egress from public load balancers to workers nodes for NodePort traffic", SubnetRole.PUBLIC_LOAD_BALANCERS,
          Direction.EGRESS, W, Port.NODE_PORTS_TCP, ALWAYS),
      tf(PUB, "Allow UDP egress from public load balancers to workers nodes for NodePort traffic", SubnetRole.PUBLIC_LOAD_BALANCERS,
          Direction.EGRESS, W, Port.NODE_PORTS_UDP, ALWAYS),
      tf(PUB, "Allow TCP egress from public load balancers to worker nodes for health checks", SubnetRole.PUBLIC_LOAD_BALANCERS,
          Direction.EGRESS, W, Port.tcp(10256), ALWAYS),
      absent(PUB, "Allow ICMP egress from public load balancers to worker nodes for path discovery",
          Optional.of(SubnetRole.PUBLIC_LOAD_BALANCERS), Direction.EGRESS, W, Port.allIcmp(), ALWAYS,
          "Not in Oracle's tables (load balancer rows list node ports and 10256 only); declare it if you need it."),
      absent(PUB, "Allow all egress from public load balancers to pods", Optional.of(SubnetRole.PUBLIC_LOAD_BALANCERS), Direction.EGRESS,
          PODS, Port.all(), NATIVE, LB_TO_PODS),
      tf(INT, "Allow TCP egress from internal load balancers to workers for Node Ports", SubnetRole.INTERNAL_LOAD_BALANCERS,
          Direction.EGRESS, W, Port.NODE_PORTS_TCP, ALWAYS),
      tf(INT, "Allow UDP egress from internal load balancers to workers for Node Ports", SubnetRole.INTERNAL_LOAD_BALANCERS,
          Direction.EGRESS, W, Port.NODE_PORTS_UDP, ALWAYS),
      absent(INT, "Allow ICMP egress from internal load balancers to worker nodes for path discovery",
          Optional.of(SubnetRole.INTERNAL_LOAD_BALANCERS), Direction.EGRESS, W, Port.allIcmp(), ALWAYS,
          "Not in Oracle's tables (load balancer rows list node ports and 10256 only); declare it if you need it."),
      tf(INT, "Allow TCP egress from internal load balancers to workers for health checks", SubnetRole.INTERNAL_LOAD_BALANCERS,
          Direction.EGRESS, W, Port.tcp(10256), ALWAYS),
      absent(INT, "Allow all egress from internal load balancers to pods", Optional.of(SubnetRole.INTERNAL_LOAD_BALANCERS),
          Direction.EGRESS, PODS, Port.all(), NATIVE, LB_TO_PODS),
      absent(PUB + ", " + INT, "WAF rules (enable_waf)", Optional.empty(), Direction.INGRESS, "nsg:waf", Port.HTTPS, ALWAYS,
          "Web Application Firewall is not modelled."));

  private RequiredRulesDocument() {}

  private static TerraformRule tf(String file, String name, SubnetRole where, Direction d, String peer, Port port, OkeRequiredRules.When when) {
    return new TerraformRule(file, name, Optional.of(where), d, peer, port, when, Verdict.PRESENT, "");
  }

  private static TerraformRule narrowed(String file, String name, SubnetRole where, Direction d, String peer, Port port,
      OkeRequiredRules.When when, String reason) {
    return new TerraformRule(file, name, Optional.of(where), d, peer, port, when, Verdict.NARROWED, reason);
  }

  private static TerraformRule absent(String file, String name, Optional<SubnetRole> where, Direction d, String peer, Port port,
      OkeRequiredRules.When when, String reason) {
    return new TerraformRule(file, name, where, d, peer, port, when, Verdict.ABSENT, reason);
  }

  /** The reference networks the terraform rules are looked up in: prod for VCN-native, prod-flannel for flannel. */
  private static List<ResolvedNetwork> networksFor(OkeRequiredRules.When when) {
    List<ResolvedNetwork> out = new ArrayList<>();
    for (OkeNetwork n : List.of(ReferenceNetworks.prod(), ReferenceNetworks.prodFlannel())) {
      if (when.appliesTo(n.podNetworking().cni())) {
        out.add(n.resolve());
      }
    }
    return out;
  }

  /** Whether every reference network {@code rule} applies to resolves a rule that covers it. */
  public static boolean covered(TerraformRule rule) {
    if (rule.where().isEmpty()) {
      return false;
    }
    RuleSetKey set = ResourceKey.nsg(rule.where().get());
    return networksFor(rule.when()).stream().allMatch(net -> net.ruleSet(set).map(ResolvedRuleSet::rules).orElse(List.of()).stream()
        .anyMatch(r -> r.direction() == rule.direction() && r.peer().target().equals(rule.peer()) && rule.port().isCoveredBy(r.port())));
  }

  /** The Markdown of REQUIRED-RULES.md. */
  public static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# OKE-required security rules\n\n");
    md.append("<!-- Generated from the code by RequiredRulesDocumentTest; do not edit by hand. -->\n");
    md.append("Generated from `OkeRequiredRules` and `RequiredRulesDocument`. Do not edit by hand: change the code, then\n"
        + "regenerate with\n\n```\n").append(REGENERATE).append("\n```\n\n");
    md.append("Every rule `resolve()` writes on its own carries its sources (`ResolvedSecurityRule.sources()`): Oracle's\n"
        + "pages first, terraform-oci-oke where Oracle's tables are silent. All rules are stateful. Read:\n\n");
    md.append("- [").append(RuleSources.NRC_PAGE.substring("Oracle: ".length())).append("](").append(RuleSources.NRC_URL)
        .append(") (updated 2025-02-12), the required-rules table (\"NRC\" below)\n");
    md.append("- [").append(RuleSources.EXAMPLES_PAGE.substring("Oracle: ".length())).append("](").append(RuleSources.EXAMPLES_URL)
        .append(") (updated 2024-08-23), Examples 1-4\n");
    md.append("- [terraform-oci-oke](https://github.com/oracle-terraform-modules/terraform-oci-oke) `modules/network/nsg-*.tf` "
        + "at commit 25ef9a02 (2026-04-29)\n\n");
    md.append("Peers are roles: in NSG mode (the default) the role's NSG, in security-list mode its subnet's CIDR. A\n"
        + "row is written only when both roles exist. \"Reading\" names the disagreement between sources the row settles.\n\n");
    for (Cni cni : List.of(Cni.VCN_NATIVE, Cni.FLANNEL)) {
      md.append("## ").append(cni == Cni.VCN_NATIVE ? "VCN-native pod networking" : "Flannel overlay").append("\n\n");
      for (SubnetRole role : List.of(SubnetRole.API_ENDPOINT, SubnetRole.WORKERS, SubnetRole.PODS, SubnetRole.PUBLIC_LOAD_BALANCERS,
          SubnetRole.INTERNAL_LOAD_BALANCERS)) {
        List<OkeRequiredRules.Row> rows = OkeRequiredRules.forCni(cni).stream().filter(r -> r.where() == role).toList();
        if (rows.isEmpty()) {
          continue;
        }
        md.append("### ").append(capitalized(role.label())).append(" (`nsg:").append(role.key()).append("`)\n\n");
        md.append("| direction | peer | protocol/port | written when | description | sources | reading |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (OkeRequiredRules.Row r : rows) {
          md.append("| ").append(r.direction() == Direction.INGRESS ? "ingress from" : "egress to").append(" | ").append(r.peer())
              .append(" | ").append(r.port()).append(" | ").append(writtenWhen(r)).append(" | ").append(r.why()).append(" | ")
              .append(sources(r.sources())).append(" | ").append(r.reading().isEmpty() ? "" : "[" + r.reading() + "](#"
                  + r.reading().toLowerCase() + ")").append(" |\n");
        }
        md.append('\n');
      }
    }
    md.append("## Per intent\n\n");
    md.append("| rule | written when | sources |\n|---|---|---|\n");
    md.append("| API endpoint ingress from each client CIDR, TCP 6443 | `ApiEndpoint.addAllowedClients(..)` | ")
        .append(sources(List.of(RuleSources.NRC_API_IN_OPTIONAL, RuleSources.EX_API))).append(" |\n");
    md.append("| LB subnet ingress from each source range (else 0.0.0.0/0), each listener port | a LoadBalancer Service | ")
        .append(sources(List.of(RuleSources.NRC_LB_LISTENER))).append(" |\n");
    md.append("| workers ingress from each source range, TCP (and UDP) 30000-32767 | an NLB with externalTrafficPolicy Local, "
        + "`generatesLoadBalancerRules` | ").append(sources(List.of(RuleSources.NRC_NLB_CLIENTS))).append(" |\n\n");
    md.append("## Where the sources disagree\n\n");
    for (Disagreement d : DISAGREEMENTS) {
      md.append("### ").append(d.id()).append("\n\n**").append(d.topic()).append("**\n\n");
      md.append("- **Sources say:** ").append(d.sourcesSay()).append('\n');
      md.append("- **oke-net reads:** ").append(d.chosen()).append('\n');
      md.append("- **Why:** ").append(d.why()).append("\n\n");
    }
    md.append("## terraform-oci-oke, rule by rule\n\n");
    md.append("Each stateful IPv4 rule of `modules/network/nsg-*.tf` (internet access on, as its defaults), looked up in\n"
        + "what oke-net resolves for the same network: `prod` (VCN-native) and `prod-flannel`. \"present\" means a\n"
        + "resolved rule in the same role's NSG, same direction and peer, covers its ports (checked by the test that\n"
        + "regenerates this file).\n\n");
    md.append("| file | terraform-oci-oke rule | CNI | where | rule | oke-net | why |\n|---|---|---|---|---|---|---|\n");
    for (TerraformRule t : TERRAFORM_RULES) {
      md.append("| ").append(t.file()).append(" | ").append(t.name().replace("|", "\\|")).append(" | ")
          .append(t.when() == OkeRequiredRules.When.VCN_NATIVE ? "VCN-native" : "both").append(" | ")
          .append(t.where().map(w -> "`nsg:" + w.key() + "`").orElse("—")).append(" | ")
          .append(t.direction() == Direction.INGRESS ? "ingress from " : "egress to ").append(t.peer()).append(' ').append(t.port())
          .append(" | ").append(t.expected().name().toLowerCase()).append(" | ").append(t.reason()).append(" |\n");
    }
    return md.toString();
  }

  private static String writtenWhen(OkeRequiredRules.Row r) {
    switch (r.purpose()) {
      case INTERNET_EGRESS:
        return "`internetEgress` allows " + r.where().label() + " (default)";
      case LOAD_BALANCER:
        return "`generatesLoadBalancerRules` (default)";
      default:
        return "always";
    }
  }

  private static String sources(List<RuleSource> sources) {
    Set<String> out = new LinkedHashSet<>();
    for (RuleSource s : sources) {
      String doc = s.document().equals(RuleSources.NRC_PAGE) ? "NRC" : s.document().equals(RuleSources.EXAMPLES_PAGE) ? "Examples"
          : s.document();
      out.add("[" + doc + "](" + s.url() + "): " + s.section().replace("|", "\\|"));
    }
    return out.stream().collect(Collectors.joining("<br>"));
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
