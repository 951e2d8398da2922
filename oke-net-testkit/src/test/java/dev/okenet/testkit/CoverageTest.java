package dev.okenet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.requests.ListCpesRequest;
import dev.okenet.testkit.http.Door;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoverageTest {

    @Test
    void coverageFileListsExactlyTheSupportedOperations() throws IOException {
        Map<String, Set<String>> supported = FakeOci.supportedOperations();

        assertThat(CoverageFile.operationsByService()).as("COVERAGE.md must list every supported operation and nothing else; it should be:%n%s",
                listing(supported)).isEqualTo(supported);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void unsupportedOperationNamesItselfAndPointsToCoverage(Door door) {
        try (FakeOci oci = FakeOci.create()) {
            // A compartment: the SDK client refuses a request without one before it reaches the fake.
            ListCpesRequest request = ListCpesRequest.builder().compartmentId(Fixtures.COMPARTMENT).build();

            assertThatThrownBy(() -> door.virtualNetwork(oci).listCpes(request))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("FakeOci does not implement VirtualNetwork.listCpes; see oke-net-testkit/COVERAGE.md for"
                            + " what it supports");
        }
    }

    private static String listing(Map<String, Set<String>> supported) {
        StringBuilder text = new StringBuilder();
        supported.forEach((service, operations) -> {
            text.append("## ").append(service).append('\n');
            operations.forEach(op -> text.append("- `").append(op).append("`\n"));
        });
        return text.toString();
    }
}
