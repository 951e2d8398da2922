package dev.okenet.fakeoci.server;

import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.check.Report;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.io.ModelIO;
import dev.okenet.testkit.http.FakeOciServer;
import dev.okenet.testkit.http.OciServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Applies a network described in oke-net's JSON or YAML model format to a server's fake, through
 * the same provider a user runs against OCI, so the fake starts holding exactly what an apply of
 * that model creates.
 *
 * <pre>{@code
 * ApplyResult result = ModelLoader.apply(server, Path.of("prod.yaml"));
 * }</pre>
 */
final class ModelLoader {
    private ModelLoader() {}

    static ApplyResult apply(FakeOciServer server, Path file) {
        OkeNetwork network = read(file);
        Report report = network.validate();
        if (!report.isValid()) {
            throw new IllegalArgumentException("The model " + file + " has errors, so it is not applied:\n"
                    + report.errors().stream().map(Finding::toString).collect(Collectors.joining("\n")));
        }
        OciServices services = server.services();
        // Waits go through the server's recorded delay strategy: virtual time, replayable by snapshots.
        try (OciNetworkProvider provider = OciNetworkProvider.builder()
                .virtualNetwork(services.virtualNetwork())
                .containerEngine(services.containerEngine())
                .networkLoadBalancer(services.networkLoadBalancer())
                .identity(services.identity())
                .waitStrategy(WaitStrategy.of(server.fake().clock().terminationStrategy(), server.delayStrategy()))
                .build()) {
            ApplyResult result = provider.apply(provider.plan(network.resolve()));
            if (!result.isSuccess()) {
                throw new IllegalStateException("Applying " + file + " failed: " + result.failed());
            }
            return result;
        }
    }

    private static OkeNetwork read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? ModelIO.fromJson(text) : ModelIO.fromYaml(text);
    }
}
