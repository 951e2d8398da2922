package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.key.CapturedTags;
import dev.okenet.reference.ReferenceNetworks;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Adoption writes the ownership tags oke-net wrote before keys were typed ({@link CapturedTags}, case prod-adopted). */
class AdoptionWireFormatTest {
  @Test
  void adoptingProdWritesExactlyTheCapturedKeys() {
    Imports prod = Imports.of(ReferenceNetworks.prod());
    AdoptionPlan plan = prod.imported().planAdoption();

    plan.apply(prod.fake.virtualNetwork(), prod.fake.containerEngine());

    assertThat(plan.changes()).extracting(c -> c.after().get("okenet.key"))
        .containsExactlyInAnyOrderElementsOf(CapturedTags.keysOf("prod-adopted"));
    assertThat(new TreeSet<>(plan.changes().stream().map(c -> c.after().get("okenet.network")).toList())).containsExactly("prod");
    assertThat(prod.imported().planAdoption().isEmpty()).as("the written tags read back as the same keys").isTrue();
  }
}
