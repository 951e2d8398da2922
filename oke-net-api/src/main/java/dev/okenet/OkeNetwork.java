package dev.okenet;

import dev.okenet.check.CapacityReport;
import dev.okenet.check.Report;
import dev.okenet.check.Rule;
import dev.okenet.check.Validator;
import dev.okenet.cluster.Cluster;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.internal.Require;
import dev.okenet.internal.resolve.Resolver;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.Service;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.InternetEgress;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import dev.okenet.vcn.Vcn;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The whole network of an OKE cluster, as intent: the VCN, subnets by role, gateways, peering,
 * pod networking, node pools, and the Kubernetes Services, Ingresses and NetworkPolicies that
 * depend on it. An immutable value; {@link #resolve()} derives the concrete network.
 *
 * <p>Only {@code name}, {@code compartmentId} and the VCN are required: the smallest network is a
 * working cluster network, with a private API endpoint subnet, workers and (VCN-native) pods
 * subnets carved out of the VCN at their default sizes ({@code Subnet.DEFAULT_*_PREFIX_LENGTH}),
 * an internet, a NAT and a service gateway, and an enhanced cluster with a private endpoint. Every
 * default is a public constant or documented on its attribute.
 *
 * <pre>{@code
 * OkeNetwork smallest = OkeNetwork.builder()
 *     .name("dev")
 *     .compartmentId("ocid1.compartment.oc1..aaaaaaaaexample")
 *     .vcn(Vcn.of(Vcn.DEFAULT_CIDR))
 *     .build();
 *
 * OkeNetwork prod = OkeNetwork.builder()
 *     .name("prod")
 *     .compartmentId("ocid1.compartment.oc1..aaaaaaaaexample")
 *     .vcn(Vcn.of("10.0.0.0/16").withDnsLabel("prod"))
 *     .workers(Subnet.privateSubnet(22))
 *     .pods(Subnet.privateSubnet(19))
 *     .publicLoadBalancers(Subnet.publicSubnet(24))
 *     .addNodePool(NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 3, 12))
 *     .addService(Service.loadBalancer("shop", "web").addPort(443, 8443).withNetworkLoadBalancer())
 *     .build();
 * ResolvedNetwork net = prod.resolve();
 * }</pre>
 */
@Value.Immutable
public abstract class OkeNetwork {
  /** The region used when none is given. */
  public static final String DEFAULT_REGION = "us-ashburn-1";
  /** The gateways of a network that names none: internet, NAT, and a service gateway to all Oracle services. */
  public static final Gateways DEFAULT_GATEWAYS = Gateways.internet().withNat().withServiceGateway();
  /** The workers subnet of a network that names none: private, a /{@value Subnet#DEFAULT_WORKERS_PREFIX_LENGTH}. */
  public static final Subnet DEFAULT_WORKERS = Subnet.privateSubnet(Subnet.DEFAULT_WORKERS_PREFIX_LENGTH);
  /** The pods subnet of a VCN-native network that names none: private, a /{@value Subnet#DEFAULT_PODS_PREFIX_LENGTH}. */
  public static final Subnet DEFAULT_PODS = Subnet.privateSubnet(Subnet.DEFAULT_PODS_PREFIX_LENGTH);

  /** The network's name: it names resources and tags what oke-net owns. */
  public abstract String name();

  /** The compartment everything is created in. */
  public abstract String compartmentId();

  /** The OCI region, e.g. "us-ashburn-1". */
  @Value.Default
  public String region() {
    return DEFAULT_REGION;
  }

  /** The VCN. */
  public abstract Vcn vcn();

  /** How pods get addresses; VCN-native by default. */
  @Value.Default
  public PodNetworking podNetworking() {
    return PodNetworking.vcnNative();
  }

  /** The cluster's network settings; {@link Cluster#defaults()} when not given. */
  @Value.Default
  public Cluster cluster() {
    return Cluster.defaults();
  }

  /**
   * The API endpoint subnet. When not given, a /{@value Subnet#DEFAULT_API_ENDPOINT_PREFIX_LENGTH}
   * that is public exactly when the cluster's endpoint is ({@code cluster().endpoint()} is the one
   * place that sets the API's access); a private subnet for a public endpoint is refused.
   */
  @Value.Default
  public Subnet apiEndpoint() {
    return cluster().endpoint().isPublic()
        ? Subnet.publicSubnet(Subnet.DEFAULT_API_ENDPOINT_PREFIX_LENGTH) : Subnet.privateSubnet(Subnet.DEFAULT_API_ENDPOINT_PREFIX_LENGTH);
  }

