package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListCpesRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.SimulatedCrash;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DoorTest {
    private final FakeOci fake = FakeOci.create();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void theInProcessDoorIsTheFakesOwnServices() {
        OciServices services = Door.IN_PROCESS.services(fake);

        assertThat(services.virtualNetwork()).isSameAs(fake.virtualNetwork());
        assertThat(services.containerEngine()).isSameAs(fake.containerEngine());
        assertThat(services.networkLoadBalancer()).isSameAs(fake.networkLoadBalancer());
    }

    @Test
    void theHttpDoorHandsOutOneSetOfClientsPerFake() {
        assertThat(Door.HTTP.services(fake)).isSameAs(Door.HTTP.services(fake));
        assertThat(Door.HTTP.virtualNetwork(fake)).isNotSameAs(fake.virtualNetwork());
    }

    @Test
    void bothDoorsReachOneBackend() {
        Vcn created = Fixtures.vcn(Door.HTTP.virtualNetwork(fake), "prod", "10.0.0.0/16");

        Vcn read = fake.virtualNetwork().getVcn(GetVcnRequest.builder().vcnId(created.getId()).build()).getVcn();

        assertThat(read.getDisplayName()).isEqualTo("prod");
        assertThat(fake.calls().all()).extracting(call -> call.operation()).containsExactly("createVcn", "getVcn");
    }

    @Test
    void startHttpIsIdempotent() {
        assertThat(fake.startHttp()).isEqualTo(fake.startHttp());
        assertThat(fake.startHttp().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void aSimulatedCrashIsRaisedOverHttpAsInProcess() {
        fake.faults().crashAfterMutatingCalls(1);
        assertThatThrownBy(() -> Fixtures.vcn(fake.virtualNetwork(), "prod", "10.0.0.0/16"))
                .isInstanceOf(SimulatedCrash.class);
        ListVcnsRequest list = ListVcnsRequest.builder().compartmentId(COMPARTMENT).build();
        Throwable inProcess = catchThrowable(() -> fake.virtualNetwork().listVcns(list));

        Throwable overHttp = catchThrowable(() -> Door.HTTP.virtualNetwork(fake).listVcns(list));

        assertThat(overHttp).isInstanceOf(SimulatedCrash.class).hasMessage(inProcess.getMessage());
    }

    @Test
    void anUnsupportedOperationIsRaisedOverHttpAsInProcess() {
        ListCpesRequest request = ListCpesRequest.builder().compartmentId(COMPARTMENT).build();
        Throwable inProcess = catchThrowable(() -> fake.virtualNetwork().listCpes(request));

        Throwable overHttp = catchThrowable(() -> Door.HTTP.virtualNetwork(fake).listCpes(request));

        assertThat(overHttp).isInstanceOf(UnsupportedOperationException.class).hasMessage(inProcess.getMessage());
    }

    @Test
    void theHttpDoorsWaitersRunOverHttp() throws Exception {
        Vcn vcn = Fixtures.vcn(fake.virtualNetwork(), "prod", "10.0.0.0/16");
        fake.calls().clear();

        Vcn ready = Door.HTTP.virtualNetwork(fake).getWaiters()
                .forVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build(), Vcn.LifecycleState.Available)
                .execute().getVcn();

        assertThat(ready.getLifecycleState()).isEqualTo(Vcn.LifecycleState.Available);
        assertThat(fake.calls().count("getVcn")).isEqualTo(1);
    }

    @Test
    void closingTheFakeStopsItsEndpoint() {
        URI base = fake.startHttp();
        Door.HTTP.services(fake);

        fake.close();

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/")).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(IOException.class);
    }
}
