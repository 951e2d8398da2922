package dev.okenet.testkit.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.ccm.TestCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 7: a simulated cluster leaves the JVM as it found it. Its one JVM-wide touch is
 * the level of fabric8's mock-server logger, and only when no one configured it.
 */
class SimulatedClusterJvmStateTest {
    @Test
    void startingASimulatedClusterChangesNoSystemProperty() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SimulatedClusterPropertiesProbe.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> changed = output.lines().filter(line -> line.startsWith("changed ")).toList();

        assertThat(output).as("the probe's output").contains("probe done");
        assertThat(changed).isEmpty();
    }

    @Test
    void aLevelSetForTheMockServersLoggerIsKept() {
        Logger logger = Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");
        Level before = logger.getLevel();
        logger.setLevel(Level.SEVERE);
        try {
            try (TestCluster oke = TestCluster.vcnNative("10.0.8.0/24", 1, 31);
                    SimulatedCluster cluster = oke.simulate()) {
                assertThat(logger.getLevel()).isEqualTo(Level.SEVERE);
            }
        } finally {
            logger.setLevel(before);
        }
    }
}
