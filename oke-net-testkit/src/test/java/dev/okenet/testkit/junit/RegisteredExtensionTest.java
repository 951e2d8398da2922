package dev.okenet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.Region;
import dev.okenet.testkit.FakeOci;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisteredExtensionTest {
    @RegisterExtension
    static FakeOciExtension oci = FakeOciExtension.builder().region(Region.EU_FRANKFURT_1).build();

    @Test
    void sharedFakeHasTheConfiguredRegion() {
        assertThat(oci.get().region()).isEqualTo(Region.EU_FRANKFURT_1);
    }

    @Test
    void parametersReceiveTheSameSharedFake(FakeOci parameter) {
        assertThat(parameter).isSameAs(oci.get());
    }
}
