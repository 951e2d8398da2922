package dev.okenet.render.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The model I/O schema, version {@value #VERSION}: plain records that Jackson maps one to one onto
 * JSON and YAML objects. It is written for people and for tools in other languages, not derived
 * from the model's implementation classes: every field is optional unless the model requires it,
 * absent fields take the model's defaults, ports and rule peers are the model's own short texts
 * ("TCP 443", "workers", "nsg bastion"), enums are their constant names. Changing a name here
 * changes the published format: add fields, never rename them.
 *
 * <pre>{@code
 * Schema.Network doc = ToSchema.of(prod);
 * doc.subnets().workers().prefixLength();   // 22
 * }</pre>
 */
public final class Schema {
  /** The schema version written into every document. */
  public static final int VERSION = 1;

  private Schema() {}

  /** The whole network. */
  public record Network(Integer schemaVersion, String name, String compartmentId, String region, Vcn vcn,
      PodNetworking podNetworking, Cluster cluster, Subnets subnets, List<Subnet> extraSubnets, Gateways gateways,
      Drg drg, List<LocalPeering> localPeerings, List<RuleSet> nsgs, String securityEnforcement,
      Boolean generatesLoadBalancerRules, Boolean generatesOkeRules, String internetEgress, List<NodePool> nodePools, List<Service> services, List<Ingress> ingresses,
      List<Policy> policies) {}

  /** The VCN: CIDR blocks, optional IPv6 prefix, DNS label, or an existing VCN's OCID. */
  public record Vcn(List<String> cidrs, String ipv6Cidr, String dnsLabel, String existingId) {}

  /** VCN_NATIVE, or FLANNEL with its pods CIDR. */
  public record PodNetworking(String cni, String podsCidr) {}

  /** Cluster settings. */
  public record Cluster(String type, String kubernetesVersion, Endpoint endpoint, String servicesCidr,
      String policyEngine, String existingId) {}

  /** The API endpoint. */
  public record Endpoint(@JsonProperty("public") Boolean isPublic, List<String> allowedClients) {}

  /** The role subnets. */
  public record Subnets(Subnet apiEndpoint, Subnet workers, Subnet pods, Subnet publicLoadBalancers,
      Subnet internalLoadBalancers) {}

  /** One subnet; {@code name} is required for extra subnets only. */
  public record Subnet(String name, @JsonProperty("public") Boolean isPublic, String cidr, Integer prefixLength,
      String dnsLabel, String existingId, List<Route> routeRules, List<Rule> securityRules, List<RuleSet> securityLists) {}

  /** A route rule: a CIDR or "Oracle Services Network", to "internet gateway", "NAT gateway", "service gateway", "DRG" or "LPG name". */
  public record Route(String destination, String target, String description) {}

  /** A security rule: INGRESS or EGRESS, a peer text, a port text, stateful (default true), description. */
  public record Rule(String direction, String peer, String port, Boolean stateful, String description) {}

  /** A named list of rules: an NSG or a security list. */
  public record RuleSet(String name, List<Rule> rules) {}

  /** Gateways: internet yes/no, the NAT gateway if any, the service gateway's scope if any. */
  public record Gateways(Boolean internet, Nat nat, String serviceGateway) {}

  /** NAT gateway options. */
  public record Nat(String reservedPublicIpId, Boolean blocksTraffic) {}

  /** The DRG. */
  public record Drg(String existingId, List<DrgAttachment> attachments) {}

  /** An IPSEC_VPN, FASTCONNECT (both with resourceId) or REMOTE_PEERING (with peerRegion, and the peer RPC as optional resourceId) attachment. */
  public record DrgAttachment(String name, String kind, String resourceId, String peerRegion, List<String> reachableCidrs) {}

  /** A local peering gateway. */
  public record LocalPeering(String name, List<String> peerCidrs, String peerGatewayId) {}

  /** A node pool. */
  public record NodePool(String name, Shape shape, Integer minNodes, Integer maxNodes, Integer maxPodsPerNode,
      Integer surge, List<String> nsgs, List<String> podNsgs) {}

  /** A shape: flexible with {@code ocpus}, or fixed with {@code vnics} (or from the built-in table). */
  public record Shape(String name, Integer ocpus, Integer vnics) {}

  /** A Kubernetes Service; {@code "selector": ""} selects every pod (and differs from the default {@code app=<name>}). */
  public record Service(String namespace, String name, String type, @JsonInclude(JsonInclude.Include.NON_NULL) String selector,
      List<ServicePort> ports,
      LoadBalancer loadBalancer) {}

  /** A Service port. */
  public record ServicePort(Integer port, Integer targetPort, String protocol, Integer nodePort) {}

  /** A LoadBalancer Service's options. */
  public record LoadBalancer(String kind, Boolean internal, String shape, Integer minMbps, Integer maxMbps,
      List<Integer> tlsPorts, String tlsSecret, List<String> sourceRanges, String externalTrafficPolicy,
      String securityRuleManagement, List<String> nsgs, String backendProtocol, Integer healthCheckNodePort,
      String backendPolicy) {}

  /** An Ingress; {@code exposedBy} and backends are "namespace/name". */
  public record Ingress(String className, String exposedBy, List<IngressRule> rules, List<IngressTls> tls) {}

  /** An Ingress rule. */
  public record IngressRule(String host, String path, String backend, Integer port) {}

  /** Ingress TLS. */
  public record IngressTls(String secretName, List<String> hosts) {}

  /** A NetworkPolicy: DEFAULT_DENY with the denied directions, or ALLOW from → to on ports. */
  public record Policy(String namespace, String name, String kind, Boolean deniesIngress, Boolean deniesEgress,
      PolicyPeer from, PolicyPeer to, List<String> ports) {}

  /**
   * One side of an allow: {@code {"pods": "app=web"}} (in the policy's namespace),
   * {@code {"namespace": "kube-system", "pods": "k8s-app=kube-dns"}}, {@code {"namespace": "x"}}
   * (every pod of it), or {@code {"cidr": "10.0.0.0/8"}}. {@code "pods": ""} selects all pods.
   */
  public record PolicyPeer(String namespace, @JsonInclude(JsonInclude.Include.NON_NULL) String pods, String cidr) {}
}
