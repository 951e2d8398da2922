package dev.okenet.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityList;
import org.junit.jupiter.api.Test;

/** Which attributes model I/O finds on a hand-written value type (one without an Immutables builder). */
class ValueTypeTest {
  @Test
  void handWrittenValuesAreMappedFromTheirOwnFieldsAndReadThroughTheirFactories() {
    for (Class<?> type : new Class<?>[] {Nsg.class, SecurityList.class}) {
      ValueType mapped = ValueType.of(type).orElseThrow();

      assertThat(mapped.attributes()).as(type.getSimpleName()).extracting(Attribute::json).containsExactly("name", "rules");
      assertThat(Constructions.ALL).as(type.getSimpleName() + " is read through its factories").containsKey(type);
    }
  }
}
