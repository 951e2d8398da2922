package dev.okenet.reach;

import dev.okenet.Cidr;
import dev.okenet.internal.Require;
import dev.okenet.kube.Selector;
import dev.okenet.vcn.SubnetRole;
import java.util.Objects;
import java.util.Optional;

/**
 * One end of a reachability question, from a small closed vocabulary: pods, the nodes of a node
 * pool, the API endpoint, a Service, a load balancer, a subnet, a CIDR, the internet, the Oracle
 * Services Network, on-premises (through the DRG) or a peered VCN.
 *
 * <p>Each resolves to a representative address: a subnet's CIDR (pods: the pod subnet with
 * VCN-native pods, flannel's pods CIDR otherwise), the internet is {@value #INTERNET_ADDRESS}, on-premises the
 * first CIDR the DRG's attachments reach, a peered VCN the LPG's first peer CIDR. Pods run on the
 * first node pool unless {@link #inPool(String)} names another.
 *
 * <pre>{@code
 * Endpoint.pods("shop", "app=web")
 * Endpoint.pods("shop", "app=web").inPool("batch")
 * Endpoint.nodes("general")
 * Endpoint.apiEndpoint()
 * Endpoint.service("shop", "web")            // through its ClusterIP, node port or load balancer
 * Endpoint.loadBalancer("shop", "web")       // the load balancer itself (listener only)
 * Endpoint.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS)
 * Endpoint.subnet("bastion")                 // an extra subnet, by name
 * Endpoint.cidr("192.168.10.0/24")
 * Endpoint.internet()
 * Endpoint.serviceNetwork()
 * Endpoint.onPremises()
 * Endpoint.peeredVcn("shared")
 * }</pre>
 */
public final class Endpoint {
  /** The representative internet address (TEST-NET-3, documentation space). */
  public static final String INTERNET_ADDRESS = "203.0.113.10/32";

  /** What an endpoint is. */
  public enum Kind {
    /** Pods by namespace and label selector. */
    PODS,
    /** The nodes of one node pool. */
    NODES,
    /** The Kubernetes API endpoint. */
    API_ENDPOINT,
    /** A Kubernetes Service (ClusterIP from inside the cluster, else node port or load balancer). */
    SERVICE,
    /** The OCI load balancer of a LoadBalancer Service. */
    LOAD_BALANCER,
    /** A VNIC in a subnet, with the subnet's security lists and no NSG. */
    SUBNET,
    /** A CIDR block: inside a subnet, on-premises, a peer, or the internet. */
    CIDR,
    /** A public address on the internet. */
    INTERNET,
    /** All services in the Oracle Services Network. */
    SERVICE_NETWORK,
    /** On-premises, through the DRG. */
    ON_PREMISES,
    /** A VCN peered through a local peering gateway (or a DRG remote peering), by name. */
    PEERED_VCN
  }

  private static final Endpoint API = new Endpoint(Kind.API_ENDPOINT, null, null, null, null, null, null);
  private static final Endpoint INTERNET = new Endpoint(Kind.INTERNET, null, null, null, null, null, null);
  private static final Endpoint OSN = new Endpoint(Kind.SERVICE_NETWORK, null, null, null, null, null, null);
  private static final Endpoint ON_PREM = new Endpoint(Kind.ON_PREMISES, null, null, null, null, null, null);

  private final Kind kind;
  private final String namespace;
  private final String name;
  private final Selector selector;
  private final SubnetRole role;
  private final Cidr cidr;
  private final String pool;
  private final int hash;

  private Endpoint(Kind kind, String namespace, String name, Selector selector, SubnetRole role, Cidr cidr, String pool) {
    this.kind = kind;
    this.namespace = namespace;
    this.name = name;
    this.selector = selector;
    this.role = role;
    this.cidr = cidr;
    this.pool = pool;
    // Endpoints key the engine's caches: hash once, not on every question.
    this.hash = Objects.hash(kind, namespace, name, selector, role, cidr, pool);
  }

  /** Pods of {@code namespace} matching {@code selector}, e.g. "app=web" ("" for every pod). */
  public static Endpoint pods(String namespace, String selector) {
    return pods(namespace, Selector.parse(selector));
  }

  /** Pods of {@code namespace} matching {@code selector}. */
  public static Endpoint pods(String namespace, Selector selector) {
    Require.kubeName(namespace, "Pods endpoint namespace");
    Require.notNull(selector, "Endpoint.pods(namespace, selector): selector", "Give a selector, e.g. Selector.parse(\"app=web\").");
    return new Endpoint(Kind.PODS, namespace, null, selector, null, null, null);
  }

  /** The nodes of the node pool {@code pool}. */
  public static Endpoint nodes(String pool) {
    return new Endpoint(Kind.NODES, null, Require.nonBlank(pool, "Nodes endpoint pool name", "Endpoint.nodes(\"general\")"),
        null, null, null, null);
  }

  /** The Kubernetes API endpoint. */
  public static Endpoint apiEndpoint() {
    return API;
  }

  /** The Service {@code namespace/name}. */
  public static Endpoint service(String namespace, String name) {
    return new Endpoint(Kind.SERVICE, Require.kubeName(namespace, "Service endpoint namespace"),
        Require.kubeName(name, "Service endpoint name"), null, null, null, null);
  }

