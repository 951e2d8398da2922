package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.Region;
import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.loadbalancer.LoadBalancer;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.testkit.internal.containerengine.ContainerEngineBackend;
import dev.okenet.testkit.internal.core.VirtualNetworkBackend;
import dev.okenet.testkit.internal.dispatch.CallJournal;
import dev.okenet.testkit.internal.dispatch.Dispatcher;
import dev.okenet.testkit.internal.dispatch.FaultPlan;
import dev.okenet.testkit.internal.door.HttpEndpoint;
import dev.okenet.testkit.internal.identity.IdentityBackend;
import dev.okenet.testkit.internal.identity.RegionDomains;
import dev.okenet.testkit.internal.loadbalancer.LoadBalancerBackend;
import dev.okenet.testkit.internal.nlb.NetworkLoadBalancerBackend;
import dev.okenet.testkit.internal.state.OnFirstUse;
import dev.okenet.testkit.internal.state.Timeline;
import dev.okenet.testkit.internal.state.World;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An in-memory OCI behind the OCI Java SDK's own interfaces: {@link VirtualNetwork},
 * {@link ContainerEngine}, {@link NetworkLoadBalancer}, {@link LoadBalancer} and {@link Identity}
 * (its availability domains), one backend per service. It answers as OCI answers - the same
 * validation, the same status codes and service codes - with a virtual clock, fault injection
 * and a call log. Unsupported operations throw {@link UnsupportedOperationException} naming
 * themselves; {@code oke-net-testkit/COVERAGE.md} lists what is supported.
 *
 * <pre>{@code
 * try (FakeOci oci = FakeOci.create()) {
 *     VirtualNetwork vn = oci.virtualNetwork();
 *     Vcn vcn = vn.createVcn(CreateVcnRequest.builder()
 *             .createVcnDetails(CreateVcnDetails.builder()
 *                     .compartmentId("ocid1.compartment.oc1..example")
 *                     .cidrBlocks(List.of("10.0.0.0/16")).displayName("prod").build())
 *             .build()).getVcn();
 *     OciAssertions.assertThat(oci).hasVcnNamed("prod").withCidr("10.0.0.0/16");
 * }
 * }</pre>
 *
 * <p>Defaults: region us-ashburn-1 with its three availability domains, {@linkplain
 * VirtualClock.Mode#INSTANT instant clock}, any well-formed compartment OCID is an existing
 * compartment. Thread-safe.
 */
public final class FakeOci implements AutoCloseable {
    private final Region region;
    private final Timeline timeline;
    private final VirtualClock clock;
    private final FaultPlan faultPlan = new FaultPlan();
    private final Faults faults = new Faults(faultPlan);
    private final CallJournal journal = new CallJournal();
    private final CallLog calls = new CallLog(journal);
    private final World world;
    private final Dispatcher dispatcher;
    private final VirtualNetworkBackend networkBackend;
    private final ContainerEngineBackend containerEngineBackend;
    private final NetworkLoadBalancerBackend loadBalancerBackend;
    private final ServiceLimits limits = new ServiceLimits();
    private final LoadBalancerBackend classicLoadBalancerBackend;
    private final IdentityBackend identityBackend;
    private final List<String> availabilityDomains;
    private final ExecutorService waiterExecutor;
    // Each service's client is made on first use: the first in a JVM loads its SDK interface's classes.
    private final OnFirstUse<VirtualNetwork> virtualNetwork;
    private final OnFirstUse<ContainerEngine> containerEngine;
    private final OnFirstUse<NetworkLoadBalancer> networkLoadBalancer;
    private final OnFirstUse<LoadBalancer> classicLoadBalancer;
    private final OnFirstUse<Identity> identity;
    /**
     * This fake's own HTTP endpoint, listening only once {@link #startHttp()} is called. The HTTP
     * package reads it through {@code HttpEndpoint.of(fake)}; nothing static points to it.
     */
    private final HttpEndpoint http;

    private FakeOci(Builder builder) {
        this.region = builder.region;
        this.timeline = new Timeline(builder.epoch, builder.mode);
        timeline.setStalledWaitAfter(builder.stalledWaitAfter);
        this.clock = new VirtualClock(timeline);
        World world = new World(region, timeline, builder.seed, builder.defaultPageSize);
        this.world = world;
        this.dispatcher = new Dispatcher(timeline, faultPlan, journal, builder.seed, world.scheduler()::runDue);
        this.dispatcher.throttle(new dev.okenet.testkit.internal.dispatch.Throttle(builder.rateLimits));
        this.networkBackend = new VirtualNetworkBackend(world, builder.seed);
        this.containerEngineBackend = new ContainerEngineBackend(world, networkBackend);
        this.loadBalancerBackend = new NetworkLoadBalancerBackend(world, networkBackend);
        this.classicLoadBalancerBackend = new LoadBalancerBackend(world, networkBackend, limits::fixedShapeLoadBalancers);
        this.availabilityDomains = builder.availabilityDomains != null ? builder.availabilityDomains
                : RegionDomains.of(region);
        this.identityBackend = new IdentityBackend(world, availabilityDomains, IdentityBackend.FAKE_TENANCY_ID);
        // The SDK waiters' futures run on this; daemon threads so a forgotten close() never hangs a JVM.
        this.waiterExecutor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fakeoci-waiter");
            thread.setDaemon(true);
            return thread;
        });
        this.virtualNetwork = new OnFirstUse<>(() -> networkBackend.client(dispatcher, waiterExecutor));
        this.containerEngine = new OnFirstUse<>(() -> containerEngineBackend.client(dispatcher, waiterExecutor));
        this.networkLoadBalancer = new OnFirstUse<>(() -> loadBalancerBackend.client(dispatcher, waiterExecutor));
        this.classicLoadBalancer = new OnFirstUse<>(() -> classicLoadBalancerBackend.client(dispatcher, waiterExecutor));
        this.identity = new OnFirstUse<>(() -> identityBackend.client(dispatcher, waiterExecutor));
        this.http = HttpEndpoint.forFake(this);
    }

    /** A fake with every default: us-ashburn-1, instant clock. */
    public static FakeOci create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The Virtual Network (core) service. */
    public VirtualNetwork virtualNetwork() {
        return virtualNetwork.get();
    }

    /** The Container Engine for Kubernetes (OKE) service. */
    public ContainerEngine containerEngine() {
        return containerEngine.get();
    }

    /** The Network Load Balancer service. */
    public NetworkLoadBalancer networkLoadBalancer() {
        return networkLoadBalancer.get();
    }

    /**
     * The (layer 7) Load Balancer service: the operations the OCI cloud controller manager needs for a
     * Service's load balancer (COVERAGE.md); over HTTP, {@code OciHttpClients.loadBalancer()}.
     */
    public LoadBalancer loadBalancer() {
        return classicLoadBalancer.get();
    }

    /**
     * The Identity service, as far as clients of OKE need it: {@code listAvailabilityDomains} lists
     * {@link #availabilityDomains()} (COVERAGE.md); over HTTP, {@code OciHttpClients.identity()}.
     */
    public Identity identity() {
        return identity.get();
    }

    /** The tenancy's service limits, e.g. how many 100Mbps load balancers may exist. */
    public ServiceLimits limits() {
        return limits;
    }

    public VirtualClock clock() {
        return clock;
    }

    public Faults faults() {
        return faults;
    }

    /** Every call made so far. */
    public CallLog calls() {
        return calls;
    }

    public Region region() {
        return region;
    }

    /**
     * The availability domains of this fake's region, as {@code Identity.listAvailabilityDomains}
     * lists them: named as OCI names them per tenancy ({@code <tenancy prefix>:<region>-AD-<n>},
     * FakeOci's prefix being {@code Uocm}), three for us-ashburn-1 ({@code Uocm:US-ASHBURN-AD-1} to
     * {@code -3}), one for a single-AD region such as ap-tokyo-1 ({@code Uocm:AP-TOKYO-1-AD-1}), or
     * those given to {@link Builder#availabilityDomains(List)}.
     */
    public List<String> availabilityDomains() {
        return availabilityDomains;
    }

    /** The operations each service supports, by service name; what COVERAGE.md lists. */
    public static Map<String, Set<String>> supportedOperations() {
        try (FakeOci probe = create()) {
            Map<String, Set<String>> byService = new TreeMap<>();
            byService.put("VirtualNetwork", probe.networkBackend.operations().operations());
            byService.put("ContainerEngine", probe.containerEngineBackend.operations().operations());
            byService.put("NetworkLoadBalancer", probe.loadBalancerBackend.operations().operations());
            byService.put("LoadBalancer", probe.classicLoadBalancerBackend.operations().operations());
            byService.put("Identity", probe.identityBackend.operations().operations());
            return byService;
        }
    }

    /** Forgets every resource, call and fault; the clock keeps its time. */
    public void reset() {
        dispatcher.locked(() -> {
            containerEngineBackend.reset();
            loadBalancerBackend.reset();
            classicLoadBalancerBackend.reset();
            networkBackend.reset();
            world.scheduler().clear();
            world.retryTokens().clear();
            return null;
        });
        journal.clear();
        faultPlan.clear();
    }

    /**
     * Serves this fake's services over loopback HTTP, for the OCI SDK's real clients (see
     * {@code dev.okenet.testkit.http.OciHttpClients}); idempotent; {@link #close()} stops it.
     *
     * @return the base URI, e.g. {@code http://127.0.0.1:41234}
     */
    public java.net.URI startHttp() {
        return http.start();
    }

    @Override
    public void close() {
        http.stop();
        waiterExecutor.shutdownNow();
    }

    /** For the assertions in this package: runs {@code read} on a consistent view of the state. */
    <T> T inspect(java.util.function.Function<FakeOci, T> read) {
        return dispatcher.locked(() -> read.apply(this));
    }

    VirtualNetworkBackend networkBackend() {
        return networkBackend;
    }

    ContainerEngineBackend containerEngineBackend() {
        return containerEngineBackend;
    }

    NetworkLoadBalancerBackend loadBalancerBackend() {
        return loadBalancerBackend;
    }

    @Override
    public String toString() {
        return "FakeOci[" + region.getRegionId() + ", " + clock + "]";
    }

    /**
     * Options for a {@link FakeOci}.
     *
     * <pre>{@code
     * FakeOci oci = FakeOci.builder()
     *         .region(Region.EU_FRANKFURT_1)
     *         .clock(VirtualClock.Mode.MANUAL)
     *         .seed(7)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        /** OCI does not document list page sizes; 100 is a conservative, unverified default. */
        public static final int DEFAULT_PAGE_SIZE = 100;

        private Region region = Region.US_ASHBURN_1;
        private VirtualClock.Mode mode = VirtualClock.Mode.INSTANT;
        private Instant epoch = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        private long seed = 1;
        private int defaultPageSize = DEFAULT_PAGE_SIZE;
        private RateLimits rateLimits = RateLimits.none();
        private Duration stalledWaitAfter = Duration.ofSeconds(5);
        private List<String> availabilityDomains;

        private Builder() {}

        /**
         * On a {@link VirtualClock.Mode#MANUAL} clock, how long (real time) a caller may poll a
         * resource mid-transition, without virtual time moving, before FakeOci answers the read with
         * 400 {@code FakeOciClockStalled} and the fix (default 5 s, and at least three reads; a waiter
         * that never pauses is stopped at its hundredth such read). Such a waiter sleeps real time
         * on a clock nobody moves: without this it would wait out its whole timeout, 20 minutes for
         * the SDK's default waiters. {@code Duration.ZERO} answers the third read.
         *
         * <pre>{@code
         * FakeOci.builder().clock(VirtualClock.Mode.MANUAL).stalledWaitAfter(Duration.ofSeconds(30)).build();
         * }</pre>
         */
        public Builder stalledWaitAfter(Duration realTime) {
            notNull(realTime, "FakeOci.Builder.stalledWaitAfter(realTime)", "Give a real-time duration >= 0, e.g. Duration.ofSeconds(5).");
            if (realTime.isNegative()) {
                throw new IllegalArgumentException("stalledWaitAfter(" + realTime + "): give a duration >= 0, e.g. Duration.ofSeconds(5).");
            }
            this.stalledWaitAfter = realTime;
            return this;
        }

        /**
         * Throttles calls as OCI does, per operation family, answering 429 TooManyRequests when a
         * family's bucket is empty (default {@link RateLimits#none()}; see
         * {@link RateLimits#oracleDefaults()} for the documented figures).
         */
        public Builder rateLimits(RateLimits limits) {
            this.rateLimits = notNull(limits, "FakeOci.Builder.rateLimits(limits)",
                    "Give RateLimits.none() for no throttling, or e.g. RateLimits.oracleDefaults().");
            return this;
        }

        /**
         * The availability domains the fake's region has, as Identity lists them and node pools
         * place nodes in (default: the region's, named for FakeOci's tenancy, e.g. {@code
         * Uocm:US-ASHBURN-AD-1} to {@code -3}); e.g. {@code availabilityDomains(List.of("kWVD:PHX-AD-1"))}
         * for a tenancy of your own, or one name to test a single-AD region.
         */
        public Builder availabilityDomains(List<String> names) {
            notNull(names, "FakeOci.Builder.availabilityDomains(names)",
                    "Give at least one name, e.g. List.of(\"Uocm:US-ASHBURN-AD-1\"), or leave it unset for the region's own.");
            if (names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())
                    || new HashSet<>(names).size() != names.size()) {
                throw new IllegalArgumentException("availabilityDomains " + names + " must name at least one domain,"
                        + " each once and none blank, e.g. List.of(\"Uocm:US-ASHBURN-AD-1\"); a region has one or more.");
            }
            this.availabilityDomains = List.copyOf(names);
            return this;
        }

        /** The region the fake is in (default us-ashburn-1); it shapes OCIDs and service names. */
        public Builder region(Region region) {
            this.region = notNull(region, "FakeOci.Builder.region(region)", "Give an OCI region, e.g. Region.US_ASHBURN_1.");
            return this;
        }

        /** How the virtual clock moves (default {@link VirtualClock.Mode#INSTANT}). */
        public Builder clock(VirtualClock.Mode mode) {
            this.mode = notNull(mode, "FakeOci.Builder.clock(mode)", "Give a clock mode, e.g. VirtualClock.Mode.INSTANT.");
            return this;
        }

        /** The instant virtual time starts at (default: now, to the second). */
        public Builder startingAt(Instant epoch) {
            this.epoch = notNull(epoch, "FakeOci.Builder.startingAt(epoch)",
                    "Give the instant virtual time starts at, e.g. Instant.parse(\"2026-01-01T00:00:00Z\").");
            return this;
        }

        /** Seeds OCIDs and rule ids, so two fakes with the same seed hand out the same ids (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Items per list page when the request gives no limit (default {@value #DEFAULT_PAGE_SIZE}). */
        public Builder defaultPageSize(int size) {
            if (size < 1 || size > 1000) {
                throw new IllegalArgumentException("defaultPageSize must be 1 to 1000, was " + size);
            }
            this.defaultPageSize = size;
            return this;
        }

        public FakeOci build() {
            return new FakeOci(this);
        }
    }
}
