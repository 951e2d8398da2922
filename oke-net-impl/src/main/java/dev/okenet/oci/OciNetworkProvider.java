package dev.okenet.oci;

import dev.okenet.internal.Require;
import com.oracle.bmc.ClientConfiguration;
import com.oracle.bmc.ConfigFileReader;
import com.oracle.bmc.Region;
import com.oracle.bmc.auth.AbstractAuthenticationDetailsProvider;
import com.oracle.bmc.auth.ConfigFileAuthenticationDetailsProvider;
import com.oracle.bmc.auth.InstancePrincipalsAuthenticationDetailsProvider;
import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.ContainerEngineClient;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.VirtualNetworkClient;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerClient;
import com.oracle.bmc.retrier.RetryConfiguration;
import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.internal.apply.Applier;
import dev.okenet.oci.internal.cloud.Binding;
import dev.okenet.oci.internal.cloud.Calls;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.Handlers;
import dev.okenet.oci.internal.cloud.Inventory;
import dev.okenet.oci.internal.cloud.OracleServices;
import dev.okenet.oci.internal.cloud.Refs;
import dev.okenet.oci.internal.cluster.ClusterHandler;
import dev.okenet.oci.internal.cluster.ClusterMapper;
import dev.okenet.oci.internal.cluster.NodePoolHandler;
import dev.okenet.oci.internal.diagnose.Diagnosis;
import dev.okenet.oci.internal.nlb.IngressNlbHandler;
import dev.okenet.oci.internal.graph.DesiredGraph;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.oci.internal.plan.Differ;
import dev.okenet.oci.internal.plan.PlannedChange;
import dev.okenet.oci.internal.plan.PlannedWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Plans, applies and destroys an OKE network on OCI through the OCI Java SDK. Stateless: what it
 * owns carries the freeform tags {@code okenet.network} and {@code okenet.key}, so any instance —
 * a fresh process after a crash included — plans against what exists and converges, and nothing
 * without both tags is ever changed.
 *
 * <pre>{@code
 * OciNetworkProvider provider = OciNetworkProvider.builder()
 *     .virtualNetwork(vn)                 // any VirtualNetwork: a VirtualNetworkClient or FakeOci's
 *     .containerEngine(ce)                // or .networkOnly(true) to leave the cluster to you
 *     .networkLoadBalancer(nlb)
 *     .parallelism(10)
 *     .listener(e -> log.info("{}", e))
 *     .build();
 * ResolvedNetwork net = ReferenceNetworks.prod().resolve();
 * Plan plan = provider.plan(net);
 * System.out.println(plan.render());
 * ApplyResult result = provider.apply(plan);
 * provider.destroy(net);                  // everything the network owns, nothing else
 * }</pre>
 *
 * <p>Scope: the provider manages the network (VCN, gateways, DRG with its VCN attachment and remote
 * peering connections, LPGs and their connection to a known peer, route tables, security lists,
 * the default security list, NSGs and their rules, subnets), the OKE cluster and its node pools,
 * and, when asked ({@link Builder#ingressLoadBalancers(boolean)}), a public NLB in front of each
 * ingress controller. With {@link Builder#networkOnly(boolean)} it leaves the cluster and node
 * pools alone and {@link #networkOnly(ResolvedNetwork)} hands out their requests instead.
 * Resources the model references by OCID (an existing VCN, DRG, subnet or cluster) are read, never
 * changed. {@link #diagnose(ResolvedNetwork)} reads the live network and reports what would break.
 *
 * <p>Adopting a network that exists untagged (see {@code dev.okenet.adopt}): {@link #plan(ResolvedNetwork, Map)}
 * binds live OCIDs to logical keys for one plan, so the plan shows tag updates where it would
 * otherwise create duplicates; applying it writes the ownership tags and {@value #ADOPTED_TAG}, after
 * which plain plans match by tags and leave the team's display names as they are.
 */
public final class OciNetworkProvider implements AutoCloseable {
  /** The default number of resources worked on at once (Terraform's figure). */
  public static final int DEFAULT_PARALLELISM = 10;
  /**
   * The default node image name for node pools: a plausible OKE image name, not checked against
   * the region. Set the real one with {@link Builder#nodeImage(String)}.
   */
  public static final String DEFAULT_NODE_IMAGE = "Oracle-Linux-8.10-2025.01.31-0-OKE-1.31.1-760";
  /**
   * The freeform tag, set to "true", that marks a resource adopted from an existing network. Beside
   * this network's {@code okenet.network} and {@code okenet.key} it keeps the resource's live display
   * name (plans skip {@code displayName}, updates send the name it has). On its own, or beside
   * another network's tags, it counts for nothing: ownership is the two tags only.
   */
  public static final String ADOPTED_TAG = Ownership.ADOPTED_TAG;

  private final VirtualNetwork virtualNetwork;
  private final ContainerEngine containerEngine;
  private final NetworkLoadBalancer networkLoadBalancer;
  private final int parallelism;
  private final RetryPolicy retryPolicy;
  private final WaitStrategy waitStrategy;
  private final ProgressListener listener;
  private final String nodeImage;
  private final List<String> availabilityDomains;
  private final List<AutoCloseable> owned;
  private final boolean networkOnlyMode;
  private final boolean ingressLoadBalancers;
  private final Handlers handlers;

  private OciNetworkProvider(Builder b) {
    this.virtualNetwork = Objects.requireNonNull(b.virtualNetwork,
        "OciNetworkProvider needs a VirtualNetwork: builder().virtualNetwork(client), or fromConfigFile(profile)");
    this.containerEngine = b.containerEngine;
    this.networkLoadBalancer = b.networkLoadBalancer;
    this.parallelism = b.parallelism;
    this.retryPolicy = b.retryPolicy;
    this.waitStrategy = b.waitStrategy;
    this.listener = b.listener;
    this.nodeImage = b.nodeImage;
    this.availabilityDomains = List.copyOf(b.availabilityDomains);
    this.owned = List.copyOf(b.owned);
    this.networkOnlyMode = b.networkOnly;
    this.ingressLoadBalancers = b.ingressLoadBalancers;
    if (!networkOnlyMode && containerEngine == null) {
      throw new IllegalStateException("OciNetworkProvider manages the OKE cluster and node pools but was given no "
          + "ContainerEngine client. Pass one with builder().containerEngine(client), or call networkOnly(true) to manage "
          + "only the network.");
    }
    if (ingressLoadBalancers && networkLoadBalancer == null) {
      throw new IllegalStateException("ingressLoadBalancers(true) creates network load balancers but the provider was given "
          + "no NetworkLoadBalancer client. Pass one with builder().networkLoadBalancer(client).");
    }
    ClusterMapper mapper = new ClusterMapper(nodeImage, availabilityDomains);
    this.handlers = new Handlers(new ClusterHandler(mapper), new NodePoolHandler(mapper), new IngressNlbHandler());
  }

  /** A builder; give at least the VirtualNetwork client. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with real clients authenticated by a profile of the OCI config file
   * ({@code ~/.oci/config}), in the profile's region. The region is fixed when the clients are
   * built: for another one, use {@link #fromConfigFile(String, String, String)}.
   */
  public static Builder fromConfigFile(String profile) {
    Require.notNull(profile, "OciNetworkProvider.fromConfigFile(profile): profile", "Give the profile's name, e.g. \"DEFAULT\".");
    return fromConfigFile(ConfigFileReader.DEFAULT_FILE_PATH, profile, null);
  }

  /**
   * A builder with real clients from {@code configFile}'s {@code profile}, in {@code region} (or
   * the profile's region when null). No call is made until the provider is used.
   */
  public static Builder fromConfigFile(String configFile, String profile, String region) {
    Require.notNull(configFile, "OciNetworkProvider.fromConfigFile(configFile, profile, region): configFile",
        "Give the config file's path, e.g. ~/.oci/config.");
    Require.notNull(profile, "OciNetworkProvider.fromConfigFile(configFile, profile, region): profile", "Give the profile's name, e.g. \"DEFAULT\".");
    try {
      ConfigFileReader.ConfigFile config = ConfigFileReader.parse(configFile, profile);
      ConfigFileAuthenticationDetailsProvider auth = new ConfigFileAuthenticationDetailsProvider(config);
      Region r = region != null ? Region.fromRegionCodeOrId(region) : auth.getRegion();
      if (r == null) {
        throw new IllegalArgumentException("Profile [" + profile + "] of " + configFile
            + " names no region and none was given. Add region=us-ashburn-1 to the profile, or pass the model's region.");
      }
      return withClients(auth, r);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read profile [" + profile + "] of OCI config file " + configFile
          + ". Create it with 'oci setup config', or pass another file.", e);
    }
  }

  /**
   * A builder with real clients authenticated as the instance this runs on (instance
   * principals). Building the authentication provider contacts the instance metadata service.
   */
  public static Builder fromInstancePrincipals(String region) {
    Require.notNull(region, "OciNetworkProvider.fromInstancePrincipals(region): region", "Give the region, e.g. \"us-ashburn-1\".");
    return withClients(InstancePrincipalsAuthenticationDetailsProvider.builder().build(), Region.fromRegionCodeOrId(region));
  }

  private static Builder withClients(AbstractAuthenticationDetailsProvider auth, Region region) {
    // The provider retries on its own terms (RetryPolicy); SDK-level retries would multiply them.
    ClientConfiguration config = ClientConfiguration.builder().retryConfiguration(RetryConfiguration.NO_RETRY_CONFIGURATION).build();
    VirtualNetworkClient vn = VirtualNetworkClient.builder().region(region).configuration(config).build(auth);
    ContainerEngineClient ce = ContainerEngineClient.builder().region(region).configuration(config).build(auth);
    NetworkLoadBalancerClient nlb = NetworkLoadBalancerClient.builder().region(region).configuration(config).build(auth);
    Builder b = builder().virtualNetwork(vn).containerEngine(ce).networkLoadBalancer(nlb)
        .availabilityDomains(List.of(region.getRegionId().toUpperCase(Locale.ROOT) + "-AD-1"));
    b.owned.addAll(List.of(vn, ce, nlb));
    return b;
  }

  /** The VirtualNetwork client in use. */
  public VirtualNetwork virtualNetwork() {
    return virtualNetwork;
  }

  /** The ContainerEngine client, or null when none was given. */
  public ContainerEngine containerEngine() {
    return containerEngine;
  }

  /** The NetworkLoadBalancer client, or null when none was given. */
  public NetworkLoadBalancer networkLoadBalancer() {
    return networkLoadBalancer;
  }

  /** The parallelism in use. */
  public int parallelism() {
    return parallelism;
  }

  private CloudContext context(String compartmentId, String network, Calls calls) {
    return new CloudContext(virtualNetwork, containerEngine, networkLoadBalancer, compartmentId, network, calls, waitStrategy, null);
  }

  /** The kinds listed besides the network's: the cluster's unless network-only, NLBs when a client is given. */
  private List<ResourceType> extraKinds(boolean withCluster) {
    List<ResourceType> kinds = new ArrayList<>();
    if (withCluster) {
      kinds.add(ResourceType.CLUSTER);
      kinds.add(ResourceType.NODE_POOL);
    }
    // Listed whenever there is a client, so destroy finds NLBs even after the option is turned off.
    if (networkLoadBalancer != null) {
      kinds.add(ResourceType.NETWORK_LOAD_BALANCER);
    }
    return kinds;
  }

  /**
   * Lists what the network owns (one list call per resource kind, plus one per owned NSG for its
   * rules) and diffs it against {@code net}.
   */
  public Plan plan(ResolvedNetwork net) {
    network(net, "plan(net)");
    return plan(net, Map.of());
  }

  /**
   * As {@link #plan(ResolvedNetwork)}, with {@code boundIds} (logical key → live OCID) taken as the
   * current resources of those keys though they carry no ownership tags yet: the plan of adopting
   * an existing network. The same list calls are made; a bound OCID counts as this network's for
   * this plan only when the listing finds it alive, of the kind its key wants, tagged for no other
   * network and bound to no other key, and only when {@code net} has a resource of that key that it
   * does not reference by OCID (a bound key the model lacks is never planned for deletion). A
   * binding that fails these is dropped and {@link Plan#notes()} says why; nothing else untagged is
   * ever touched.
   *
   * <p>A bound resource is compared like an owned one, except that its display name is kept: its
   * change is an UPDATE whose {@code tags} diff adds {@code okenet.network}, {@code okenet.key} and
   * {@value #ADOPTED_TAG} (other tags kept), plus whatever else differs from the model. Applying
   * the plan adopts it; from then on {@link #plan(ResolvedNetwork)} finds it by its tags.
   *
   * <pre>{@code
   * ImportedNetwork imported = importer.importVcn(compartmentId, vcnId);
   * ResolvedNetwork net = imported.model().resolve();
   * Plan adopt = provider.plan(net, imported.idsByKey());
   * adopt.changes();            // UPDATE nsg:pods: tags {team=payments} → {okenet.adopted=true, okenet.key=nsg:pods, …}
   * provider.apply(adopt);      // update calls only
   * provider.plan(net).isEmpty();   // true: adopted, names kept
   * }</pre>
   *
   * @param boundIds OCIDs by logical key, e.g. {@code ImportedNetwork.idsByKey()}; empty for a plain plan
   */
  public Plan plan(ResolvedNetwork net, Map<String, String> boundIds) {
    network(net, "plan(net, boundIds)");
    Require.notNull(boundIds, "OciNetworkProvider.plan(net, boundIds): boundIds", "Give the OCIDs by logical key, or Map.of() for none.");
    return plan(net, !networkOnlyMode, boundIds);
  }

  private static ResolvedNetwork network(ResolvedNetwork net, String method) {
    return Require.notNull(net, "OciNetworkProvider." + method + ": net", "Give the resolved network: network.resolve().");
  }

  /** The network name rule of OkeNetwork, checked before a name is used to list or delete anything. */
  private static String networkName(String name, String method) {
    Require.notNull(name, "OciNetworkProvider." + method + ": name", "Give the network's name, e.g. \"prod\".");
    if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException("OciNetworkProvider." + method + ": name '" + name + "' is not a network name (a lower-case "
          + "letter, then at most 31 lower-case letters, digits or '-'), so no network of oke-net carries it. Give the name the "
          + "network was applied with, e.g. \"prod\".");
    }
    return name;
  }

  private Plan plan(ResolvedNetwork net, boolean withCluster) {
    return plan(net, withCluster, Map.of());
  }

  private Plan plan(ResolvedNetwork net, boolean withCluster, Map<String, String> boundIds) {
    DesiredGraph graph = DesiredGraph.of(net, withCluster, ingressLoadBalancers);
    return planAgainst(net.name(), net.intent().compartmentId(), graph, references(graph), withCluster, bindings(graph, boundIds));
  }

  /** The bindings of the graph's own (not referenced) keys; other keys are never bound. */
  private static List<Binding> bindings(DesiredGraph graph, Map<String, String> boundIds) {
    List<Binding> out = new ArrayList<>();
    for (ResourceSpec s : graph.specs()) {
      String id = boundIds.get(s.key());
      if (id != null && !id.isBlank() && !s.isReference()) {
        out.add(new Binding(s.key(), s.type(), id));
      }
    }
    return out;
  }

  private Plan planAgainst(String network, String compartment, DesiredGraph graph, Map<String, String> references,
      boolean withCluster, List<Binding> bindings) {
    CloudContext ctx = context(compartment, network, new Calls(retryPolicy));
    Inventory inventory = Inventory.read(ctx, handlers, references, extraKinds(withCluster), bindings)
        .servedBy(OracleServices.scopeOf(graph.specs()));
    PlannedWork work = new Differ(handlers).plan(network, compartment, graph, inventory);
    return new Plan(work);
  }

  private static Map<String, String> references(DesiredGraph graph) {
    Map<String, String> refs = new LinkedHashMap<>();
    for (ResourceSpec s : graph.specs()) {
      s.existingId().ifPresent(id -> refs.put(s.key(), id));
    }
    return refs;
  }

  /** The plan that deletes everything {@code net}'s network owns. */
  public Plan planDestroy(ResolvedNetwork net) {
    network(net, "planDestroy(net)");
    return planDestroy(net.name(), net.intent().compartmentId());
  }

  /**
   * The plan that deletes everything the network {@code name} owns in {@code compartmentId}. Both
   * are checked before any call: a null or malformed name or compartment is refused, never listed.
   */
  public Plan planDestroy(String name, String compartmentId) {
    networkName(name, "planDestroy(name, compartmentId)");
    Require.ocid(compartmentId, "OciNetworkProvider.planDestroy(name, compartmentId): compartmentId", "compartment");
    return planAgainst(name, compartmentId, DesiredGraph.empty(), Map.of(), !networkOnlyMode, List.of());
  }

  /**
   * Carries out {@code plan}: dependencies first, at most {@link #parallelism()} at once, each
   * create with its retry token, transient errors retried, waiting with the SDK waiters. On a
   * failure nothing new starts; the result says what succeeded, failed and was not attempted.
   */
  public ApplyResult apply(Plan plan) {
    Require.notNull(plan, "OciNetworkProvider.apply(plan): plan", "Give a plan, e.g. provider.plan(network.resolve()).");
    Calls calls = new Calls(retryPolicy);
    CloudContext ctx = context(plan.compartmentId(), plan.networkName(), calls);
    var inventoryServices = Inventory.read(ctx, handlers, Map.of(), List.of()).services()
        .servedBy(OracleServices.scopeOf(plan.work().changes().stream().map(PlannedChange::spec).toList()));
    return new Applier(handlers, parallelism, listener).apply(plan.work(), ctx.withServices(inventoryServices));
  }

  /** Deletes everything {@code net}'s network owns, in reverse dependency order, and nothing else. */
  public ApplyResult destroy(ResolvedNetwork net) {
    network(net, "destroy(net)");
    return apply(planDestroy(net));
  }

  /** Deletes everything the network {@code name} owns in {@code compartmentId}. */
  public ApplyResult destroy(String name, String compartmentId) {
    networkName(name, "destroy(name, compartmentId)");
    Require.ocid(compartmentId, "OciNetworkProvider.destroy(name, compartmentId): compartmentId", "compartment");
    return apply(planDestroy(name, compartmentId));
  }

  /**
   * The cluster and node pool requests for {@code net}, filled in with the OCIDs in {@code idsByKey}
   * (e.g. {@link ApplyResult#idsByKey()}), for users who create clusters with their own code.
   */
  public ClusterDetails networkOnly(ResolvedNetwork net, Map<String, String> idsByKey) {
    network(net, "networkOnly(net, idsByKey)");
    Require.notNull(idsByKey, "OciNetworkProvider.networkOnly(net, idsByKey): idsByKey", "Give the applied OCIDs: ApplyResult.idsByKey().");
    Map<String, String> ids = new LinkedHashMap<>(idsByKey);
    Refs refs = key -> {
      String id = ids.get(key);
      if (id == null) {
        throw new IllegalArgumentException("networkOnly: no OCID for '" + key + "' of network '" + net.name()
            + "'. Apply the network first and pass ApplyResult.idsByKey(), or use networkOnly(net) to read them.");
      }
      return id;
    };
    ClusterMapper mapper = new ClusterMapper(nodeImage, availabilityDomains);
    List<com.oracle.bmc.containerengine.model.CreateNodePoolDetails> pools = new ArrayList<>();
    net.nodePools().forEach(p -> pools.add(mapper.nodePool(net, p, refs, null)));
    return new ClusterDetails(mapper.cluster(net, refs), pools);
  }

  /**
   * As {@link #networkOnly(ResolvedNetwork, Map)}, reading the OCIDs from what exists now (the
   * network's resources only, whatever the provider's mode).
   */
  public ClusterDetails networkOnly(ResolvedNetwork net) {
    network(net, "networkOnly(net)");
    Plan plan = plan(net, false);
    if (plan.hasChanges()) {
      throw new IllegalStateException("Network '" + net.name() + "' does not match the model yet (" + plan.summary()
          + "). Apply it first, then ask for the cluster details.");
    }
    Map<String, String> ids = new LinkedHashMap<>();
    plan.changes().forEach(c -> c.resourceId().ifPresent(id -> ids.put(c.key(), id)));
    return networkOnly(net, ids);
  }

  /**
   * Reads the live network (the same list calls as a plan, plus one ListPrivateIps per subnet and
   * the node pools) and reports what would break, as {@link dev.okenet.check.Finding}s with
   * {@code OKE-LIVE-*} rule ids: subnets that cannot hold the node pools' growth, load balancer
   * subnets that would leave a Service pending, missing LB → worker rules, and rule drift. Makes no
   * mutating call.
   */
  public DiagnoseReport diagnose(ResolvedNetwork net) {
    network(net, "diagnose(net)");
    DesiredGraph graph = DesiredGraph.of(net, !networkOnlyMode, false);
    String compartment = net.intent().compartmentId();
    CloudContext ctx = context(compartment, net.name(), new Calls(retryPolicy));
    List<ResourceType> kinds = new ArrayList<>(extraKinds(!networkOnlyMode));
    kinds.remove(ResourceType.NETWORK_LOAD_BALANCER);
    Inventory inventory = Inventory.read(ctx, handlers, references(graph), kinds).servedBy(OracleServices.scopeOf(graph.specs()));
    PlannedWork work = new Differ(handlers).plan(net.name(), compartment, graph, inventory);
    return new Diagnosis(net, inventory, work, ctx).report();
  }

  /** Closes the clients this provider built itself (from a config file or instance principals). */
  @Override
  public void close() {
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(OciNetworkProvider.class).warn("Closing {} failed: {}", c.getClass().getSimpleName(),
            e.getMessage());
      }
    }
  }

  /** Options of an {@link OciNetworkProvider}. */
  public static final class Builder {
    private VirtualNetwork virtualNetwork;
    private ContainerEngine containerEngine;
    private NetworkLoadBalancer networkLoadBalancer;
    private int parallelism = DEFAULT_PARALLELISM;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private WaitStrategy waitStrategy = WaitStrategy.sdkDefault();
    private ProgressListener listener = ProgressListener.NONE;
    private String nodeImage = DEFAULT_NODE_IMAGE;
    private List<String> availabilityDomains = List.of("AD-1");
    private final List<AutoCloseable> owned = new ArrayList<>();
    private boolean networkOnly;
    private boolean ingressLoadBalancers;

    private Builder() {}

    /**
     * Network-only mode: plan, apply and destroy leave the OKE cluster and node pools alone (no
     * ContainerEngine client needed); {@link OciNetworkProvider#networkOnly(ResolvedNetwork)} gives
     * their requests to create them yourself. Default false: the provider manages them.
     */
    public Builder networkOnly(boolean on) {
      this.networkOnly = on;
      return this;
    }

    /**
     * Puts a standalone public NLB in front of each Ingress's controller Service, in the public
     * load balancer subnet, with a listener per Service port (backends are left to the controller's
     * owner). Default false: the cloud controller manager makes the Service's own load balancer.
     */
    public Builder ingressLoadBalancers(boolean on) {
      this.ingressLoadBalancers = on;
      return this;
    }

    /** The VirtualNetwork client (required). */
    public Builder virtualNetwork(VirtualNetwork client) {
      Require.notNull(client, "OciNetworkProvider.Builder.virtualNetwork(client): client", "Give a VirtualNetwork, e.g. fakeOci.virtualNetwork().");
      this.virtualNetwork = client;
      return this;
    }

    /** The ContainerEngine client. */
    public Builder containerEngine(ContainerEngine client) {
      Require.notNull(client, "OciNetworkProvider.Builder.containerEngine(client): client",
          "Give a ContainerEngine, or leave it unset with networkOnly(true).");
      this.containerEngine = client;
      return this;
    }

    /** The NetworkLoadBalancer client. */
    public Builder networkLoadBalancer(NetworkLoadBalancer client) {
      Require.notNull(client, "OciNetworkProvider.Builder.networkLoadBalancer(client): client",
          "Give a NetworkLoadBalancer, or leave it unset when no ingress NLB is made.");
      this.networkLoadBalancer = client;
      return this;
    }

    /**
     * Sends every call of the clients given so far to {@code url} instead of their region's
     * endpoint: an OCI emulator such as the FakeOci server, or a proxy. Call it after
     * {@code fromConfigFile(...)}, e.g.
     * {@code fromConfigFile(config, "DEFAULT", null).endpoint("http://127.0.0.1:4510")}.
     */
    public Builder endpoint(String url) {
      Require.notNull(url, "OciNetworkProvider.Builder.endpoint(url): url", "Give the emulator's or proxy's URL, e.g. \"http://127.0.0.1:4510\".");
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IllegalArgumentException("endpoint '" + url + "' is not an http(s) URL; give e.g. http://127.0.0.1:4510");
      }
      if (virtualNetwork == null) {
        throw new IllegalStateException("endpoint(" + url + ") needs the clients first: call fromConfigFile(...) or"
            + " virtualNetwork(client) before it.");
      }
      virtualNetwork.setEndpoint(url);
      if (containerEngine != null) {
        containerEngine.setEndpoint(url);
      }
      if (networkLoadBalancer != null) {
        networkLoadBalancer.setEndpoint(url);
      }
      return this;
    }

    /** How many resources are worked on at once; default {@value OciNetworkProvider#DEFAULT_PARALLELISM}. */
    public Builder parallelism(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("parallelism is " + n + "; use 1 (one at a time) or more, e.g. 10.");
      }
      this.parallelism = n;
      return this;
    }

    /** When to retry failed calls; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Require.notNull(policy, "OciNetworkProvider.Builder.retryPolicy(policy): policy", "Give one, e.g. RetryPolicy.defaults().");
      return this;
    }

    /** How to wait for lifecycle states; default {@link WaitStrategy#sdkDefault()}. */
    public Builder waitStrategy(WaitStrategy strategy) {
      this.waitStrategy = Require.notNull(strategy, "OciNetworkProvider.Builder.waitStrategy(strategy): strategy", "Give one, e.g. WaitStrategy.sdkDefault().");
      return this;
    }

    /** Who hears progress events; default none. */
    public Builder listener(ProgressListener l) {
      this.listener = Require.notNull(l, "OciNetworkProvider.Builder.listener(l): l (the listener)", "Give one, e.g. event -> log(event).");
      return this;
    }

    /** The node image name node pools use; default {@link OciNetworkProvider#DEFAULT_NODE_IMAGE}. */
    public Builder nodeImage(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("nodeImage is blank; give an OKE image name such as \"" + DEFAULT_NODE_IMAGE + "\".");
      }
      this.nodeImage = name;
      return this;
    }

    /**
     * The availability domains node pools place nodes in (one placement config each); default
     * "AD-1", or "&lt;REGION&gt;-AD-1" for clients built from a config file. Real names carry a
     * tenancy prefix, e.g. "Uocm:US-ASHBURN-AD-1": set them for real use.
     */
    public Builder availabilityDomains(List<String> names) {
      if (names == null || names.isEmpty()) {
        throw new IllegalArgumentException("availabilityDomains(names): names is " + (names == null ? "null" : "empty")
            + ". Give at least one, e.g. List.of(\"Uocm:US-ASHBURN-AD-1\").");
      }
      this.availabilityDomains = List.copyOf(names);
      return this;
    }

    /** The provider. */
    public OciNetworkProvider build() {
      return new OciNetworkProvider(this);
    }
  }
}