  /** The worker nodes' subnet; {@link #DEFAULT_WORKERS} when not given. */
  @Value.Default
  public Subnet workers() {
    return DEFAULT_WORKERS;
  }

  /**
   * The pods' subnet, VCN-native only: when not given, {@link #DEFAULT_PODS} with VCN-native pods
   * and none with flannel. A network derived from a VCN-native one (through {@code toBuilder()})
   * keeps its pods subnet: clear it with {@code pods(Optional.empty())} when switching to flannel.
   */
  @Value.Default
  public Optional<Subnet> pods() {
    return podNetworking().isVcnNative() ? Optional.of(DEFAULT_PODS) : Optional.empty();
  }

  /** The subnet for public load balancers. */
  public abstract Optional<Subnet> publicLoadBalancers();

  /** The subnet for internal load balancers. */
  public abstract Optional<Subnet> internalLoadBalancers();

  /** Further subnets (bastion, database ...), each with a name. */
  public abstract List<Subnet> extraSubnets();

  /** Internet, NAT and service gateways; {@link #DEFAULT_GATEWAYS} (all three) when not given. */
  @Value.Default
  public Gateways gateways() {
    return DEFAULT_GATEWAYS;
  }

  /** The DRG and what it connects, if any. */
  public abstract Optional<Drg> drg();

  /** Local peering gateways. */
  public abstract List<LocalPeering> localPeerings();

  /** Custom NSGs. */
  public abstract List<Nsg> nsgs();

  /** Where generated rules live: NSGs (default) or security lists. */
  @Value.Default
  public SecurityEnforcement securityEnforcement() {
    return SecurityEnforcement.NSG;
  }

  /**
   * Whether the network carries the load balancer ↔ worker node-port and health-check rules
   * (default true). Turn off only when something else (the CCM in "SL-All" or "NSG" mode) writes
   * them for every Service.
   */
  @Value.Default
  public boolean generatesLoadBalancerRules() {
    return true;
  }

  /**
   * Whether {@code resolve()} writes the rules and routes oke-net knows a cluster needs (default
   * true): the OKE-required security rules, kubectl client rules, load balancer rules, the mirror
   * side of connection intents, and each subnet's gateway, DRG and LPG routes. Set it false for a
   * network whose rules and routes are kept exactly as declared, e.g. one imported from a live VCN
   * ({@code dev.okenet.adopt}): then every rule set holds only its declared rules and every route
   * table only its subnet's {@code extraRouteRules}.
   *
   * <pre>{@code
   * OkeNetwork.builder() ... .generatesOkeRules(false).build();   // rules as found, none added
   * }</pre>
   */
  @Value.Default
  public boolean generatesOkeRules() {
    return true;
  }

  /**
   * Which parts of the cluster may open connections to the internet; by default workers and
   * (VCN-native) pods, as terraform-oci-oke does, so images from registries other than OCIR pull.
   * With {@link InternetEgress#NONE} only OCIR and Oracle services (service gateway) stay reachable;
   * {@code validate()} notes it (OKE-NET-010).
   *
   * <pre>{@code
   * OkeNetwork.builder() ... .internetEgress(InternetEgress.NONE).build();   // air-gapped
   * }</pre>
   */
  @Value.Default
  public InternetEgress internetEgress() {
    return InternetEgress.WORKERS_AND_PODS;
  }

  /** The node pools. */
  public abstract List<NodePool> nodePools();

  /** The Kubernetes Services. */
  public abstract List<Service> services();

  /** The Ingresses. */
  public abstract List<Ingress> ingresses();

  /** The NetworkPolicies. */
  public abstract List<NetworkPolicy> policies();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with this network, to derive a variant. */
  public Builder toBuilder() {
    return (Builder) new Builder().from(this);
  }

  /**
   * The concrete network: carved CIDRs, route tables, OKE-required rules. Deterministic and pure.
   *
   * @throws NetworkResolutionException when subnets do not fit in the VCN (validate() reports
   *     the same as a finding, with sizes)
   */
  public ResolvedNetwork resolve() {
    return Resolver.resolve(this);
  }

  /**
   * Checks the network against the built-in rule catalog (see {@code oke-net-api/RULES.md}): pod IP
   * exhaustion, services that never get an address, policies nobody enforces, and more. Never
   * throws; every problem is a finding.
   */
  public Report validate() {
    return Validator.standard().validate(this);
  }

  /** Checks the network against the built-in catalog plus {@code extraRules} (e.g. a company's conventions). */
  public Report validate(Rule... extraRules) {
    Require.elements(extraRules, "OkeNetwork.validate(extraRules)", "extraRules", "Give the extra rules, e.g. Rule.of(doc, check).");
    return Validator.standard().withRules(extraRules).validate(this);
  }

