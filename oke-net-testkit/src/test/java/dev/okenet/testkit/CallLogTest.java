package dev.okenet.testkit;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallLogTest {
    private final FakeOci oci = FakeOci.create();
    private final VirtualNetwork vn = oci.virtualNetwork();

    @AfterEach
    void close() {
        oci.close();
    }

    @Test
    void createIsRecordedWithTheNewIdNameAndStatus() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");

        ApiCall call = oci.calls().last();

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

        assertThat(oci.calls().last().status()).isEqualTo(404);
        assertThat(oci.calls().last().serviceCode()).isEqualTo("NotAuthorizedOrNotFound");
        assertThat(oci.calls().failures()).hasSize(1);
    }

    @Test
    void countsSeparateMutatingCallsFromReads() {
        Fixtures.vcn(vn, "a", "10.0.0.0/16");
        vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build());
        vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build());

        assertThat(oci.calls().mutatingCount()).isEqualTo(1);
        assertThat(oci.calls().readCount()).isEqualTo(2);
        assertThat(oci.calls().countsByOperation()).containsEntry("listVcns", 2L).containsEntry("createVcn", 1L);
    }

    @Test
    void clearForgetsEarlierCalls() {
        Fixtures.vcn(vn, "a", "10.0.0.0/16");

        oci.calls().clear();

        assertThat(oci.calls().size()).isZero();
    }

    @Test
    void callsCarryTheVirtualTime() {
        oci.clock().advance(java.time.Duration.ofMinutes(5));

        Fixtures.vcn(vn, "a", "10.0.0.0/16");

        assertThat(oci.calls().last().at()).isEqualTo(oci.clock().now());
    }
}
