package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 7 and issue 18 item 3: a FakeOci, its HTTP endpoint and a FakeOciServer keep
 * their state in themselves. Two of them in one JVM do not see each other's resources, clock,
 * calls or trusted keys, and starting one leaves the JVM's system properties as they were (the
 * SDK clients included: their settings are per client, see {@link OciHttpClients}). The SDK's
 * Jersey3HttpProvider would set {@code sun.net.http.allowRestrictedHeaders} in its static
 * initializer if Jersey's Apache connector were missing from the class path; the fresh-JVM probes
 * catch that.
 */
class NoJvmWideStateTest {
    private static VirtualNetwork createVcnNamed(VirtualNetwork vn, String name) {
        vn.createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder().compartmentId(COMPARTMENT)
                .cidrBlocks(List.of("10.0.0.0/16")).displayName(name).build()).build());
        return vn;
    }

    private static List<String> vcnNames(VirtualNetwork vn) {
        return vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build()).getItems().stream()
                .map(vcn -> vcn.getDisplayName()).toList();
    }

    @Test
    void aFakeOverHttpAndAFakeInProcessSeeOnlyTheirOwnResources() {
        try (FakeOci overHttp = FakeOci.create(); FakeOci inProcess = FakeOci.create()) {
            createVcnNamed(Door.HTTP.virtualNetwork(overHttp), "over-http");
            createVcnNamed(Door.IN_PROCESS.virtualNetwork(inProcess), "in-process");

            assertThat(vcnNames(Door.HTTP.virtualNetwork(overHttp))).containsExactly("over-http");
            assertThat(vcnNames(inProcess.virtualNetwork())).containsExactly("in-process");
        }
    }

    @Test
    void twoFakesKeepTheirOwnClockAndCallLog() {
        try (FakeOci first = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build();
                FakeOci second = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()) {
            first.startHttp();
            first.clock().advance(Duration.ofMinutes(7));
            createVcnNamed(Door.HTTP.virtualNetwork(first), "first");

            assertThat(second.clock().now()).isEqualTo(first.clock().now().minus(Duration.ofMinutes(7)));
            assertThat(second.calls().all()).isEmpty();
            assertThat(first.calls().all()).isNotEmpty();
        }
    }

    @Test
    void eachFakesHttpEndpointIsItsOwn() {
        try (FakeOci first = FakeOci.create(); FakeOci second = FakeOci.create()) {
            assertThat(first.startHttp()).isNotEqualTo(second.startHttp());
            first.close();

            assertThat(vcnNames(Door.HTTP.virtualNetwork(second))).isEmpty();
        }
    }

    @Test
    void aServerRefusesTheKeyAnotherServerIssued() {
        try (FakeOciServer first = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start();
                FakeOciServer second = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start();
                OciHttpClients firstsKeyAtSecond = OciHttpClients.builder(second.endpoint()).key(first.issuedKey())
                        .build()) {
            BmcException refused = catchThrowableOfType(() -> vcnNames(firstsKeyAtSecond.virtualNetwork()),
                    BmcException.class);

            assertThat(refused.getStatusCode()).isEqualTo(401);
            assertThat(second.fake().calls().all()).isEmpty();
        }
    }

    @Test
    void twoServersGivenOneKeyShareOnlyTheKey() {
        ApiKey suiteKey = ApiKey.generate(ApiKey.MIN_KEY_BITS);
        try (FakeOciServer first = FakeOciServer.builder().issuedKey(suiteKey).start();
                FakeOciServer second = FakeOciServer.builder().issuedKey(suiteKey).start();
                OciHttpClients atFirst = OciHttpClients.builder(first).build();
                OciHttpClients atSecond = OciHttpClients.builder(second).build()) {
            createVcnNamed(atFirst.virtualNetwork(), "first");

            assertThat(first.issuedKey()).isSameAs(suiteKey);
            assertThat(vcnNames(atSecond.virtualNetwork())).isEmpty();
            assertThat(vcnNames(atFirst.virtualNetwork())).containsExactly("first");
        }
    }

    @Test
    void aKeyOneServerTrustsIsNotTrustedByAnother() {
        ApiKey extra = ApiKey.generate(ApiKey.MIN_KEY_BITS);
        try (FakeOciServer trusting = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start().trust(extra);
                FakeOciServer other = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start();
                OciHttpClients atTrusting = OciHttpClients.builder(trusting.endpoint()).key(extra).build();
                OciHttpClients atOther = OciHttpClients.builder(other.endpoint()).key(extra).build()) {
            assertThat(vcnNames(atTrusting.virtualNetwork())).isEmpty();
            BmcException refused = catchThrowableOfType(() -> vcnNames(atOther.virtualNetwork()), BmcException.class);

            assertThat(refused.getStatusCode()).isEqualTo(401);
        }
    }

    /** What {@link SystemPropertiesProbe} printed for {@code scenario}, run in a fresh JVM. */
    private static List<String> propertiesChangedInAFreshJvmBy(String scenario) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SystemPropertiesProbe.class.getName(), scenario).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as("the probe's output").contains("probe done");
        return output.lines().filter(line -> line.startsWith("changed ")).toList();
    }

    @Test
    void theProbeSeesAChangedSystemProperty() throws Exception {
        assertThat(propertiesChangedInAFreshJvmBy("set-a-property"))
                .containsExactly("changed sun.net.http.allowRestrictedHeaders: null -> true");
    }

    @Test
    void creatingAFakeChangesNoSystemProperty() throws Exception {
        assertThat(propertiesChangedInAFreshJvmBy("fake")).isEmpty();
    }

    @Test
    void servingAFakeOverHttpToTheSdksClientsChangesNoSystemProperty() throws Exception {
        assertThat(propertiesChangedInAFreshJvmBy("fake-over-http")).isEmpty();
    }

    @Test
    void startingAServerAndItsClientsChangesNoSystemProperty() throws Exception {
        assertThat(propertiesChangedInAFreshJvmBy("server")).isEmpty();
    }
}
