package dev.okenet.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import org.junit.jupiter.api.Test;

/**
 * Every network the DSL builds (with odd strings wherever the model takes free text) is written
 * and read back to an equal value, through JSON and through YAML; writing is deterministic.
 * Seeded: each run prints its base seed, a failure names its case seed, {@code -Dokenet.seed=}
 * replays it.
 */
class ModelRoundTripTest {
  @Test
  void everyNetworkRoundTripsThroughJson() {
    Seeds.forEachCase("JSON round trip", 300, seed -> {
      OkeNetwork network = new ModelGenerator(seed).network();
      String json = ModelIO.toJson(network);
      assertThat(ModelIO.fromJson(json)).as("read back from%n%s", json).isEqualTo(network);
    });
  }

  @Test
  void everyNetworkRoundTripsThroughYaml() {
    Seeds.forEachCase("YAML round trip", 300, seed -> {
      OkeNetwork network = new ModelGenerator(seed).network();
      String yaml = ModelIO.toYaml(network);
      assertThat(ModelIO.fromYaml(yaml)).as("read back from%n%s", yaml).isEqualTo(network);
    });
  }

  @Test
  void writingIsDeterministic() {
    Seeds.forEachCase("deterministic writing", 100, seed -> {
      OkeNetwork network = new ModelGenerator(seed).network();
      assertThat(ModelIO.toJson(ModelIO.fromJson(ModelIO.toJson(network)))).isEqualTo(ModelIO.toJson(network));
      assertThat(ModelIO.toYaml(ModelIO.fromYaml(ModelIO.toYaml(network)))).isEqualTo(ModelIO.toYaml(network));
    });
  }
}
