package dev.okenet.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.http.ApiKey;
import dev.okenet.testkit.http.FakeOciServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's real-tenancy path ({@code --oci-profile}) against the FakeOci server: the config
 * file it writes, the SDK's signing, the provider's plan and apply, only the endpoint overridden.
 */
class OciProfileAgainstServerTest {
    @Test
    void theOciProfilePathPlansAndAppliesProdOnTheServer(@TempDir Path dir) {
        try (FakeOciServer server = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start()) {
            Path config = server.writeOciConfig(dir, "FAKEOCI");
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int status = new ProductionNetwork(new PrintStream(out, true, StandardCharsets.UTF_8)).run(
                    ReferenceNetworks.prod(), SampleOptions.parse("--oci-profile", "FAKEOCI", "--oci-config",
                            config.toString(), "--oci-endpoint", server.endpoint().toString(), "--apply",
                            "--out", dir.toString()));

            assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("tenancy of OCI config profile FAKEOCI");
            assertThat(server.fake().calls().count("createNodePool")).isPositive();
            assertThat(server.fake().calls().count("listAvailabilityDomains")).isOne();
        }
    }
}
