package dev.okenet.fakeoci.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Authentication;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {
    @Test
    void defaultsAreLoopbackStrictInstantOnTheDefaultPort() {
        ServerOptions options = ServerOptions.parse();

        assertThat(options.bindAddress().isLoopbackAddress()).isTrue();
        assertThat(options.authentication()).isEqualTo(Authentication.STRICT);
        assertThat(options.clock()).isEqualTo(VirtualClock.Mode.INSTANT);
        assertThat(options.port()).isEqualTo(ServerOptions.DEFAULT_PORT);
    }

    @Test
    void readsClockLatenciesSeedAndAuthentication() {
        ServerOptions options = ServerOptions.parse("--clock", "auto-advance", "--latency", "subnet=9s",
                "--latency", "CLUSTER=PT6M", "--node-latency", "500ms", "--seed", "7", "--authentication", "permissive");

        assertThat(options.clock()).isEqualTo(VirtualClock.Mode.AUTO_ADVANCE);
        assertThat(options.latencies()).containsEntry(ResourceKind.SUBNET, Duration.ofSeconds(9))
                .containsEntry(ResourceKind.CLUSTER, Duration.ofMinutes(6));
        assertThat(options.nodeLatency()).contains(Duration.ofMillis(500));
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.authentication()).isEqualTo(Authentication.PERMISSIVE);
    }

    @Test
    void anUnknownKindIsRefusedListingTheKinds() {
        assertThatThrownBy(() -> ServerOptions.parse("--latency", "UNICORN=1s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNICORN").hasMessageContaining("SUBNET");
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertThatThrownBy(() -> ServerOptions.parse("--node-latency", "-1s")).hasMessageContaining("-1s");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ServerOptions.parse("--port", "70000")).hasMessageContaining("70000");
    }

    @Test
    void anUnknownOptionShowsTheUsage() {
        assertThatThrownBy(() -> ServerOptions.parse("--verbose")).hasMessageContaining("--verbose")
                .hasMessageContaining("Usage");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> ServerOptions.parse("--port")).hasMessageContaining("--port needs a value");
    }
}
