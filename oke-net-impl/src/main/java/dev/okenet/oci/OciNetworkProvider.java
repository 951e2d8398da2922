package dev.okenet.oci;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.ResolvedNetwork;
import dev.okenet.internal.Require;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.internal.apply.Applier;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.Pacer;
import dev.okenet.oci.internal.cloud.Handlers;
import dev.okenet.oci.internal.cluster.AvailabilityDomains;
import dev.okenet.oci.internal.cluster.ClusterHandler;
import dev.okenet.oci.internal.cluster.ClusterMapper;
import dev.okenet.oci.internal.cluster.NodePlacement;
import dev.okenet.oci.internal.cluster.NodePoolHandler;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.nlb.IngressNlbHandler;
import dev.okenet.oci.internal.plan.PlannedWork;
import dev.okenet.oci.internal.provider.Cloud;
import dev.okenet.oci.internal.provider.ClusterRequests;
import dev.okenet.oci.internal.provider.Planner;
import dev.okenet.oci.internal.provider.SdkClients;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 *     .identity(identity)                 // lists the tenancy's availability domains for node pools
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
 * <p>The parts behind it: {@code internal.provider.SdkClients} builds real clients,
 * {@code Cloud} holds them with the retry policy, pacing and waits every call goes through,
 * {@code Planner} reads compartments ({@code CompartmentRead}, shared by an estate) and plans,
 * {@code ClusterRequests} fills the network-only cluster requests, and the applier carries a plan
 * out with the services the plan read (apply lists nothing again). Several networks of a
 * compartment plan together from one read with {@link #planEstate(List)}; {@link Pacing} keeps
 * concurrent applies under OCI's rate limits.
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
   * The freeform tag, set to "true", that marks a resource adopted from an existing network. Beside
   * this network's {@code okenet.network} and {@code okenet.key} it keeps the resource's live display
   * name (plans skip {@code displayName}, updates send the name it has). On its own, or beside
   * another network's tags, it counts for nothing: ownership is the two tags only.
   */
  public static final String ADOPTED_TAG = Ownership.ADOPTED_TAG;

  private final VirtualNetwork virtualNetwork;
  private final ContainerEngine containerEngine;
  private final NetworkLoadBalancer networkLoadBalancer;
  private final Identity identity;
  private final int parallelism;
  private final SimulatedTime simulatedTime;
  private final ProgressListener listener;
  private final List<AutoCloseable> owned;
  private final boolean networkOnlyMode;
  private final NodePlacement placement;
  private final AvailabilityDomains domains;
  private final Cloud cloud;
  private final Handlers handlers;
  private final Planner planner;

  private OciNetworkProvider(Builder b) {
    this.virtualNetwork = Objects.requireNonNull(b.virtualNetwork,
        "OciNetworkProvider needs a VirtualNetwork: builder().virtualNetwork(client), or fromConfigFile(profile)");
    this.containerEngine = b.containerEngine;
    this.networkLoadBalancer = b.networkLoadBalancer;
    this.identity = b.identity;
    this.parallelism = b.parallelism;
    this.simulatedTime = b.simulatedTime;
    this.listener = b.listener;
    this.owned = List.copyOf(b.owned);
    this.networkOnlyMode = b.networkOnly;
    if (!networkOnlyMode && containerEngine == null) {
      throw new IllegalStateException("OciNetworkProvider manages the OKE cluster and node pools but was given no "
          + "ContainerEngine client. Pass one with builder().containerEngine(client), or call networkOnly(true) to manage "
          + "only the network.");
    }
    if (b.ingressLoadBalancers && networkLoadBalancer == null) {
      throw new IllegalStateException("ingressLoadBalancers(true) creates network load balancers but the provider was given "
          + "no NetworkLoadBalancer client. Pass one with builder().networkLoadBalancer(client).");
    }
    this.placement = NodePlacement.of(b.availabilityDomains, Optional.ofNullable(b.nodeImage));
    this.cloud = new Cloud(virtualNetwork, containerEngine, networkLoadBalancer, b.identity, b.retryPolicy, b.waitStrategy,
        dev.okenet.oci.internal.provider.PacingAccess.pacer(b.pacing(), b.tenancy == null ? "" : b.tenancy));
    this.domains = new AvailabilityDomains(placement.availabilityDomains(), cloud.identity());
    ClusterMapper mapper = new ClusterMapper();
    this.handlers = new Handlers(new ClusterHandler(mapper), new NodePoolHandler(mapper, placement), new IngressNlbHandler());
    this.planner = new Planner(cloud, handlers, b.ingressLoadBalancers, domains);
  }

  /** A builder; give at least the VirtualNetwork client. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with real clients authenticated by a profile of the OCI config file
   * ({@code ~/.oci/config}), in the profile's region. No call is made until the provider is used.
   */
  public static Builder fromConfigFile(String profile) {
    Require.notNull(profile, "OciNetworkProvider.fromConfigFile(profile): profile", "Give the profile's name, e.g. \"DEFAULT\".");
    return fromConfigFile(com.oracle.bmc.ConfigFileReader.DEFAULT_FILE_PATH, profile, null);
  }

  /**
   * A builder with real clients from {@code configFile}'s {@code profile}, in {@code region} (or
   * the profile's region when null). No call is made until the provider is used. A plan that
   * creates node pools lists the tenancy's availability domains with the Identity client built
   * here, unless {@link Builder#availabilityDomains(List)} names them.
   */
  public static Builder fromConfigFile(String configFile, String profile, String region) {
    Require.notNull(configFile, "OciNetworkProvider.fromConfigFile(configFile, profile, region): configFile",
        "Give the config file's path, e.g. ~/.oci/config.");
    Require.notNull(profile, "OciNetworkProvider.fromConfigFile(configFile, profile, region): profile",
        "Give the profile's name, e.g. \"DEFAULT\".");
    return withClients(SdkClients.fromConfigFile(configFile, profile, region));
  }

  /**
   * A builder with real clients authenticated as the instance this runs on (instance
   * principals). Building the authentication provider contacts the instance metadata service.
   */
  public static Builder fromInstancePrincipals(String region) {
    Require.notNull(region, "OciNetworkProvider.fromInstancePrincipals(region): region", "Give the region, e.g. \"us-ashburn-1\".");
    return withClients(SdkClients.fromInstancePrincipals(region));
  }

  private static Builder withClients(SdkClients clients) {
    Builder b = builder().virtualNetwork(clients.virtualNetwork()).containerEngine(clients.containerEngine())
        .networkLoadBalancer(clients.networkLoadBalancer()).identity(clients.identity());
    b.owned.addAll(clients.closeables());
    b.tenancy = clients.tenancy();
    return b;
  }

  /** The VirtualNetwork client in use. */
  public VirtualNetwork virtualNetwork() {
    return virtualNetwork;
  }

  /** The ContainerEngine client; empty for a network-only provider given none. */
  public Optional<ContainerEngine> containerEngine() {
    return Optional.ofNullable(containerEngine);
  }

  /** The NetworkLoadBalancer client; empty when none was given. */
  public Optional<NetworkLoadBalancer> networkLoadBalancer() {
    return Optional.ofNullable(networkLoadBalancer);
  }

  /** The Identity client that lists availability domains; empty when none was given. */
  public Optional<Identity> identity() {
    return Optional.ofNullable(identity);
  }

  /** The parallelism in use. */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Lists what the network owns (one list call per resource kind, plus one per owned NSG for its
   * rules) and diffs it against {@code net}.
   */
  public Plan plan(ResolvedNetwork net) {
    Require.notNull(net, "OciNetworkProvider.plan(net): net", "Give a ResolvedNetwork: OkeNetwork.resolve().");
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
  public Plan plan(ResolvedNetwork net, Map<ResourceKey, String> boundIds) {
    Require.notNull(net, "OciNetworkProvider.plan(net, boundIds): net", "Give a ResolvedNetwork: OkeNetwork.resolve().");
    Require.notNull(boundIds, "OciNetworkProvider.plan(net, boundIds): boundIds", "Give the OCIDs by logical key, or Map.of() for none.");
    return new Plan(planner.plan(net, !networkOnlyMode, boundIds));
  }

  /**
   * Plans many networks together from one read of each compartment: every resource kind is listed
   * once per compartment (plus one rule list per NSG), however many networks share it, and each
   * network gets its own plan against what its tags make its own. A resource of another network of
   * the estate, or of no network, is in none of the plans.
   *
   * <pre>{@code
   * EstatePlan estate = provider.planEstate(List.of(prod.resolve(), staging.resolve(), dev.resolve()));
   * estate.plan("staging").render();
   * Map<String, ApplyResult> results = provider.apply(estate);
   * }</pre>
   *
   * @throws IllegalArgumentException when two networks of one compartment share a name
   */
  public EstatePlan planEstate(List<ResolvedNetwork> nets) {
    Require.notNull(nets, "OciNetworkProvider.planEstate(nets): nets", "Give a list of ResolvedNetworks.");
    nets.forEach(n -> Require.notNull(n, "OciNetworkProvider.planEstate(nets): an element of nets", "Remove the null: every element is a ResolvedNetwork."));
    Map<String, Plan> plans = new LinkedHashMap<>();
    // Many networks' reads (a 50-network estate reads 266 lists) pace as overlapping work does.
    try (Pacer.Hold hold = cloud.pacer().hold(nets.size())) {
      planner.planEstate(nets, !networkOnlyMode).forEach((name, work) -> plans.put(name, new Plan(work)));
    }
    return new EstatePlan(plans);
  }

  /** The plan that deletes everything {@code net}'s network owns. */
  public Plan planDestroy(ResolvedNetwork net) {
    Require.notNull(net, "OciNetworkProvider.planDestroy(net): net", "Give a ResolvedNetwork: OkeNetwork.resolve().");
    return planDestroy(net.name(), net.intent().compartmentId());
  }

  /** The plan that deletes everything the network {@code name} owns in {@code compartmentId}. */
  public Plan planDestroy(String name, String compartmentId) {
    networkName(name, "planDestroy(name, compartmentId)");
    Require.ocid(compartmentId, "OciNetworkProvider.planDestroy(name, compartmentId): compartmentId", "compartment");
    return new Plan(planner.planDestroy(name, compartmentId, !networkOnlyMode));
  }

  /**
   * Carries out {@code plan}: dependencies first, at most {@link #parallelism()} at once, each
   * create with its retry token, transient errors retried, waiting with the SDK waiters. On a
   * failure nothing new starts; the result says what succeeded, failed and was not attempted.
   * Nothing is listed again: the plan carries what its read found, availability domains included.
   *
   * @throws IllegalStateException before any call, when the plan creates node pools and has no
   *     availability domains for them (its notes say why)
   */
  public ApplyResult apply(Plan plan) {
    Require.notNull(plan, "OciNetworkProvider.apply(plan): plan", "Give a plan, e.g. provider.plan(network.resolve()).");
    try (Pacer.Hold hold = cloud.pacer().hold(1)) {
      return applyHeld(plan);
    }
  }

  /** Applies {@code plan}; the caller holds the pacing budget for it. */
  private ApplyResult applyHeld(Plan plan) {
    PlannedWork work = plan.work();
    List<String> pools = Planner.poolsToCreate(work);
    if (!pools.isEmpty() && work.availabilityDomains().isEmpty()) {
      throw new IllegalStateException(NodePlacement.missingDomains("node pool" + (pools.size() > 1 ? "s " : " ")
          + String.join(", ", pools)));
    }
    CloudContext ctx = cloud.context(work.compartmentId(), work.network()).withServices(work.services())
        .withAvailabilityDomains(work.availabilityDomains());
    return new Applier(handlers, parallelism, listener, simulatedTime).apply(work, ctx);
  }

  /**
   * Applies every plan of {@code estate} at once, one network per thread (each at most
   * {@link #parallelism()} resources at once), all through this provider's pacing, and returns
   * each network's result in the estate's order.
   */
  public Map<String, ApplyResult> apply(EstatePlan estate) {
    Require.notNull(estate, "OciNetworkProvider.apply(estate): estate", "Give an estate plan: provider.planEstate(nets).");
    Map<String, ApplyResult> out = new LinkedHashMap<>();
    if (estate.plans().isEmpty()) {
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(estate.plans().size(), r -> {
      Thread t = new Thread(r, "okenet-estate-apply");
      t.setDaemon(true);
      return t;
    });
    // Every network holds the budget before any starts, so pacing sees the overlap from the first call.
    try (Pacer.Hold hold = cloud.pacer().hold(estate.plans().size())) {
      Map<String, Future<ApplyResult>> running = new LinkedHashMap<>();
      estate.plans().forEach((name, plan) -> running.put(name, pool.submit(() -> applyHeld(plan))));
      for (Map.Entry<String, Future<ApplyResult>> e : running.entrySet()) {
        out.put(e.getKey(), e.getValue().get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while applying the estate", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Deletes everything {@code net}'s network owns, in reverse dependency order, and nothing else. */
  public ApplyResult destroy(ResolvedNetwork net) {
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
   * (e.g. {@link ApplyResult#idsByKey()}), for users who create clusters with their own code. The
   * node image is the one given to the builder, or looked up with GetNodePoolOptions; the
   * availability domains are the builder's, or listed with the Identity client.
   */
  public ClusterDetails networkOnly(ResolvedNetwork net, Map<ResourceKey, String> idsByKey) {
    Require.notNull(net, "OciNetworkProvider.networkOnly(net, idsByKey): net", "Give a ResolvedNetwork: OkeNetwork.resolve().");
    Require.notNull(idsByKey, "OciNetworkProvider.networkOnly(net, idsByKey): idsByKey", "Give the applied OCIDs, e.g. ApplyResult.idsByKey().");
    return new ClusterRequests(cloud, placement, domains).of(net, idsByKey);
  }

  /**
   * As {@link #networkOnly(ResolvedNetwork, Map)}, reading the OCIDs from what exists now (the
   * network's resources only, whatever the provider's mode).
   */
  public ClusterDetails networkOnly(ResolvedNetwork net) {
    Require.notNull(net, "OciNetworkProvider.networkOnly(net): net", "Give a ResolvedNetwork: OkeNetwork.resolve().");
    Plan plan = new Plan(planner.plan(net, false, Map.of()));
    if (plan.hasChanges()) {
      throw new IllegalStateException("Network '" + net.name() + "' does not match the model yet (" + plan.summary()
          + "). Apply it first, then ask for the cluster details.");
    }
    Map<ResourceKey, String> ids = new LinkedHashMap<>();
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
    Require.notNull(net, "OciNetworkProvider.diagnose(net): net", "Give a ResolvedNetwork: OkeNetwork.resolve().");
    return planner.diagnose(net, !networkOnlyMode);
  }

  /** {@link #diagnose} of each of {@code nets}, from one read of each compartment, by network name. */
  public Map<String, DiagnoseReport> diagnoseEstate(List<ResolvedNetwork> nets) {
    Require.notNull(nets, "OciNetworkProvider.diagnoseEstate(nets): nets", "Give a list of ResolvedNetworks.");
    nets.forEach(n -> Require.notNull(n, "OciNetworkProvider.diagnoseEstate(nets): an element of nets", "Remove the null: every element is a ResolvedNetwork."));
    return planner.diagnoseEstate(nets, !networkOnlyMode);
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
    private Identity identity;
    private int parallelism = DEFAULT_PARALLELISM;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private WaitStrategy waitStrategy = WaitStrategy.sdkDefault();
    private SimulatedTime simulatedTime;
    private ProgressListener listener = ProgressListener.NONE;
    private String nodeImage;
    private List<String> availabilityDomains = List.of();
    /** Null until given: then Pacing.shared() when the tenancy is known, else a budget of this provider's own. */
    private Pacing pacing;
    /** The tenancy and region the clients act in, when built here from a config file or instance principals. */
    private String tenancy;
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
      this.virtualNetwork = Require.notNull(client, "OciNetworkProvider.Builder.virtualNetwork(client): client",
          "Give a VirtualNetwork client, e.g. fake.virtualNetwork() or a VirtualNetworkClient.");
      return this;
    }

    /** The ContainerEngine client. */
    public Builder containerEngine(ContainerEngine client) {
      this.containerEngine = Require.notNull(client, "OciNetworkProvider.Builder.containerEngine(client): client",
          "Give a ContainerEngine client, or leave it out and call networkOnly(true).");
      return this;
    }

    /** The NetworkLoadBalancer client. */
    public Builder networkLoadBalancer(NetworkLoadBalancer client) {
      this.networkLoadBalancer = Require.notNull(client, "OciNetworkProvider.Builder.networkLoadBalancer(client): client",
          "Give a NetworkLoadBalancer client, or leave it out when no ingress NLB is managed.");
      return this;
    }

    /**
     * The Identity client, with which a plan that creates node pools lists the tenancy's
     * availability domains (one {@code ListAvailabilityDomains} call per plan, in the network's
     * compartment) and places each pool in all of them — as terraform-oci-oke does. Built for you
     * by {@code fromConfigFile(...)} and {@code fromInstancePrincipals(...)}; on FakeOci, {@code
     * fake.identity()}. {@link #availabilityDomains(List)}, when given, wins.
     */
    public Builder identity(Identity client) {
      this.identity = Require.notNull(client, "OciNetworkProvider.Builder.identity(client): client", "Give an Identity client "
          + "(fromConfigFile(...) builds one; on FakeOci, fake.identity()), or leave it unset and name the domains with "
          + "availabilityDomains(List.of(...)).");
      return this;
    }

    /**
     * Sends every call of the clients given so far to {@code url} instead of their region's
     * endpoint: an OCI emulator such as the FakeOci server, or a proxy. Call it after
     * {@code fromConfigFile(...)}, e.g.
     * {@code fromConfigFile(config, "DEFAULT", null).endpoint("http://127.0.0.1:4510")}.
     */
    public Builder endpoint(String url) {
      Require.notNull(url, "OciNetworkProvider.Builder.endpoint(url): url", "Give the endpoint, e.g. \"http://127.0.0.1:4510\".");
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
      if (identity != null) {
        identity.setEndpoint(url);
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
      this.retryPolicy = Require.notNull(policy, "OciNetworkProvider.Builder.retryPolicy(policy): policy", "Give a RetryPolicy, e.g. RetryPolicy.defaults().");
      return this;
    }

    /** How to wait for lifecycle states; default {@link WaitStrategy#sdkDefault()}. */
    public Builder waitStrategy(WaitStrategy strategy) {
      this.waitStrategy = Require.notNull(strategy, "OciNetworkProvider.Builder.waitStrategy(strategy): strategy", "Give a WaitStrategy, e.g. WaitStrategy.sdkDefault().");
      return this;
    }

    /**
     * Applies on a simulated clock (a fake cloud's virtual time) as a discrete-event simulation, so
     * a virtual makespan is the one a real apply would have; default none: real time. See
     * {@link SimulatedTime}.
     */
    public Builder simulatedTime(SimulatedTime time) {
      this.simulatedTime = Require.notNull(time, "OciNetworkProvider.Builder.simulatedTime(time): time", "Give the fake's SimulatedTime, e.g. SimulatedTime.of(clock::callerElapsed, clock::runAsNewCaller).");
      return this;
    }

    /** Who hears progress events; default none. */
    public Builder listener(ProgressListener l) {
      this.listener = Require.notNull(l, "OciNetworkProvider.Builder.listener(l): l", "Give a ProgressListener, e.g. event -> {} to ignore events.");
      return this;
    }

    /**
     * The node image node pools boot, by name (e.g. "Oracle-Linux-8.10-2025.01.31-0-OKE-1.31.1-760").
     * Default: looked up with ContainerEngine's GetNodePoolOptions when a node pool is created — the
     * newest Oracle Linux OKE image for the cluster's Kubernetes version and the shape's architecture.
     */
    public Builder nodeImage(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("nodeImage is blank; give an OKE image name such as "
            + "\"Oracle-Linux-8.10-2025.01.31-0-OKE-1.31.1-760\", or leave it unset to look it up.");
      }
      this.nodeImage = name;
      return this;
    }

    /**
     * The availability domains node pools place nodes in (one placement config each), instead of
     * all of the tenancy's as the {@link #identity(Identity)} client lists them. OCI names them per
     * tenancy, e.g. "Uocm:US-ASHBURN-AD-1" ({@code oci iam availability-domain list}); FakeOci's
     * are {@code fake.availabilityDomains()}. With neither these nor an Identity client, a plan
     * that creates node pools says so in its notes, and apply refuses it before any call.
     */
    public Builder availabilityDomains(List<String> names) {
      if (names == null || names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
        throw new IllegalArgumentException("availabilityDomains is empty or has a blank name; give at least one, e.g. "
            + "List.of(\"Uocm:US-ASHBURN-AD-1\").");
      }
      this.availabilityDomains = List.copyOf(names);
      return this;
    }

    /**
     * How calls are paced before OCI throttles them. Default: {@link Pacing#shared()} (one budget
     * per tenancy and region in the JVM) for a builder from {@code fromConfigFile(..)} or
     * {@code fromInstancePrincipals(..)}, else {@link Pacing#adaptive()}, a budget of this
     * provider's own; either paces while applies overlap (an estate) or once OCI has answered 429.
     * Give several providers one instance to share a budget; {@link Pacing#off()} sends calls as
     * fast as the parallelism allows (429s are still retried).
     */
    public Builder pacing(Pacing p) {
      this.pacing = Require.notNull(p, "OciNetworkProvider.Builder.pacing(p): p", "Give Pacing.shared(), Pacing.adaptive(..) or Pacing.off().");
      return this;
    }

    private Pacing pacing() {
      return pacing != null ? pacing : tenancy != null ? Pacing.shared() : Pacing.adaptive();
    }

    /** The provider. */
    public OciNetworkProvider build() {
      return new OciNetworkProvider(this);
    }
  }
}
