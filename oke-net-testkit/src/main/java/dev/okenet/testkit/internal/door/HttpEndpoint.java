package dev.okenet.testkit.internal.door;

import dev.okenet.testkit.FakeOci;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An HTTP endpoint serving one {@link DoorTarget}: OCI's REST paths for its three services, the
 * control API, and the authentication of one {@link Authenticator} (its own trusted keys). A
 * FakeOci holds one, started by {@code startHttp()}; the standalone server makes its own. Start is
 * idempotent; stop closes what was {@linkplain #shared attached} (the door's clients) and the server.
 *
 * <pre>{@code
 * URI base = HttpEndpoint.of(fake).start();   // http://127.0.0.1:41234; what FakeOci.startHttp() does
 * HttpEndpoint.of(fake).stop();               // what FakeOci.close() does
 * }</pre>
 */
public final class HttpEndpoint {
    /**
     * The largest request body served: OCI publishes no limit for these APIs, and their largest
     * legal request (a security list at its 200 ingress and 200 egress rules) is a few hundred
     * kilobytes, so 1 MiB refuses nothing OCI would take.
     */
    public static final long DEFAULT_MAX_BODY = 1 << 20;

    /**
     * FakeOci's private {@code http} field, read by {@link #of(FakeOci)}: the endpoint lives in its
     * fake and nowhere else (no map of fakes, no hook a static initializer installs). A constant
     * handle, the same for every fake; a private lookup within this module needs no {@code opens}.
     */
    private static final VarHandle FAKES_ENDPOINT = fakesEndpointField();

    private final DoorTarget target;
    private final Authenticator authenticator;
    private final InetAddress address;
    private final int port;
    private final long maxBody;
    private final Map<Object, AutoCloseable> shared = new LinkedHashMap<>();
    private WireServer server;
    private URI base;

    /**
     * @param address the address to listen on (loopback for a test's fake)
     * @param port the port, 0 for an ephemeral one
     * @param maxBody the largest request body accepted; larger ones answer 413
     */
    public HttpEndpoint(DoorTarget target, Authenticator authenticator, InetAddress address, int port, long maxBody) {
        this.target = Objects.requireNonNull(target, "target");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.address = Objects.requireNonNull(address, "address");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port; give 0 to 65535 (0: any free one)");
        }
        this.port = port;
        if (maxBody < 1) {
            throw new IllegalArgumentException("maxBody " + maxBody + " must be at least 1 byte");
        }
        this.maxBody = maxBody;
    }

    /** The endpoint a FakeOci holds for {@code startHttp()}: loopback, ephemeral port, strict. */
    public static HttpEndpoint forFake(FakeOci fake) {
        return new HttpEndpoint(DoorTarget.of(fake), new Authenticator(Authenticator.Mode.STRICT, Clock.systemUTC()),
                InetAddress.getLoopbackAddress(), 0, DEFAULT_MAX_BODY);
    }

    /** The endpoint {@code fake} holds (not started until {@code fake.startHttp()}). */
    public static HttpEndpoint of(FakeOci fake) {
        Objects.requireNonNull(fake, "fake");
        return (HttpEndpoint) FAKES_ENDPOINT.get(fake);
    }

    private static VarHandle fakesEndpointField() {
        try {
            return MethodHandles.privateLookupIn(FakeOci.class, MethodHandles.lookup())
                    .findVarHandle(FakeOci.class, "http", HttpEndpoint.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FakeOci has no private field 'http' of type HttpEndpoint: " + e, e);
        }
    }

    /** Starts serving if not yet started; the base URI, e.g. {@code http://127.0.0.1:41234}. */
    public synchronized URI start() {
        if (server != null) {
            return base;
        }
        WireServer[] started = new WireServer[1];
        DoorHandler[] handler = new DoorHandler[1];
        // The handler names its door-made request ids after the port, known only once listening.
        started[0] = WireServer.start(address, port, maxBody, "fakeoci-http", new WireServer.Handler() {
            @Override
            public WireResponse handle(WireRequest request) {
                return handler[0].handle(request);
            }

            @Override
            public WireResponse refuse(int status, String code, String message) {
                return handler[0].refuse(status, code, message);
            }
        });
        handler[0] = new DoorHandler(RouteTable.standard(), target, authenticator, started[0].port());
        server = started[0];
        base = URI.create("http://" + host(server.address()) + ":" + server.port());
        return base;
    }

    private static String host(InetAddress bound) {
        InetAddress advertised = bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
        String text = advertised.getHostAddress();
        return advertised instanceof Inet6Address ? "[" + text + "]" : text;
    }

    /** The base URI while serving. */
    public synchronized Optional<URI> baseUri() {
        return Optional.ofNullable(base);
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    /**
     * One object per key for as long as this endpoint serves, created on first use and closed on
     * {@link #stop()}: e.g. the door's SDK clients, built once per fake rather than per call.
     */
    public synchronized <T extends AutoCloseable> T shared(Object key, Supplier<T> create) {
        if (server == null) {
            throw new IllegalStateException("The HTTP endpoint is not serving; call FakeOci.startHttp() first.");
        }
        @SuppressWarnings("unchecked")
        T existing = (T) shared.get(key);
        if (existing != null) {
            return existing;
        }
        T created = create.get();
        shared.put(key, created);
        return created;
    }

    /** Stops serving and closes what was shared; a no-op when not serving. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        List<AutoCloseable> closing = new ArrayList<>(shared.values());
        shared.clear();
        for (AutoCloseable resource : closing) {
            try {
                resource.close();
            } catch (Exception e) {
                // Closing a client must not keep the server from stopping; the client is unusable anyway.
            }
        }
        server.close();
        server = null;
        base = null;
    }
}
