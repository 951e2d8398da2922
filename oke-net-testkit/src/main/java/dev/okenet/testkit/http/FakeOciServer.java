package dev.okenet.testkit.http;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.Region;
import com.oracle.bmc.waiter.DelayStrategy;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.internal.door.Authenticator;
import dev.okenet.testkit.internal.door.HttpEndpoint;
import dev.okenet.testkit.internal.door.RecordedServices;
import dev.okenet.testkit.internal.door.RecordingTarget;
import dev.okenet.testkit.internal.state.OnFirstUse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * FakeOci as a server for any OCI client, in any language: OCI's REST API for the Virtual Network,
 * Container Engine, Network Load Balancer, Load Balancer and Identity services on one port, plus a control API under
 * {@code /_fakeoci/} (health, reset, the virtual clock, faults, the call log, snapshots). Strict by
 * default: only the key it issued (or keys it is given) may sign, as OCI would check them.
 *
 * <pre>{@code
 * try (FakeOciServer server = FakeOciServer.builder().clock(VirtualClock.Mode.MANUAL).start()) {
 *     Path config = server.writeOciConfig(Path.of("target/fakeoci"), "DEFAULT");   // for any SDK or the CLI
 *     try (OciHttpClients clients = OciHttpClients.builder(server).build()) {
 *         clients.virtualNetwork().createVcn(...);
 *     }
 *     server.snapshot("with-vcn");
 * }
 * }</pre>
 *
 * <p>{@link #fake()} is the fake being served; it is replaced when a snapshot is restored. Work done
 * in process should go through {@link #services()} so that snapshots can replay it.
 */
public final class FakeOciServer implements AutoCloseable {
    /** OCI API versions in the paths of each service, as the SDK's clients send them. */
    public static final Map<String, String> API_VERSIONS = Map.of(
            "VirtualNetwork", "20160918", "ContainerEngine", "20180222", "NetworkLoadBalancer", "20200501",
            "LoadBalancer", "20170115", "Identity", "20160918");

    private final RecordingTarget target;
    private final HttpEndpoint endpoint;
    private final ApiKey issuedKey;
    private final URI base;
    private final Region region;
    private final ExecutorService waiterExecutor;
    /** Made when first asked for: each of its four services is a proxy whose first making in a JVM loads the SDK interface's classes. */
    private final OnFirstUse<OciServices> services;

    private FakeOciServer(Builder builder) {
        this.region = builder.region;
        this.target = new RecordingTarget(builder::buildFake);
        this.issuedKey = builder.issuedKey != null ? builder.issuedKey : ApiKey.generate(builder.keyBits);
        Authenticator authenticator = new Authenticator(Authenticator.Mode.valueOf(builder.authentication.name()), Clock.systemUTC());
        authenticator.trust(issuedKey.keyId(), issuedKey.publicKey());
        this.endpoint = new HttpEndpoint(target, authenticator, builder.address, builder.port, builder.maxBody);
        this.waiterExecutor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fakeoci-server-waiter");
            thread.setDaemon(true);
            return thread;
        });
        this.services = new OnFirstUse<>(() -> {
            RecordedServices.Recorded recorded = RecordedServices.of(target, waiterExecutor);
            return new OciServices(recorded.virtualNetwork(), recorded.containerEngine(),
                    recorded.networkLoadBalancer(), recorded.identity());
        });
        this.base = endpoint.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URI every SDK client takes as its endpoint, e.g. {@code http://127.0.0.1:4510}. */
    public URI endpoint() {
        return base;
    }

    /** Each service's endpoint with its API version, as a person reads them; the SDKs take {@link #endpoint()}. */
    public Map<String, URI> serviceEndpoints() {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        for (String service : List.of("VirtualNetwork", "ContainerEngine", "NetworkLoadBalancer", "LoadBalancer", "Identity")) {
            endpoints.put(service, URI.create(base + "/" + API_VERSIONS.get(service)));
        }
        return endpoints;
    }

    /** The control API's base, e.g. {@code http://127.0.0.1:4510/_fakeoci/}. */
    public URI controlEndpoint() {
        return URI.create(base + "/_fakeoci/");
    }

    /** The key this server issued at start, which it trusts. */
    public ApiKey issuedKey() {
        return issuedKey;
    }

    public Authentication authentication() {
        return Authentication.valueOf(endpoint.authenticator().mode().name());
    }

    public Region region() {
        return region;
    }

    /** Trusts signatures by {@code key} from now on. */
    public FakeOciServer trust(ApiKey key) {
        notNull(key, "FakeOciServer.trust(key)", "Give the key to trust, e.g. ApiKey.generate().");
        return trust(key.keyId(), key.publicKey());
    }

    /** Trusts signatures by the key {@code keyId} ({@code tenancy/user/fingerprint}) from now on. */
    public FakeOciServer trust(String keyId, PublicKey key) {
        notNull(keyId, "FakeOciServer.trust(keyId, key): keyId", "Give the key id a signature names, e.g. apiKey.keyId().");
        notNull(key, "FakeOciServer.trust(keyId, key): key", "Give the public key that verifies it, e.g. apiKey.publicKey().");
        endpoint.authenticator().trust(keyId, key);
        return this;
    }

    /** The fake served now (a new one after each {@link #restore}). */
    public FakeOci fake() {
        return target.fake();
    }

    /** The fake's services in process, recorded so that snapshots replay what they do. */
    public OciServices services() {
        return services.get();
    }

    /** A waiter delay strategy in virtual time for {@link #services()}, recorded like them. */
    public DelayStrategy delayStrategy() {
        return target.delayStrategy();
    }

    /** Saves the current state under {@code name} (replacing a snapshot of that name). */
    public FakeOciServer snapshot(String name) {
        target.snapshot(notNull(name, "FakeOciServer.snapshot(name)", "Give the snapshot a name, e.g. \"before-apply\"."));
        return this;
    }

    /** Goes back to the state saved under {@code name}: resources, clock, faults and call log. */
    public FakeOciServer restore(String name) {
        if (!target.restore(notNull(name, "FakeOciServer.restore(name)", "Give the name a snapshot was taken under; taken: "
                + target.snapshots() + "."))) {
            throw new IllegalArgumentException("No snapshot named '" + name + "'; taken: " + target.snapshots());
        }
        return this;
    }

    /**
     * Writes an OCI config file ({@code config}) and the issued key ({@code oci_api_key.pem}, owner
     * read/write only, and {@code oci_api_key_public.pem}) into {@code directory}, with one profile
     * naming the fake's tenancy, the key's user and fingerprint, and the region. Any OCI SDK or the
     * OCI CLI reads it; point the client's endpoint at {@link #endpoint()}.
     *
     * @return the config file
     */
    public Path writeOciConfig(Path directory, String profile) {
        notNull(directory, "FakeOciServer.writeOciConfig(directory, profile): directory",
                "Give a directory this process may write, e.g. a JUnit @TempDir.");
        notNull(profile, "FakeOciServer.writeOciConfig(directory, profile): profile", "Give the profile's name, e.g. \"DEFAULT\".");
        if (!profile.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("Profile '" + profile + "' must be letters, digits, '_', '.' or '-'.");
        }
        try {
            Files.createDirectories(directory);
            Path key = directory.resolve("oci_api_key.pem").toAbsolutePath();
            Files.writeString(key, issuedKey.privateKeyPem(), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the SDKs only warn about a key others can read.
            }
            Files.writeString(directory.resolve("oci_api_key_public.pem"), issuedKey.publicKeyPem(),
                    StandardCharsets.US_ASCII);
            Path config = directory.resolve("config").toAbsolutePath();
            Files.writeString(config, "[" + profile + "]\n"
                    + "user=" + issuedKey.userId() + "\n"
                    + "fingerprint=" + issuedKey.fingerprint() + "\n"
                    + "tenancy=" + issuedKey.tenancyId() + "\n"
                    + "region=" + region.getRegionId() + "\n"
                    + "key_file=" + key + "\n", StandardCharsets.US_ASCII);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the OCI config into " + directory + ": " + e.getMessage()
                    + "; give a directory this process may write.", e);
        }
    }

    /** Stops serving and closes the fake; idempotent. */
    @Override
    public void close() {
        endpoint.stop();
        waiterExecutor.shutdownNow();
        target.close();
    }

    @Override
    public String toString() {
        return "FakeOciServer[" + base + ", " + authentication() + "]";
    }

    /**
     * Options for a {@link FakeOciServer}: the fake's (region, clock, latencies, seed) and the
     * server's (address, port, authentication, body limit).
     *
     * <pre>{@code
     * FakeOciServer.builder().port(4510).clock(VirtualClock.Mode.MANUAL)
     *         .latency(ResourceKind.SUBNET, Duration.ofSeconds(9)).seed(7).start();
     * }</pre>
     */
    public static final class Builder {
        private Region region = Region.US_ASHBURN_1;
        private VirtualClock.Mode clock = VirtualClock.Mode.INSTANT;
        private final Map<ResourceKind, Duration> latencies = new EnumMap<>(ResourceKind.class);
        private Duration nodeLatency;
        private long seed = 1;
        private Instant epoch = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        private InetAddress address = InetAddress.getLoopbackAddress();
        private int port;
        private Authentication authentication = Authentication.STRICT;
        private long maxBody = HttpEndpoint.DEFAULT_MAX_BODY;
        private int keyBits = ApiKey.KEY_BITS;
        private ApiKey issuedKey;

        private Builder() {}

        public Builder region(Region region) {
            this.region = notNull(region, "FakeOciServer.Builder.region(region)", "Give an OCI region, e.g. Region.US_ASHBURN_1.");
            return this;
        }

        /** How the virtual clock moves (default instant). */
        public Builder clock(VirtualClock.Mode mode) {
            this.clock = notNull(mode, "FakeOciServer.Builder.clock(mode)", "Give a clock mode, e.g. VirtualClock.Mode.INSTANT.");
            return this;
        }

        /** How long {@code kind} takes to provision on a manual or auto-advancing clock. */
        public Builder latency(ResourceKind kind, Duration latency) {
            notNull(kind, "FakeOciServer.Builder.latency(kind, latency): kind", "Give a resource kind, e.g. ResourceKind.SUBNET.");
            notNull(latency, "FakeOciServer.Builder.latency(kind, latency): latency", "Give a duration >= 0, e.g. Duration.ofSeconds(30).");
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency(" + kind + ", " + latency + "): give a kind and a duration >= 0");
            }
            latencies.put(kind, latency);
            return this;
        }

        /** How long a node pool's nodes take to come up. */
        public Builder nodeLatency(Duration latency) {
            notNull(latency, "FakeOciServer.Builder.nodeLatency(latency)", "Give a duration >= 0, e.g. Duration.ofSeconds(30).");
            if (latency.isNegative()) {
                throw new IllegalArgumentException("nodeLatency(" + latency + "): give a duration >= 0");
            }
            this.nodeLatency = latency;
            return this;
        }

        /** Seeds OCIDs and rule ids (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The instant virtual time starts at (default: now, to the second). */
        public Builder startingAt(Instant epoch) {
            this.epoch = notNull(epoch, "FakeOciServer.Builder.startingAt(epoch)",
                    "Give the instant virtual time starts at, e.g. Instant.parse(\"2026-01-01T00:00:00Z\").");
            return this;
        }

        /** The address to listen on (default loopback: nothing off this machine can reach the fake). */
        public Builder bindAddress(InetAddress address) {
            this.address = notNull(address, "FakeOciServer.Builder.bindAddress(address)",
                    "Give the address to listen on, e.g. InetAddress.getLoopbackAddress().");
            return this;
        }

        /** The port (default 0: any free one; {@link #endpoint()} tells which). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port(" + port + "): give 0 to 65535 (0: any free port)");
            }
            this.port = port;
            return this;
        }

        /** How strictly signatures are checked (default {@link Authentication#STRICT}). */
        public Builder authentication(Authentication authentication) {
            this.authentication = notNull(authentication, "FakeOciServer.Builder.authentication(authentication)",
                    "Give how strictly signatures are checked, e.g. Authentication.STRICT.");
            return this;
        }

        /** The largest request body accepted (default 1 MiB); larger ones answer 413. */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes(" + bytes + "): give at least 1");
            }
            this.maxBody = bytes;
            return this;
        }

        /** The size of the issued key (default {@value ApiKey#KEY_BITS}, as OCI requires). */
        public Builder keyBits(int bits) {
            this.keyBits = ApiKey.checkedKeyBits(bits, "FakeOciServer.Builder.keyBits(bits)");
            return this;
        }

        /**
         * Serves with {@code key} as the issued key instead of generating one. Generating a
         * {@value ApiKey#KEY_BITS}-bit RSA key is most of a server's start once the JVM is warm (a few
         * hundred milliseconds), so a test suite that starts a server per test class can generate one
         * key and give it to each: the key is the suite's, held where the suite holds it; the servers
         * share nothing else.
         *
         * <pre>{@code
         * static final ApiKey SUITE_KEY = ApiKey.generate();   // the suite's own, once per JVM
         * FakeOciServer server = FakeOciServer.builder().issuedKey(SUITE_KEY).start();
         * }</pre>
         */
        public Builder issuedKey(ApiKey key) {
            this.issuedKey = notNull(key, "FakeOciServer.Builder.issuedKey(key)", "Give the key the server issues, e.g. ApiKey.generate().");
            return this;
        }

        /** Starts serving; the caller closes the server. */
        public FakeOciServer start() {
            return new FakeOciServer(this);
        }

        private FakeOci buildFake() {
            FakeOci fake = FakeOci.builder().region(region).clock(clock).seed(seed).startingAt(epoch).build();
            latencies.forEach((kind, latency) -> fake.clock().setLatency(kind, latency));
            if (nodeLatency != null) {
                fake.clock().setNodeLatency(nodeLatency);
            }
            return fake;
        }
    }
}
