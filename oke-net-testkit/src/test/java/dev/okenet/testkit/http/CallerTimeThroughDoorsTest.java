package dev.okenet.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetInternetGatewayRequest;
import com.oracle.bmc.core.requests.GetNatGatewayRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.internal.door.CallerHeader;
import dev.okenet.testkit.internal.door.HttpEndpoint;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Caller time survives the HTTP door: the server serves each call as the client thread that sent
 * it, so one thread creating in turn takes the sum of the latencies and two threads side by side
 * the longer one, through either door alike. Latencies: VCN 2 s, NAT gateway 2 s, internet
 * gateway 1 s.
 */
class CallerTimeThroughDoorsTest {
    private final FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        pool.shutdownNow();
        fake.close();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void createsIssuedInTurnFromOneThreadTakeTheSumOfTheirLatencies(Door door) {
        VirtualNetwork vn = door.virtualNetwork(fake);
        Vcn vcn = readyVcn(vn);

        natGatewayAndWait(vn, vcn);
        internetGatewayAndWait(vn, vcn);

        assertThat(fake.clock().elapsed()).isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theSameCreatesFromTwoThreadsTakeTheLongerLatency(Door door) throws Exception {
        VirtualNetwork vn = door.virtualNetwork(fake);
        Vcn vcn = readyVcn(vn);

        CompletableFuture.allOf(CompletableFuture.runAsync(() -> natGatewayAndWait(vn, vcn), pool),
                CompletableFuture.runAsync(() -> internetGatewayAndWait(vn, vcn), pool)).get();

        assertThat(fake.clock().elapsed()).isEqualTo(Duration.ofSeconds(4));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aCreateStartsWhereItsCallersLastWaitEnded(Door door) {
        VirtualNetwork vn = door.virtualNetwork(fake);
        Vcn vcn = readyVcn(vn);
        natGatewayAndWait(vn, vcn);

        InternetGateway igw = Fixtures.internetGateway(vn, vcn);

        assertThat(igw.getTimeCreated().toInstant()).isEqualTo(fake.clock().now());
        assertThat(fake.clock().callerElapsed()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void clientsConnectedToAFakeSendTheirCallersKey() {
        try (OciHttpClients clients = OciHttpClients.builder(fake).keyBits(ApiKey.MIN_KEY_BITS).build()) {
            VirtualNetwork vn = clients.virtualNetwork();
            Vcn vcn = readyVcn(vn);

            natGatewayAndWait(vn, vcn);
            internetGatewayAndWait(vn, vcn);
        }

        assertThat(fake.clock().elapsed()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aRawRequestNamingACallerIsServedInThatCallersTime() throws IOException {
        Vcn vcn = readyVcn(fake.virtualNetwork());
        natGatewayAndWait(fake.virtualNetwork(), vcn);

        Instant created = rawInternetGateway(vcn, Map.of(CallerHeader.NAME, fake.clock().callerKey()));

        // This thread reached 4 s (VCN, then NAT gateway).
        assertThat(created).isEqualTo(fake.clock().now());
    }

    @Test
    void aRawRequestNamingNoCallerIsServedInTheServerThreadsTime() throws IOException {
        Vcn vcn = readyVcn(fake.virtualNetwork());
        natGatewayAndWait(fake.virtualNetwork(), vcn);

        Instant created = rawInternetGateway(vcn, Map.of());

        // A server thread that has served nothing before starts when the VCN was ready, at 2 s.
        assertThat(created).isEqualTo(fake.clock().now().minusSeconds(2));
    }

    /** Creates an internet gateway by a hand-signed request with {@code extraHeaders}; its timeCreated. */
    private Instant rawInternetGateway(Vcn vcn, Map<String, String> extraHeaders) throws IOException {
        ApiKey key = ApiKey.generate(ApiKey.MIN_KEY_BITS);
        RawHttp http = new RawHttp(fake.startHttp());
        HttpEndpoint.of(fake).authenticator().trust(key.keyId(), key.publicKey());
        String target = "/20160918/internetGateways";
        String body = "{\"compartmentId\":\"" + Fixtures.COMPARTMENT + "\",\"vcnId\":\"" + vcn.getId()
                + "\",\"isEnabled\":true}";
        Map<String, String> headers = new HashMap<>(http.signature(key, "POST", target, body));
        headers.putAll(extraHeaders);

        HttpResponse<String> response = http.send("POST", target, body, headers);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Instant.parse(new ObjectMapper().readTree(response.body()).get("timeCreated").asText());
    }

    /** A VCN the calling thread has waited for. */
    private Vcn readyVcn(VirtualNetwork vn) {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");
        await(() -> vn.getWaiters().forVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build(),
                Vcn.LifecycleState.Available, fake.clock().terminationStrategy(), fake.clock().delayStrategy())
                .execute());
        return vcn;
    }

    private void natGatewayAndWait(VirtualNetwork vn, Vcn vcn) {
        NatGateway nat = Fixtures.natGateway(vn, vcn);
        await(() -> vn.getWaiters().forNatGateway(GetNatGatewayRequest.builder().natGatewayId(nat.getId()).build(),
                NatGateway.LifecycleState.Available, fake.clock().terminationStrategy(),
                fake.clock().delayStrategy()).execute());
    }

    private void internetGatewayAndWait(VirtualNetwork vn, Vcn vcn) {
        InternetGateway igw = Fixtures.internetGateway(vn, vcn);
        await(() -> vn.getWaiters().forInternetGateway(GetInternetGatewayRequest.builder().igId(igw.getId())
                .build(), InternetGateway.LifecycleState.Available, fake.clock().terminationStrategy(),
                fake.clock().delayStrategy()).execute());
    }

    private interface Wait {
        void run() throws Exception;
    }

    private static void await(Wait wait) {
        try {
            wait.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
