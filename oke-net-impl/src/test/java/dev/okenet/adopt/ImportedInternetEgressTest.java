package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.InternetEgress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An import records the internet egress the live rules give, so the model says what the cluster can do. */
class ImportedInternetEgressTest {
  @ParameterizedTest(name = "{0}")
  @EnumSource(InternetEgress.class)
  void importReadsTheInternetEgressOfTheLiveRules(InternetEgress egress) {
    ImportedNetwork imported = Imports.of(ReferenceNetworks.prod().toBuilder().internetEgress(egress).build()).imported();
    assertThat(imported.model().internetEgress()).isEqualTo(egress);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(InternetEgress.class)
  void theJavaDslSaysIt(InternetEgress egress) {
    ImportedNetwork imported = Imports.of(ReferenceNetworks.prod().toBuilder().internetEgress(egress).build()).imported();
    assertThat(imported.toJavaDsl()).contains(".internetEgress(InternetEgress." + egress.name() + ")");
  }
}
