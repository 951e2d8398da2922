package dev.okenet.reach;

import dev.okenet.vcn.Cidr;
import dev.okenet.internal.Require;
import dev.okenet.kube.Selector;
import dev.okenet.vcn.SubnetRole;
import java.util.Optional;

/**
 * One end of a reachability question, from a small closed vocabulary: pods, the nodes of a node
 * pool, the API endpoint, a Service, a load balancer, a subnet, a CIDR, the internet, the Oracle
 * Services Network, on-premises (through the DRG) or a peered VCN. A sealed interface of records:
 * each kind carries exactly what names it.
 *
 * <p>Each resolves to a representative address: a subnet's CIDR (pods: the pod subnet with
 * VCN-native pods, flannel's pods CIDR otherwise), the internet is {@value #INTERNET_ADDRESS}, on-premises the
 * first CIDR the DRG's attachments reach, a peered VCN the LPG's first peer CIDR. Pods run on the
 * first node pool unless {@link Pods#withPool(String)} names another.
 *
 * <pre>{@code
 * Endpoint.pods("shop", "app=web")
 * Endpoint.pods("shop", "app=web").withPool("batch")
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
public sealed interface Endpoint permits Endpoint.Pods, Endpoint.Nodes, Endpoint.KubernetesApi, Endpoint.KubeService,
    Endpoint.LoadBalancer, Endpoint.RoleSubnet, Endpoint.ExtraSubnet, Endpoint.CidrBlock, Endpoint.Internet,
    Endpoint.ServiceNetwork, Endpoint.OnPremises, Endpoint.PeeredVcn {
  /** The representative internet address (TEST-NET-3, documentation space). */
  String INTERNET_ADDRESS = "203.0.113.10/32";

  /** What an endpoint is: for {@code switch} statements. */
  enum Kind {
    /** Pods by namespace and label selector: {@link Pods}. */
    PODS,
    /** The nodes of one node pool: {@link Nodes}. */
    NODES,
    /** The Kubernetes API endpoint: {@link KubernetesApi}. */
    API_ENDPOINT,
    /** A Kubernetes Service (ClusterIP from inside the cluster, else node port or load balancer): {@link KubeService}. */
    SERVICE,
    /** The OCI load balancer of a LoadBalancer Service: {@link LoadBalancer}. */
    LOAD_BALANCER,
    /** A VNIC in a subnet, with the subnet's security lists and no NSG: {@link RoleSubnet} or {@link ExtraSubnet}. */
    SUBNET,
    /** A CIDR block: inside a subnet, on-premises, a peer, or the internet: {@link CidrBlock}. */
    CIDR,
    /** A public address on the internet: {@link Internet}. */
    INTERNET,
    /** All services in the Oracle Services Network: {@link ServiceNetwork}. */
    SERVICE_NETWORK,
    /** On-premises, through the DRG: {@link OnPremises}. */
    ON_PREMISES,
    /** A VCN peered through a local peering gateway (or a DRG remote peering), by name: {@link PeeredVcn}. */
    PEERED_VCN
  }

  /** What it is. */
  Kind kind();

  /** Pods of {@code namespace} matching {@code selector}, e.g. "app=web" ("" for every pod). */
  static Pods pods(String namespace, String selector) {
    return pods(namespace, Selector.parse(selector));
  }

  /** Pods of {@code namespace} matching {@code selector}. */
  static Pods pods(String namespace, Selector selector) {
    return new Pods(namespace, selector, Optional.empty());
  }

  /** The nodes of the node pool {@code pool}. */
  static Nodes nodes(String pool) {
    return new Nodes(pool);
  }

  /** The Kubernetes API endpoint. */
  static KubernetesApi apiEndpoint() {
    return new KubernetesApi();
  }

  /** The Service {@code namespace/name}. */
  static KubeService service(String namespace, String name) {
    return new KubeService(namespace, name);
  }

  /** The OCI load balancer of the LoadBalancer Service {@code namespace/name}. */
  static LoadBalancer loadBalancer(String namespace, String name) {
    return new LoadBalancer(namespace, name);
  }

  /** A VNIC in the subnet of {@code role}; for extra subnets use {@link #subnet(String)}. */
  static RoleSubnet subnet(SubnetRole role) {
    return new RoleSubnet(role);
  }

  /** A VNIC in the extra subnet named {@code name}. */
  static ExtraSubnet subnet(String name) {
    return new ExtraSubnet(name);
  }

  /** A CIDR block (IPv4), e.g. "192.168.10.0/24" or "10.0.4.7/32". */
  static CidrBlock cidr(String cidr) {
    return cidr(Cidr.of(cidr));
  }

  /** A CIDR block (IPv4). */
  static CidrBlock cidr(Cidr cidr) {
    return new CidrBlock(cidr);
  }

  /** A public address on the internet ({@value #INTERNET_ADDRESS}). */
  static Internet internet() {
    return new Internet();
  }

  /** All services in the Oracle Services Network (Object Storage, OCIR, OKE's control plane). */
  static ServiceNetwork serviceNetwork() {
    return new ServiceNetwork();
  }

  /** On-premises: the first CIDR the DRG's attachments reach. */
  static OnPremises onPremises() {
    return new OnPremises();
  }

  /** The VCN peered through the LPG (or the DRG remote peering attachment) named {@code name}. */
  static PeeredVcn peeredVcn(String name) {
    return new PeeredVcn(name);
  }

  /**
   * Pods of a namespace matching a selector, on the first node pool or the one named.
   *
   * @param namespace the namespace
   * @param selector the pods' labels
   * @param pool the node pool they run on; empty for the first
   */
  record Pods(String namespace, Selector selector, Optional<String> pool) implements Endpoint {
    /** Checks the namespace, selector and pool. */
    public Pods {
      Require.kubeName(namespace, "Pods endpoint namespace");
      Require.notNull(selector, "Endpoint.pods(namespace, selector): selector", "Give a selector, e.g. Selector.parse(\"app=web\").");
      Require.notNull(pool, "Endpoint.Pods(namespace, selector, pool): pool", "Give Optional.empty() for the first node pool.");
      pool.ifPresent(p -> Require.nonBlank(p, "Endpoint.pods(..).withPool(pool): pool", "\"general\""));
    }

    /** A copy whose pods run on the node pool {@code pool}. */
    public Pods withPool(String pool) {
      return new Pods(namespace, selector, Optional.of(Require.nonBlank(pool, "Endpoint.pods(..).withPool(pool): pool", "\"general\"")));
    }

    @Override
    public Kind kind() {
      return Kind.PODS;
    }

    /** E.g. "pods shop/app=web", "pods shop/app=web on batch". */
    @Override
    public String toString() {
      return "pods " + namespace + "/" + selector + pool.map(p -> " on " + p).orElse("");
    }
  }

  /**
   * The nodes of a node pool.
   *
   * @param pool the node pool's name
   */
  record Nodes(String pool) implements Endpoint {
    /** Checks the name. */
    public Nodes {
      Require.nonBlank(pool, "Nodes endpoint pool name", "Endpoint.nodes(\"general\")");
    }

    @Override
    public Kind kind() {
      return Kind.NODES;
    }

    /** E.g. "nodes of general". */
    @Override
    public String toString() {
      return "nodes of " + pool;
    }
  }

  /** The Kubernetes API endpoint. */
  record KubernetesApi() implements Endpoint {
    @Override
    public Kind kind() {
      return Kind.API_ENDPOINT;
    }

    /** "API endpoint". */
    @Override
    public String toString() {
      return "API endpoint";
    }
  }

  /**
   * A Kubernetes Service.
   *
   * @param namespace its namespace
   * @param name its name
   */
  record KubeService(String namespace, String name) implements Endpoint {
    /** Checks the names. */
    public KubeService {
      Require.kubeName(namespace, "Service endpoint namespace");
      Require.kubeName(name, "Service endpoint name");
    }

    @Override
    public Kind kind() {
      return Kind.SERVICE;
    }

    /** E.g. "service shop/web". */
    @Override
    public String toString() {
      return "service " + namespace + "/" + name;
    }
  }

  /**
   * The OCI load balancer of a LoadBalancer Service.
   *
   * @param namespace the Service's namespace
   * @param name the Service's name
   */
  record LoadBalancer(String namespace, String name) implements Endpoint {
    /** Checks the names. */
    public LoadBalancer {
      Require.kubeName(namespace, "Load balancer endpoint namespace");
      Require.kubeName(name, "Load balancer endpoint name");
    }

    @Override
    public Kind kind() {
      return Kind.LOAD_BALANCER;
    }

    /** E.g. "load balancer shop/web". */
    @Override
    public String toString() {
      return "load balancer " + namespace + "/" + name;
    }
  }

  /**
   * A VNIC in the subnet of an OKE role.
   *
   * @param role the role (not {@link SubnetRole#CUSTOM}: name an extra subnet with {@link ExtraSubnet})
   */
  record RoleSubnet(SubnetRole role) implements Endpoint {
    /** Checks the role is an OKE role. */
    public RoleSubnet {
      if (role == null || role == SubnetRole.CUSTOM) {
        throw new IllegalArgumentException("Endpoint.subnet(role) needs an OKE role such as SubnetRole.WORKERS; "
            + "name an extra subnet with Endpoint.subnet(\"bastion\").");
      }
    }

    @Override
    public Kind kind() {
      return Kind.SUBNET;
    }

    /** E.g. "subnet workers". */
    @Override
    public String toString() {
      return "subnet " + role.key();
    }
  }

  /**
   * A VNIC in an extra subnet.
   *
   * @param name the extra subnet's name
   */
  record ExtraSubnet(String name) implements Endpoint {
    /** Checks the name. */
    public ExtraSubnet {
      Require.nonBlank(name, "Subnet endpoint name", "Endpoint.subnet(\"bastion\")");
    }

    @Override
    public Kind kind() {
      return Kind.SUBNET;
    }

    /** E.g. "subnet bastion". */
    @Override
    public String toString() {
      return "subnet " + name;
    }
  }

  /**
   * A CIDR block (IPv4).
   *
   * @param cidr the block
   */
  record CidrBlock(Cidr cidr) implements Endpoint {
    /** Checks the block is given and IPv4. */
    public CidrBlock {
      Require.notNull(cidr, "Endpoint.cidr(cidr): cidr", "Give an IPv4 block, e.g. Cidr.of(\"10.0.4.0/22\").");
      if (!cidr.isIpv4()) {
        throw new IllegalArgumentException("Reachability answers for IPv4; " + cidr + " is IPv6. Give an IPv4 block such as 10.0.4.0/22.");
      }
    }

    @Override
    public Kind kind() {
      return Kind.CIDR;
    }

    /** The CIDR. */
    @Override
    public String toString() {
      return cidr.toString();
    }
  }

  /** A public address on the internet ({@value Endpoint#INTERNET_ADDRESS}). */
  record Internet() implements Endpoint {
    @Override
    public Kind kind() {
      return Kind.INTERNET;
    }

    /** "internet". */
    @Override
    public String toString() {
      return "internet";
    }
  }

  /** All services in the Oracle Services Network. */
  record ServiceNetwork() implements Endpoint {
    @Override
    public Kind kind() {
      return Kind.SERVICE_NETWORK;
    }

    /** "Oracle Services Network". */
    @Override
    public String toString() {
      return "Oracle Services Network";
    }
  }

  /** On-premises, through the DRG. */
  record OnPremises() implements Endpoint {
    @Override
    public Kind kind() {
      return Kind.ON_PREMISES;
    }

    /** "on-premises". */
    @Override
    public String toString() {
      return "on-premises";
    }
  }

  /**
   * A VCN peered through a local peering gateway or a DRG remote peering attachment.
   *
   * @param name the LPG's or attachment's name
   */
  record PeeredVcn(String name) implements Endpoint {
    /** Checks the name. */
    public PeeredVcn {
      Require.nonBlank(name, "Peered VCN name", "Endpoint.peeredVcn(\"shared\")");
    }

    @Override
    public Kind kind() {
      return Kind.PEERED_VCN;
    }

    /** E.g. "peered VCN shared". */
    @Override
    public String toString() {
      return "peered VCN " + name;
    }
  }
}
