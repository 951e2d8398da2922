package dev.okenet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.io.ModelGenerator;
import dev.okenet.io.ModelIO;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import org.junit.jupiter.api.Test;

/** Whatever network the DSL can express, model I/O writes and reads back equal, in JSON and in YAML. */
class ModelIORoundTripProperties {
  private static final Gen<OkeNetwork> NETWORKS = Gen.fromRandom(random -> ModelGenerator.withPlainTexts(random).network());

  @Test
  void jsonRoundTripGivesAnEqualNetwork() {
    Property.forAll(NETWORKS).tries(200).check(network -> assertThat(ModelIO.fromJson(ModelIO.toJson(network))).isEqualTo(network));
  }

  @Test
  void yamlRoundTripGivesAnEqualNetwork() {
    Property.forAll(NETWORKS).tries(200).check(network -> assertThat(ModelIO.fromYaml(ModelIO.toYaml(network))).isEqualTo(network));
  }

  @Test
  void writingIsDeterministic() {
    Property.forAll(NETWORKS).tries(50)
        .check(network -> assertThat(ModelIO.toJson(ModelIO.fromJson(ModelIO.toJson(network)))).isEqualTo(ModelIO.toJson(network)));
  }
}
