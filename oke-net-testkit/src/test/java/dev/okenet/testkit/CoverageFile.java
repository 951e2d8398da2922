package dev.okenet.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The operations COVERAGE.md lists, by service, as its "## Service" headings and "- `operation`"
 * lines write them: what the coverage tests compare with what FakeOci serves.
 *
 * <pre>{@code
 * assertThat(CoverageFile.operationsByService()).isEqualTo(FakeOci.supportedOperations());
 * }</pre>
 */
public final class CoverageFile {
    private CoverageFile() {}

    public static Map<String, Set<String>> operationsByService() throws IOException {
        Map<String, Set<String>> byService = new TreeMap<>();
        String service = null;
        for (String line : Files.readAllLines(Path.of("COVERAGE.md"))) {
            if (line.startsWith("## ")) {
                service = line.substring(3).trim();
                byService.put(service, new LinkedHashSet<>());
            } else if (service != null && line.startsWith("- `")) {
                byService.get(service).add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        return byService;
    }
}
