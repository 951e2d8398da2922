package dev.okenet.testkit.http;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.ClientConfiguration;
import com.oracle.bmc.auth.SimpleAuthenticationDetailsProvider;
import com.oracle.bmc.circuitbreaker.CircuitBreakerConfiguration;
import com.oracle.bmc.containerengine.ContainerEngineClient;
import com.oracle.bmc.core.VirtualNetworkClient;
import com.oracle.bmc.http.ClientConfigurator;
import com.oracle.bmc.identity.IdentityClient;
import com.oracle.bmc.loadbalancer.LoadBalancerClient;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerClient;
import com.oracle.bmc.retrier.DefaultRetryCondition;
import com.oracle.bmc.retrier.RetryConfiguration;
import com.oracle.bmc.util.CircuitBreakerUtils;
import com.oracle.bmc.waiter.FixedTimeDelayStrategy;
import com.oracle.bmc.waiter.MaxAttemptsTerminationStrategy;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.internal.door.CallerHeader;
import dev.okenet.testkit.internal.door.Authenticator;
import dev.okenet.testkit.internal.door.HttpEndpoint;
import dev.okenet.testkit.internal.state.OnFirstUse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The OCI SDK's real clients - {@link VirtualNetworkClient}, {@link ContainerEngineClient},
 * {@link NetworkLoadBalancerClient}, {@link LoadBalancerClient}, {@link IdentityClient} - pointed at a FakeOci's HTTP endpoint and signed with a
 * generated {@link ApiKey}, whose signatures the endpoint then verifies. Each client is built the
 * first time it is asked for, then kept: cheap to call, one connection pool each, kept alive.
 *
 * <p>Clients built for a fake ({@link #connect(FakeOci)}, {@link #builder(FakeOci)}) send each
 * calling thread's {@linkplain dev.okenet.testkit.VirtualClock#callerKey() caller key}, so the
 * fake's caller time holds over HTTP as in process: one thread's creates in turn take the sum of
 * their latencies. Clients of a bare URI count as the endpoint's own threads unless given
 * {@link Builder#callerKeys}.
 *
 * <pre>{@code
 * try (FakeOci fake = FakeOci.create();
 *      OciHttpClients clients = OciHttpClients.connect(fake)) {
 *     Vcn vcn = clients.virtualNetwork().createVcn(request).getVcn();
 * }
 * // With SDK retries (default: none, so injected faults reach the caller):
 * OciHttpClients.builder(fake).retries(3).build();
 * }</pre>
 */
public final class OciHttpClients implements AutoCloseable {
    private final ApiKey key;
    private final URI endpoint;
    private final Authenticator trustedBy;
    /** True when the key was generated for these clients, so closing them retires it. */
    private final boolean ownsKey;
    // Each client is built when first asked for: building one sets up its HTTP stack, and a test
    // often uses two or three of the five.
    private final OnFirstUse<VirtualNetworkClient> virtualNetwork;
    private final OnFirstUse<ContainerEngineClient> containerEngine;
    private final OnFirstUse<NetworkLoadBalancerClient> networkLoadBalancer;
    private final OnFirstUse<LoadBalancerClient> loadBalancer;
    private final OnFirstUse<IdentityClient> identity;

    private OciHttpClients(Builder builder) {
        this.key = builder.key != null ? builder.key
                : builder.keyBits == ApiKey.LOOPBACK_KEY_BITS ? ApiKey.loopbackOnly() : ApiKey.generate(builder.keyBits);
        this.endpoint = builder.endpoint;
        this.trustedBy = builder.trustedBy;
        this.ownsKey = builder.key == null;
        SimpleAuthenticationDetailsProvider auth = key.authentication();
        // Retries and the circuit breaker are set per client, never through the SDK's JVM-wide defaults
        // (Retriers.setDefaultRetryConfiguration, CircuitBreakerUtils.setDefaultCircuitBreakerConfiguration):
        // oci-java-sdk-common 3.78.0, CircuitBreakerUtils.getUserDefinedCircuitBreakerConfiguration, takes a
        // client's configuration before the static default or the OCI_SDK_DEFAULT_CIRCUITBREAKER_ENABLED
        // variable. The one system property the SDK may set, sun.net.http.allowRestrictedHeaders, its
        // Jersey3HttpProvider (oci-java-sdk-common-httpclient-jersey3 3.77.2, static initializer) sets only
        // when Jersey's Apache connector is absent (or OCI_JAVASDK_JERSEY_CLIENT_DEFAULT_CONNECTOR_ENABLED=true),
        // for the JDK's HttpURLConnection; that artifact brings the Apache connector itself, so no property
        // is set (NoJvmWideStateTest checks it in a fresh JVM).
        ClientConfiguration configuration = ClientConfiguration.builder()
                .retryConfiguration(builder.retries)
                .circuitBreakerConfiguration(builder.circuitBreaker)
                .connectionTimeoutMillis(Math.toIntExact(builder.connectTimeout.toMillis()))
                .readTimeoutMillis(Math.toIntExact(builder.readTimeout.toMillis()))
                .build();
        String base = endpoint.toString();
        List<ClientConfigurator> configurators = builder.callerKeys == null ? List.of()
                : List.of(CallerHeader.sender(builder.callerKeys));
        if (trustedBy != null) {
            trustedBy.trust(key.keyId(), key.publicKey());
        }
        this.virtualNetwork = new OnFirstUse<>(() -> VirtualNetworkClient.builder().configuration(configuration)
                .endpoint(base).additionalClientConfigurators(configurators).build(auth));
        this.containerEngine = new OnFirstUse<>(() -> ContainerEngineClient.builder().configuration(configuration)
                .endpoint(base).additionalClientConfigurators(configurators).build(auth));
        this.networkLoadBalancer = new OnFirstUse<>(() -> NetworkLoadBalancerClient.builder().configuration(configuration)
                .endpoint(base).additionalClientConfigurators(configurators).build(auth));
        this.loadBalancer = new OnFirstUse<>(() -> LoadBalancerClient.builder().configuration(configuration)
                .endpoint(base).additionalClientConfigurators(configurators).build(auth));
        this.identity = new OnFirstUse<>(() -> IdentityClient.builder().configuration(configuration)
                .endpoint(base).additionalClientConfigurators(configurators).build(auth));
    }

    /** Clients for {@code fake}'s HTTP endpoint (started if need be), with every default. */
    public static OciHttpClients connect(FakeOci fake) {
        return builder(notNull(fake, "OciHttpClients.connect(fake)", "Give the FakeOci to call, e.g. FakeOci.create().")).build();
    }

    /**
     * Options for clients of {@code fake}'s HTTP endpoint (started if need be) that send each
     * calling thread's caller key, so caller time holds over HTTP.
     */
    public static Builder builder(FakeOci fake) {
        notNull(fake, "OciHttpClients.builder(fake)", "Give the FakeOci to call, e.g. FakeOci.create().");
        Builder builder = new Builder(fake.startHttp()).callerKeys(fake.clock()::callerKey);
        builder.trustedBy = HttpEndpoint.of(fake).authenticator();
        return builder;
    }

    /** Options for clients of a running {@link FakeOciServer}, signed with the key it issued. */
    public static Builder builder(FakeOciServer server) {
        notNull(server, "OciHttpClients.builder(server)", "Give a running server, e.g. FakeOciServer.builder().start().");
        return new Builder(server.endpoint()).key(server.issuedKey());
    }

    /**
     * Options for clients of the endpoint at {@code endpoint}, e.g. {@code http://127.0.0.1:41234}.
     * A strict endpoint accepts only keys it knows: give one with {@link Builder#key(ApiKey)}.
     */
    public static Builder builder(URI endpoint) {
        return new Builder(notNull(endpoint, "OciHttpClients.builder(endpoint)",
                "Give the endpoint's base URI, e.g. what FakeOci.startHttp() returns."));
    }

    public VirtualNetworkClient virtualNetwork() {
        return virtualNetwork.get();
    }

    public ContainerEngineClient containerEngine() {
        return containerEngine.get();
    }

    public NetworkLoadBalancerClient networkLoadBalancer() {
        return networkLoadBalancer.get();
    }

    /** The (layer 7) Load Balancer service's client. */
    public LoadBalancerClient loadBalancer() {
        return loadBalancer.get();
    }

    /** The Identity service's client (availability domains). */
    public IdentityClient identity() {
        return identity.get();
    }

    /** The key the clients sign with. */
    public ApiKey key() {
        return key;
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        virtualNetwork.ifMade(VirtualNetworkClient::close);
        containerEngine.ifMade(ContainerEngineClient::close);
        networkLoadBalancer.ifMade(NetworkLoadBalancerClient::close);
        loadBalancer.ifMade(LoadBalancerClient::close);
        identity.ifMade(IdentityClient::close);
        if (trustedBy != null && ownsKey) {
            trustedBy.forget(key.keyId());
        }
    }

    @Override
    public String toString() {
        return "OciHttpClients[" + endpoint + ", " + key.keyId() + "]";
    }

    /**
     * Options for {@link OciHttpClients}. Defaults suit tests: no SDK retries and no circuit
     * breaker (fault-injection tests must see each fault), connect timeout 5 s, read timeout 30 s.
     *
     * <pre>{@code
     * OciHttpClients.builder(uri).retries(4).circuitBreaker(CircuitBreakerUtils.DEFAULT_CIRCUIT_BREAKER_CONFIGURATION).build();
     * }</pre>
     */
    public static final class Builder {
        private final URI endpoint;
        private RetryConfiguration retries = RetryConfiguration.NO_RETRY_CONFIGURATION;
        private CircuitBreakerConfiguration circuitBreaker = CircuitBreakerUtils.getNoCircuitBreakerConfiguration();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private int keyBits = ApiKey.KEY_BITS;
        private Supplier<String> callerKeys;
        private ApiKey key;
        private Authenticator trustedBy;

        private Builder(URI endpoint) {
            this.endpoint = endpoint;
            if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
                throw new IllegalArgumentException("OciHttpClients endpoint " + endpoint
                        + " is not an http(s) URI; pass what FakeOci.startHttp() returns.");
            }
        }

        /**
         * Lets the SDK retry what it retries by default (429, 5xx, 409 IncorrectState, timeouts) up
         * to {@code attempts} attempts in all, without waiting between them.
         */
        public Builder retries(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("retries(" + attempts + "): give at least 1 attempt (1 = no retry)");
            }
            this.retries = attempts == 1 ? RetryConfiguration.NO_RETRY_CONFIGURATION
                    : RetryConfiguration.builder()
                            .terminationStrategy(new MaxAttemptsTerminationStrategy(attempts))
                            .delayStrategy(new FixedTimeDelayStrategy(0))
                            .retryCondition(new DefaultRetryCondition())
                            .build();
            return this;
        }

        /** Any SDK retry configuration, e.g. {@link RetryConfiguration#SDK_DEFAULT_RETRY_CONFIGURATION}. */
        public Builder retryConfiguration(RetryConfiguration configuration) {
            this.retries = notNull(configuration, "OciHttpClients.Builder.retryConfiguration(configuration)",
                    "Give an SDK retry configuration, e.g. RetryConfiguration.NO_RETRY_CONFIGURATION, or call retries(attempts).");
            return this;
        }

        /** A circuit breaker, e.g. {@link CircuitBreakerUtils#DEFAULT_CIRCUIT_BREAKER_CONFIGURATION}. */
        public Builder circuitBreaker(CircuitBreakerConfiguration configuration) {
            this.circuitBreaker = notNull(configuration, "OciHttpClients.Builder.circuitBreaker(configuration)",
                    "Give a circuit breaker, e.g. CircuitBreakerUtils.getNoCircuitBreakerConfiguration() for none.");
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /** The door's own clients: a {@value ApiKey#LOOPBACK_KEY_BITS}-bit key that never leaves the JVM. */
        Builder loopbackKey() {
            this.keyBits = ApiKey.LOOPBACK_KEY_BITS;
            return this;
        }

        /**
         * The size of the generated signing key (default {@value ApiKey#KEY_BITS}, at least
         * {@value ApiKey#MIN_KEY_BITS}); see {@link ApiKey#generate(int)}.
         */
        public Builder keyBits(int bits) {
            this.keyBits = ApiKey.checkedKeyBits(bits, "OciHttpClients.Builder.keyBits(bits)");
            return this;
        }

        /**
         * Signs with {@code key} instead of a generated one: a key the server trusts, such as
         * {@link FakeOciServer#issuedKey()}. (Clients for a FakeOci register their generated key
         * with its endpoint themselves.)
         */
        public Builder key(ApiKey key) {
            this.key = notNull(key, "OciHttpClients.Builder.key(key)",
                    "Give a key the server trusts, e.g. server.issuedKey(), or leave it unset to generate one.");
            return this;
        }

        /**
         * Sends {@code keys.get()}, asked on the calling thread of each request, as the caller the
         * fake serves it for; {@link #builder(FakeOci)} passes the fake's {@code
         * clock()::callerKey}.
         */
        public Builder callerKeys(Supplier<String> keys) {
            this.callerKeys = notNull(keys, "OciHttpClients.Builder.callerKeys(keys)",
                    "Give where each request's caller key comes from, e.g. fake.clock()::callerKey.");
            return this;
        }

        public OciHttpClients build() {
            return new OciHttpClients(this);
        }

        private static Duration positive(Duration value, String name) {
            notNull(value, "OciHttpClients.Builder." + name + "(timeout)", "Give a positive duration, e.g. Duration.ofSeconds(5).");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + "(" + value + "): give a positive duration");
            }
            return value;
        }
    }
}
