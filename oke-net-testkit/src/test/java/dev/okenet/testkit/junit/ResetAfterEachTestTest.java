package dev.okenet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.requests.ListVcnsRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A class-shared fake registered with {@code resetAfterEachTest()} is one fake, emptied between tests. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetAfterEachTestTest {
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci oci;
    private static FakeOci seenByTheFirstTest;

    @Test
    @Order(1)
    void theFirstTestLeavesAVcnBehind() {
        seenByTheFirstTest = oci;
        Fixtures.vcn(oci.virtualNetwork(), "left-behind", "10.0.0.0/16");
        assertThat(vcnCount()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theNextTestGetsTheSameFakeEmptied() {
        assertThat(oci).isSameAs(seenByTheFirstTest).isSameAs(SHARED.get());
        assertThat(vcnCount()).isZero();
    }

    private static int vcnCount() {
        return oci.virtualNetwork().listVcns(ListVcnsRequest.builder().compartmentId(Fixtures.COMPARTMENT).build()).getItems().size();
    }
}
