package dev.okenet.fakeoci.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.okenet.testkit.http.FakeOciServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 18.4: Oracle's TypeScript SDK (oci-core, oci-containerengine, oci-networkloadbalancer,
 * oci-common from npm, pinned by the committed package-lock.json), installed with {@code npm ci},
 * runs {@code src/test/node/scenario.mjs} against the standalone server started as
 * {@link FakeOciServerMain} starts it: strict, on a MANUAL clock the script advances. The build
 * fails when the scenario does. {@code -Dfakeoci.node.skip=true} skips it on a machine without Node.
 */
class TypeScriptSdkScenarioTest {
    @Test
    void oraclesTypeScriptSdkBuildsAnOkeNetworkAgainstTheServer() throws Exception {
        assumeFalse(Boolean.getBoolean("fakeoci.node.skip"), "fakeoci.node.skip=true");
        Path sources = Path.of(System.getProperty("fakeoci.node.dir", "src/test/node"));
        Path work = Path.of(System.getProperty("fakeoci.node.work", "target/node-scenario"));
        Files.createDirectories(work);
        for (String file : List.of("package.json", "package-lock.json", "scenario.mjs")) {
            Files.copy(sources.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        run(work, Map.of(), 300, "npm", "ci", "--no-audit", "--no-fund", "--prefer-offline");

        ServerOptions options = ServerOptions.parse("--port", "0", "--clock", "manual",
                "--config-dir", work.resolve("fakeoci").toString());
        ByteArrayOutputStream banner = new ByteArrayOutputStream();
        try (FakeOciServer server = FakeOciServerMain.start(options, new PrintStream(banner, true, StandardCharsets.UTF_8))) {
            String output = run(work, Map.of("FAKEOCI_ENDPOINT", server.endpoint().toString(),
                    "OCI_CONFIG_FILE", work.resolve("fakeoci/config").toAbsolutePath().toString()), 180,
                    "node", "scenario.mjs");

            assertThat(output).contains("scenario: all");
            assertThat(server.fake().calls().count("createNodePool")).isEqualTo(1);
        }
    }

    /** Runs a command in {@code directory}; its output, or a failure that shows it. */
    private static String run(Path directory, Map<String, String> environment, int timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not on the PATH (" + e.getMessage() + "): install Node 20 and"
                    + " npm, or skip this scenario with -Dfakeoci.node.skip=true.", e);
        }
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                process.getInputStream().transferTo(output);
            } catch (IOException e) {
                // The process ended; what was read is kept.
            }
        });
        reader.start();
        boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        reader.join(5_000);
        String text = output.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        assertThat(ended).as("%s ended within %d s:%n%s", String.join(" ", command), timeoutSeconds, text).isTrue();
        assertThat(process.exitValue()).as("%s exit code:%n%s", String.join(" ", command), text).isZero();
        return text;
    }
}
