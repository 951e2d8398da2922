package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.ConfigFileReader;
import com.oracle.bmc.auth.ConfigFileAuthenticationDetailsProvider;
import com.oracle.bmc.core.VirtualNetworkClient;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.responses.GetVcnResponse;
import com.oracle.bmc.core.model.Vcn;
import dev.okenet.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeOciServerTest {
    private static final FakeOciServer SERVER = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertThat(SERVER.endpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void namesAnEndpointPerServiceWithItsApiVersion() {
        assertThat(SERVER.serviceEndpoints().get("ContainerEngine").toString()).endsWith("/20180222");
    }

    @Test
    void theConfigFileItWritesSignsRequestsItAccepts(@TempDir Path dir) throws Exception {
        Path config = SERVER.writeOciConfig(dir, "FAKEOCI");
        ConfigFileAuthenticationDetailsProvider auth = new ConfigFileAuthenticationDetailsProvider(
                ConfigFileReader.parse(config.toString(), "FAKEOCI"));

        try (VirtualNetworkClient client = VirtualNetworkClient.builder().endpoint(SERVER.endpoint().toString())
                .build(auth)) {
            int status = client.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build())
                    .get__httpStatusCode__();

            assertThat(status).isEqualTo(200);
            assertThat(auth.getRegion().getRegionId()).isEqualTo("us-ashburn-1");
        }
    }

    @Test
    void thePrivateKeyFileIsReadableOnlyByItsOwner(@TempDir Path dir) throws Exception {
        SERVER.writeOciConfig(dir, "DEFAULT");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("oci_api_key.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aGetOverHttpCarriesTheEtagTheFakeAnswered() {
        try (OciHttpClients clients = OciHttpClients.builder(SERVER).build()) {
            Vcn vcn = Fixtures.vcn(clients.virtualNetwork(), "etag", "10.9.0.0/16");
            GetVcnRequest get = GetVcnRequest.builder().vcnId(vcn.getId()).build();

            GetVcnResponse overHttp = clients.virtualNetwork().getVcn(get);
            GetVcnResponse inProcess = SERVER.fake().virtualNetwork().getVcn(get);

            assertThat(overHttp.getEtag()).isNotBlank().isEqualTo(inProcess.getEtag());
        }
    }

    @Test
    void aProfileNameWithABracketIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> SERVER.writeOciConfig(dir, "bad]name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad]name");
    }

    @Test
    void restoringAnUnknownSnapshotNamesTheOnesTaken() {
        SERVER.snapshot("known");

        assertThatThrownBy(() -> SERVER.restore("unknown")).hasMessageContaining("known");
    }
}
