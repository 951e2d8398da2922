package dev.okenet.fakeoci.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.io.ModelIO;
import dev.okenet.testkit.http.FakeOciServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeOciServerMainTest {
    @TempDir
    Path dir;

    private FakeOciServer start(ByteArrayOutputStream out, String... args) {
        return FakeOciServerMain.start(ServerOptions.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsEveryEndpointTheConfigFileAndReady() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FakeOciServer server = start(out, "--port", "0", "--config-dir", dir.toString())) {
            String banner = out.toString(StandardCharsets.UTF_8);

            assertThat(banner).contains(server.endpoint() + "/20160918", server.endpoint() + "/20180222",
                    server.endpoint() + "/20200501", "/_fakeoci/health", dir.resolve("config").toString(), "Ready.");
            assertThat(dir.resolve("config")).exists();
        }
    }

    @Test
    void printsTheIdentityEndpointThatListsTheAvailabilityDomains() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FakeOciServer server = start(out, "--port", "0", "--config-dir", dir.toString())) {
            assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("Identity: +" + server.endpoint() + "/20160918");
        }
    }

    @Test
    void aPermissiveServerSaysSoAtStart() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FakeOciServer server = start(out, "--port", "0", "--config-dir", dir.toString(),
                "--authentication", "permissive")) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("WARNING: authentication is PERMISSIVE");
        }
    }

    @Test
    void appliesAYamlModelAtStartThroughTheProvider() throws IOException {
        Path model = dir.resolve("prod.yaml");
        Files.writeString(model, ModelIO.toYaml(ReferenceNetworks.prod()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (FakeOciServer server = start(out, "--port", "0", "--clock", "manual", "--config-dir", dir.toString(),
                "--model", model.toString())) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("prod.yaml applied");
            assertThat(server.fake().calls().count("createNodePool")).isGreaterThan(0);
            // Nine minutes of OCI provisioning passed on the virtual clock, none in real time.
            assertThat(server.fake().clock().elapsed().toMinutes()).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void aModelThatDoesNotValidateIsRefusedAndTheServerClosed() throws IOException {
        Path model = dir.resolve("broken.json");
        Files.writeString(model, ModelIO.toJson(ReferenceNetworks.broken()));

        assertThatThrownBy(() -> start(new ByteArrayOutputStream(), "--port", "0", "--config-dir", dir.toString(),
                "--model", model.toString())).hasMessageContaining("has errors");
    }

    @Test
    void sigtermStopsTheServerCleanly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("server.log");
        // Output to a file: destroy() closes the process's pipes, and what it printed after is wanted.
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FakeOciServerMain.class.getName(), "--port", "0", "--config-dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        for (int i = 0; i < 600 && !Files.readString(log).contains("Ready."); i++) {
            assertThat(process.isAlive()).as("the server ended early: %s", Files.readString(log)).isTrue();
            Thread.sleep(50);
        }

        process.destroy(); // SIGTERM

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(log)).contains("Ready.", "FakeOci server stopped.");
        assertThat(process.exitValue()).isEqualTo(143);
    }
}
