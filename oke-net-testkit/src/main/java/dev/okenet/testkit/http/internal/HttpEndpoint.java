package dev.okenet.testkit.http.internal;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.sun.net.httpserver.HttpServer;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The loopback HTTP endpoint of one FakeOci: the JDK's built-in server on 127.0.0.1 and an
 * ephemeral port, one handler for all three services (their paths differ by API version), a few
 * threads, keep-alive. Start is idempotent; stop closes what was {@linkplain #shared attached}
 * (the door's clients) and then the server.
 *
 * <pre>{@code
 * URI base = HttpEndpoint.of(fake).start();   // http://127.0.0.1:41234; what FakeOci.startHttp() does
 * HttpEndpoint.release(fake);                 // what FakeOci.close() does
 * }</pre>
 */
public final class HttpEndpoint {
    private static final int THREADS = 4;
    /** One endpoint per fake, by identity; weak, so a fake that is gone takes its entry along. */
    private static final Map<FakeOci, HttpEndpoint> BY_FAKE = Collections.synchronizedMap(new WeakHashMap<>());

    static {
        // The JDK server writes headers and body in two segments; without TCP_NODELAY, Nagle's
        // algorithm meets the client's delayed ACK and every answer waits ~40 ms on Linux.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Map<String, Object> services = new LinkedHashMap<>();
    private final Map<String, Class<?>> interfaces = new LinkedHashMap<>();
    private final Map<Object, AutoCloseable> shared = new LinkedHashMap<>();
    private final VirtualClock clock;
    private HttpServer server;
    private ExecutorService executor;
    private URI base;

    /** The endpoint of {@code fake}, created (not started) on first use. */
    public static HttpEndpoint of(FakeOci fake) {
        return BY_FAKE.computeIfAbsent(fake,
                key -> new HttpEndpoint(key.virtualNetwork(), key.containerEngine(), key.networkLoadBalancer(),
                        key.clock()));
    }

    /** Stops the endpoint of {@code fake}, if it has one; for {@code FakeOci.close()}. */
    public static void release(FakeOci fake) {
        HttpEndpoint endpoint = BY_FAKE.remove(fake);
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    HttpEndpoint(VirtualNetwork virtualNetwork, ContainerEngine containerEngine,
            NetworkLoadBalancer networkLoadBalancer, VirtualClock clock) {
        this.clock = clock;
        add("VirtualNetwork", VirtualNetwork.class, virtualNetwork);
        add("ContainerEngine", ContainerEngine.class, containerEngine);
        add("NetworkLoadBalancer", NetworkLoadBalancer.class, networkLoadBalancer);
    }

    private void add(String service, Class<?> type, Object implementation) {
        services.put(service, implementation);
        interfaces.put(service, type);
    }

    /** Starts serving if not yet started; the base URI, e.g. {@code http://127.0.0.1:41234}. */
    public synchronized URI start() {
        if (server != null) {
            return base;
        }
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            int port = created.getAddress().getPort();
            AtomicInteger threads = new AtomicInteger();
            executor = Executors.newFixedThreadPool(THREADS, runnable -> {
                Thread thread = new Thread(runnable, "fakeoci-http-" + port + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            created.setExecutor(executor);
            created.createContext("/", new DoorHandler(RouteTable.standard(), services, interfaces, clock));
            created.start();
            server = created;
            base = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("FakeOci could not open a loopback HTTP port: " + e.getMessage()
                    + "; check that 127.0.0.1 accepts connections on ephemeral ports.", e);
        }
    }

    /** The base URI while serving. */
    public synchronized Optional<URI> baseUri() {
        return Optional.ofNullable(base);
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
        server.stop(0);
        executor.shutdownNow();
        server = null;
        executor = null;
        base = null;
    }
}