  /** Address supply and demand per subnet (and the flannel node cap): the numbers behind the OKE-IP-* findings. */
  public CapacityReport capacity() {
    return Validator.standard().capacity(this);
  }

  /** The role subnets present, in carving order (API, workers, pods, LBs). */
  public Map<SubnetRole, Subnet> roleSubnets() {
    Map<SubnetRole, Subnet> m = new LinkedHashMap<>();
    m.put(SubnetRole.API_ENDPOINT, apiEndpoint());
    m.put(SubnetRole.WORKERS, workers());
    pods().ifPresent(s -> m.put(SubnetRole.PODS, s));
    publicLoadBalancers().ifPresent(s -> m.put(SubnetRole.PUBLIC_LOAD_BALANCERS, s));
    internalLoadBalancers().ifPresent(s -> m.put(SubnetRole.INTERNAL_LOAD_BALANCERS, s));
    return m;
  }

  /** The service {@code namespace/name}, if declared. */
  public Optional<Service> service(String namespace, String name) {
    Require.notNull(namespace, "OkeNetwork.service(namespace, name): namespace", "Give the Service's namespace, e.g. \"shop\".");
    Require.notNull(name, "OkeNetwork.service(namespace, name): name", "Give the Service's name, e.g. \"web\".");
    return services().stream().filter(s -> s.namespace().equals(namespace) && s.name().equals(name)).findFirst();
  }

  @Value.Check
  void check() {
    Require.nonBlank(name(), "OkeNetwork name", "\"prod\"");
    if (!name().matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException(
          "OkeNetwork name '" + name() + "' must start with a lower-case letter and hold at most 32 lower-case letters, digits or '-': "
              + "it becomes part of display names and the okenet.network tag. Try \"" + name().toLowerCase().replaceAll("[^a-z0-9-]", "-") + "\".");
    }
    Require.ocid(compartmentId(), "OkeNetwork compartmentId", "compartment");
    if (!region().matches("[a-z]+-[a-z]+-\\d+")) {
      throw new IllegalArgumentException("Region '" + region() + "' is not an OCI region identifier. Use e.g. \"" + DEFAULT_REGION + "\".");
    }
    if (cluster().endpoint().isPublic() && !apiEndpoint().isPublic()) {
      // OKE gives a public endpoint a public IP from its subnet: in a private subnet the cluster cannot be created.
      throw new IllegalArgumentException("OkeNetwork '" + name() + "': the cluster's API endpoint is public but the API endpoint subnet "
          + apiEndpoint().sizeText() + " is private, and OKE gives a public endpoint a public IP from its subnet. The endpoint "
          + "(Cluster.withEndpoint(..)) decides the API's access: leave apiEndpoint(..) out to get a matching subnet, or give "
          + "apiEndpoint(Subnet.publicSubnet(" + apiEndpoint().prefixLength().orElse(Subnet.DEFAULT_API_ENDPOINT_PREFIX_LENGTH)
          + ")), or keep the subnet and use ApiEndpoint.privateEndpoint().");
    }
    Set<String> names = new HashSet<>();
    for (Subnet s : extraSubnets()) {
      String n = s.name().orElseThrow(() -> new IllegalArgumentException(
          "An extra subnet has no name. Name it, e.g. Subnet.publicSubnet(29).withName(\"bastion\")."));
      if (!names.add(n)) {
        throw new IllegalArgumentException("Two extra subnets are named '" + n + "'. Give each a distinct name.");
      }
    }
    unique(nodePools().stream().map(NodePool::name).toList(), "node pools", "name");
    unique(services().stream().map(s -> s.ref().toString()).toList(), "services", "namespace/name");
    unique(nsgs().stream().map(Nsg::name).toList(), "NSGs", "name");
    unique(localPeerings().stream().map(LocalPeering::name).toList(), "local peerings", "name");
    unique(policies().stream().map(p -> p.namespace() + "/" + p.name()).toList(), "network policies", "namespace/name");
  }

  private static void unique(List<String> names, String what, String by) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException("Two " + what + " share the " + by + " '" + n + "'. Give each a distinct " + by + ".");
      }
    }
  }

  /**
   * Builds {@link OkeNetwork}s: one setter per attribute ({@code .workers(Subnet.privateSubnet(22))}),
   * {@code add*} for list attributes ({@code .addNodePool(..)}); {@code build()} checks the whole.
   */
  public static class Builder extends ImmutableOkeNetwork.Builder {}
}
