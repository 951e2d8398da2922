package dev.okenet.fakeoci.server;

import dev.okenet.oci.ApplyResult;
import dev.okenet.testkit.http.Authentication;
import dev.okenet.testkit.http.FakeOciServer;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * FakeOci as a standalone OCI emulator: starts a {@link FakeOciServer}, writes an OCI config file
 * and key that any OCI SDK or the OCI CLI can use, optionally applies a network model, prints every
 * endpoint, and serves until stopped (Ctrl-C or SIGTERM close it cleanly).
 *
 * <pre>{@code
 * java -jar oke-net-fakeoci-server/target/oke-net-fakeoci-server-0.1.0-SNAPSHOT-all.jar --clock manual
 * mvn -q -pl oke-net-fakeoci-server -am package -DskipTests exec:java -Dexec.args="--clock manual"
 * }</pre>
 */
public final class FakeOciServerMain {
    private FakeOciServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(ServerOptions.USAGE);
            return;
        }
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        FakeOciServer server;
        try {
            server = start(options, System.out);
        } catch (RuntimeException e) {
            System.err.println("FakeOci server did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("FakeOci server stopped.");
            stopped.countDown();
        }, "fakeoci-shutdown"));
        stopped.await();
    }

    /** Starts the server with {@code options}, writes its config, applies the model, and reports to {@code out}. */
    public static FakeOciServer start(ServerOptions options, PrintStream out) {
        FakeOciServer.Builder builder = FakeOciServer.builder()
                .port(options.port())
                .bindAddress(options.bindAddress())
                .clock(options.clock())
                .seed(options.seed())
                .region(options.region())
                .authentication(options.authentication());
        options.latencies().forEach(builder::latency);
        options.nodeLatency().ifPresent(builder::nodeLatency);
        FakeOciServer server = builder.start();
        try {
            Path config = server.writeOciConfig(options.configDir(), options.profile());
            String model = "";
            if (options.model().isPresent()) {
                ApplyResult result = ModelLoader.apply(server, options.model().get());
                model = "  model:          " + options.model().get() + " applied (" + result.succeeded().size()
                        + " changes, " + result.apiCallCount() + " API calls)\n";
            }
            out.print(banner(server, config, options) + model);
            out.println("Ready.");
            out.flush();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static String banner(FakeOciServer server, Path config, ServerOptions options) {
        StringBuilder text = new StringBuilder();
        text.append("FakeOci server on ").append(server.endpoint()).append(" (region ")
                .append(server.region().getRegionId()).append(", clock ").append(options.clock()).append(")\n");
        server.serviceEndpoints().forEach((service, uri) ->
                text.append(String.format("  %-20s %s%n", service + ":", uri)));
        text.append("  control API:         ").append(server.controlEndpoint()).append("health\n");
        text.append("  OCI config file:     ").append(config).append(" (profile ").append(options.profile())
                .append(")\n");
        text.append("  SDK endpoint:        point every client at ").append(server.endpoint()).append('\n');
        if (server.authentication() == Authentication.PERMISSIVE) {
            text.append("  WARNING: authentication is PERMISSIVE: any well-formed signature is served, whatever"
                    + " its key. OCI would refuse unknown keys; use strict (the default) to be refused as OCI"
                    + " would.\n");
        } else {
            text.append("  authentication:      STRICT (only the key in the config file; signatures checked as OCI"
                    + " does)\n");
        }
        URI base = server.endpoint();
        if (!base.getHost().startsWith("127.") && !base.getHost().equals("[0:0:0:0:0:0:0:1]")) {
            text.append("  NOTE: listening beyond loopback; the control API is unauthenticated.\n");
        }
        return text.toString();
    }
}
