package dev.okenet.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Errors name the failing field and give examples from one sample per model value type: every type needs one. */
class SamplesTest {
  @Test
  void everyModelValueTypeReachableFromANetworkHasASample() {
    Set<Class<?>> types = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(Set.of(OkeNetwork.class));
    while (!todo.isEmpty()) {
      ValueType type = ValueType.of(todo.pop()).orElseThrow();
      if (types.add(type.type())) {
        for (Attribute a : type.attributes()) {
          Class<?> raw = a.type().isCollectionLikeType() ? a.type().getContentType().getRawClass() : a.type().getRawClass();
          ValueType.of(raw).ifPresent(t -> todo.push(t.type()));
        }
      }
    }

    assertThat(types).hasSizeGreaterThan(15).allSatisfy(t -> assertThat(Samples.of(t)).as("sample of " + t.getSimpleName()).isNotNull());
  }
}
