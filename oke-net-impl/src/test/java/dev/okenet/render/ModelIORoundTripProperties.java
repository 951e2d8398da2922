package dev.okenet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.io.ModelIO;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever network the DSL can express, model I/O writes and reads back equal, in JSON and in YAML. */
class ModelIORoundTripProperties {
  @Provide
  Arbitrary<OkeNetwork> networks() {
    return Arbitraries.randomValue(random -> new RandomNetworks(random).network());
  }

  @Property(tries = 200)
  void jsonRoundTripGivesAnEqualNetwork(@ForAll("networks") OkeNetwork network) {
    assertThat(ModelIO.fromJson(ModelIO.toJson(network))).isEqualTo(network);
  }

  @Property(tries = 200)
  void yamlRoundTripGivesAnEqualNetwork(@ForAll("networks") OkeNetwork network) {
    assertThat(ModelIO.fromYaml(ModelIO.toYaml(network))).isEqualTo(network);
  }

  @Property(tries = 50)
  void writingIsDeterministic(@ForAll("networks") OkeNetwork network) {
    assertThat(ModelIO.toJson(ModelIO.fromJson(ModelIO.toJson(network)))).isEqualTo(ModelIO.toJson(network));
  }
}
