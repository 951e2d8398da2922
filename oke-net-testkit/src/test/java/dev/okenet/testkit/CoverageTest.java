package dev.okenet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.requests.ListCpesRequest;
import dev.okenet.testkit.http.Door;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoverageTest {

    /** Reads "## Service" headings and "- `operation`" lines from COVERAGE.md. */
    private static Map<String, Set<String>> documented() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("COVERAGE.md"));
        Map<String, Set<String>> byService = new TreeMap<>();
        String service = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                service = line.substring(3).trim();
                byService.put(service, new LinkedHashSet<>());
            } else if (service != null && line.startsWith("- `")) {
                byService.get(service).add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        return byService;
    }

    @Test
    void coverageFileListsExactlyTheSupportedOperations() throws IOException {
        Map<String, Set<String>> supported = FakeOci.supportedOperations();

        assertThat(documented()).as("COVERAGE.md must list every supported operation and nothing else; it should be:%n%s",
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
