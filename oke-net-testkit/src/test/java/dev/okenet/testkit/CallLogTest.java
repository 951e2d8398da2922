package dev.okenet.testkit;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class CallLogTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;

    CallLogTest(Door door) {
        vn = door.virtualNetwork(OCI);
    }

    @Test
    void createIsRecordedWithTheNewIdNameAndStatus() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");

        ApiCall call = OCI.calls().last();

        assertThat(call.operation()).isEqualTo("createVcn");
        assertThat(call.service()).isEqualTo("VirtualNetwork");
        assertThat(call.kind()).isEqualTo(ResourceKind.VCN);
        assertThat(call.resourceId()).isEqualTo(vcn.getId());
        assertThat(call.displayName()).isEqualTo("prod");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.mutating()).isTrue();
    }

    @Test
    void failedCallIsRecordedWithItsServiceCode() {
        catchThrowable(() -> vn.getVcn(GetVcnRequest.builder().vcnId("ocid1.vcn.oc1.iad.nope").build()));

        assertThat(OCI.calls().last().status()).isEqualTo(404);
        assertThat(OCI.calls().last().serviceCode()).isEqualTo("NotAuthorizedOrNotFound");
        assertThat(OCI.calls().failures()).hasSize(1);
    }

    @Test
    void countsSeparateMutatingCallsFromReads() {
        Fixtures.vcn(vn, "a", "10.0.0.0/16");
        vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build());
        vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build());

        assertThat(OCI.calls().mutatingCount()).isEqualTo(1);
        assertThat(OCI.calls().readCount()).isEqualTo(2);
        assertThat(OCI.calls().countsByOperation()).containsEntry("listVcns", 2L).containsEntry("createVcn", 1L);
    }

    @Test
    void clearForgetsEarlierCalls() {
        Fixtures.vcn(vn, "a", "10.0.0.0/16");

        OCI.calls().clear();

        assertThat(OCI.calls().size()).isZero();
    }

    @Test
    void callsCarryTheVirtualTime() {
        OCI.clock().advance(java.time.Duration.ofMinutes(5));

        Fixtures.vcn(vn, "a", "10.0.0.0/16");

        assertThat(OCI.calls().last().at()).isEqualTo(OCI.clock().now());
    }
}