  /** The OCI load balancer of the LoadBalancer Service {@code namespace/name}. */
  public static Endpoint loadBalancer(String namespace, String name) {
    return new Endpoint(Kind.LOAD_BALANCER, Require.kubeName(namespace, "Load balancer endpoint namespace"),
        Require.kubeName(name, "Load balancer endpoint name"), null, null, null, null);
  }

  /** A VNIC in the subnet of {@code role}; for extra subnets use {@link #subnet(String)}. */
  public static Endpoint subnet(SubnetRole role) {
    if (role == null || role == SubnetRole.CUSTOM) {
      throw new IllegalArgumentException("Endpoint.subnet(role) needs an OKE role such as SubnetRole.WORKERS; "
          + "name an extra subnet with Endpoint.subnet(\"bastion\").");
    }
    return new Endpoint(Kind.SUBNET, null, null, null, role, null, null);
  }

  /** A VNIC in the extra subnet named {@code name}. */
  public static Endpoint subnet(String name) {
    return new Endpoint(Kind.SUBNET, null, Require.nonBlank(name, "Subnet endpoint name", "Endpoint.subnet(\"bastion\")"),
        null, SubnetRole.CUSTOM, null, null);
  }

  /** A CIDR block (IPv4), e.g. "192.168.10.0/24" or "10.0.4.7/32". */
  public static Endpoint cidr(String cidr) {
    return cidr(Cidr.of(cidr));
  }

  /** A CIDR block (IPv4). */
  public static Endpoint cidr(Cidr cidr) {
    Require.notNull(cidr, "Endpoint.cidr(cidr): cidr", "Give an IPv4 block, e.g. Cidr.of(\"10.0.4.0/22\").");
    if (!cidr.isIpv4()) {
      throw new IllegalArgumentException("Reachability answers for IPv4; " + cidr + " is IPv6. Give an IPv4 block such as 10.0.4.0/22.");
    }
    return new Endpoint(Kind.CIDR, null, null, null, null, cidr, null);
  }

  /** A public address on the internet ({@value #INTERNET_ADDRESS}). */
  public static Endpoint internet() {
    return INTERNET;
  }

  /** All services in the Oracle Services Network (Object Storage, OCIR, OKE's control plane). */
  public static Endpoint serviceNetwork() {
    return OSN;
  }

  /** On-premises: the first CIDR the DRG's attachments reach. */
  public static Endpoint onPremises() {
    return ON_PREM;
  }

  /** The VCN peered through the LPG (or the DRG remote peering attachment) named {@code name}. */
  public static Endpoint peeredVcn(String name) {
    return new Endpoint(Kind.PEERED_VCN, null, Require.nonBlank(name, "Peered VCN name", "Endpoint.peeredVcn(\"shared\")"),
        null, null, null, null);
  }

  /** For pods: a copy whose pods run on the node pool {@code pool}. */
  public Endpoint inPool(String poolName) {
    Require.nonBlank(poolName, "Endpoint.inPool(poolName): poolName", "\"general\"");
    if (kind != Kind.PODS) {
      throw new IllegalArgumentException("inPool(..) places pods on a node pool; " + this + " is not pods. Use Endpoint.pods(ns, selector).inPool(\"" + poolName + "\").");
    }
    return new Endpoint(kind, namespace, name, selector, role, cidr, poolName);
  }

  /** What it is. */
  public Kind kind() {
    return kind;
  }

  /** The namespace, for pods, services and load balancers. */
  public Optional<String> namespace() {
    return Optional.ofNullable(namespace);
  }

  /** The name: of the service, load balancer, node pool, extra subnet or peered VCN. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The label selector, for pods. */
  public Optional<Selector> selector() {
    return Optional.ofNullable(selector);
  }

  /** The subnet role, for subnets ({@link SubnetRole#CUSTOM} for extra subnets). */
  public Optional<SubnetRole> role() {
    return Optional.ofNullable(role);
  }

  /** The CIDR, for CIDR endpoints. */
  public Optional<Cidr> cidr() {
    return Optional.ofNullable(cidr);
  }

  /** The node pool: named for nodes, chosen with {@link #inPool(String)} for pods. */
  public Optional<String> pool() {
    return Optional.ofNullable(kind == Kind.NODES ? name : pool);
  }

  /** E.g. "pods shop/app=web", "nodes of general", "service shop/web", "subnet workers", "internet". */
  @Override
  public String toString() {
    switch (kind) {
      case PODS:
        return "pods " + namespace + "/" + selector + (pool == null ? "" : " on " + pool);
      case NODES:
        return "nodes of " + name;
      case API_ENDPOINT:
        return "API endpoint";
      case SERVICE:
        return "service " + namespace + "/" + name;
      case LOAD_BALANCER:
        return "load balancer " + namespace + "/" + name;
      case SUBNET:
        return "subnet " + (role == SubnetRole.CUSTOM ? name : role.key());
      case CIDR:
        return cidr.toString();
      case INTERNET:
        return "internet";
      case SERVICE_NETWORK:
        return "Oracle Services Network";
      case ON_PREMISES:
        return "on-premises";
      default:
        return "peered VCN " + name;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Endpoint)) {
      return false;
    }
    Endpoint e = (Endpoint) o;
    return kind == e.kind && Objects.equals(namespace, e.namespace) && Objects.equals(name, e.name)
        && Objects.equals(selector, e.selector) && role == e.role && Objects.equals(cidr, e.cidr) && Objects.equals(pool, e.pool);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
