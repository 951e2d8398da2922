package dev.okenet.fakeoci.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.ResolvedNetwork;
import dev.okenet.testkit.http.ApiKey;
import dev.okenet.testkit.http.FakeOciServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.5: the path a user takes against a real tenancy, end to end: the OCI config file (the
 * one the server writes), key loading, request signing by the SDK's real clients, and the
 * provider's retries and waiters, with only the endpoint overridden.
 */
class RealCredentialsPathTest {
    private static final FakeOciServer SERVER = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void fromConfigFileAppliesProdAndThenPlansNothing(@TempDir Path dir) {
        Path config = SERVER.writeOciConfig(dir, "DEFAULT");
        ResolvedNetwork prod = ReferenceNetworks.prod().resolve();
        // Every list of the first plan meets a 429 once; the provider's retries carry it through.
        SERVER.fake().faults().on("listVcns").onNthCall(1).respond(dev.okenet.testkit.Fault.tooManyRequests());

        try (OciNetworkProvider provider = OciNetworkProvider.fromConfigFile(config.toString(), "DEFAULT", null)
                .endpoint(SERVER.endpoint().toString()).build()) {   // node pools: the server's Identity lists the ADs
            ApplyResult result = provider.apply(provider.plan(prod));
            Plan again = provider.plan(prod);

            assertThat(result.isSuccess()).as("%s", result).isTrue();
            assertThat(again.hasChanges()).isFalse();
        }
        assertThat(SERVER.fake().calls().of("listVcns")).extracting(call -> call.status()).contains(429, 200);
    }
}
