package dev.okenet.testkit.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated service classes are what {@link ServiceSources} writes for the SDK on the class path. */
class GeneratedServicesTest {
    @Test
    void theGeneratedServicesMatchTheSdkOnTheClassPath() throws Exception {
        Path dir = Path.of("src/main/java").resolve(ServiceSources.PACKAGE.replace('.', '/'));
        for (Map.Entry<String, String> source : ServiceSources.sources().entrySet()) {
            Path file = dir.resolve(source.getKey() + ".java");
            assertThat(Files.exists(file) ? Files.readString(file) : "(missing)")
                    .as("%s is out of date with the SDK; regenerate it with ServiceSources (see its Javadoc)", file)
                    .isEqualTo(source.getValue());
        }
    }
}
