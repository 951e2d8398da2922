package dev.okenet.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Finds model attributes by itself, so that one added later cannot be silently dropped by model
 * I/O: every field of every model class reachable from {@link OkeNetwork} (the generated
 * {@code Immutable*} classes hold exactly the attributes; hand-written values such as
 * {@code Port} hold theirs) must take at least two different values across the networks of
 * {@link ModelGenerator}, and those networks round-trip ({@link ModelRoundTripTest}), which
 * compares every attribute. A new attribute fails here until the generator sets it; if model I/O
 * then misses it, the round trip fails. Value types mapped generically need nothing more; types
 * read through the DSL ({@code Constructions}) refuse a field they cannot keep. Hand-written values
 * read through their factories ({@code Nsg}, {@code SecurityList}) are mapped from their own fields:
 * a new field is written through its accessor (a field without one stops model I/O from mapping
 * the type at all), and the round trip fails until {@code Constructions} reads it back.
 */
class ModelAttributeCoverageTest {
  private static final int NETWORKS = 400;

  @Test
  void everyModelAttributeVariesAcrossTheGeneratedNetworks() {
    Map<String, Set<String>> seen = new TreeMap<>();
    long base = 20_260_101L;
    for (int i = 0; i < NETWORKS; i++) {
      walk(new ModelGenerator(base + i).network(), seen, new IdentityHashMap<>());
    }
    List<String> constant = new ArrayList<>();
    seen.forEach((attribute, values) -> {
      if (values.size() < 2) {
        constant.add(attribute + " (always " + values + ")");
      }
    });
    assertThat(constant)
        .as("model attributes that never vary in ModelGenerator: teach it to set them, so that the round trip checks model I/O carries them")
        .isEmpty();
    assertThat(seen.keySet()).as("attributes found").hasSizeGreaterThan(100);
  }

  /** Records each field's value (as text) per "Class.field" and descends into model values, lists and optionals. */
  private static void walk(Object value, Map<String, Set<String>> seen, Map<Object, Boolean> visited) {
    if (value == null || !isModel(value.getClass()) || visited.put(value, true) != null) {
      return;
    }
    for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isSynthetic()) {
          continue;
        }
        f.setAccessible(true);
        Object v;
        try {
          v = f.get(value);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        String name = modelName(value.getClass()) + "." + f.getName();
        Set<String> values = seen.computeIfAbsent(name, k -> new TreeSet<>());
        if (values.size() < 3) {
          values.add(summary(v));
        }
        descend(v, seen, visited);
      }
    }
  }

  private static void descend(Object v, Map<String, Set<String>> seen, Map<Object, Boolean> visited) {
    if (v instanceof Collection) {
      ((Collection<?>) v).forEach(e -> walk(e, seen, visited));
    } else if (v instanceof Optional) {
      ((Optional<?>) v).ifPresent(e -> walk(e, seen, visited));
    } else if (v instanceof Map) {
      ((Map<?, ?>) v).values().forEach(e -> walk(e, seen, visited));
    } else {
      walk(v, seen, visited);
    }
  }

  /** Model classes are dev.okenet's, except CIDRs, which are one value (their fields are the address library's). */
  private static boolean isModel(Class<?> c) {
    return c.getName().startsWith("dev.okenet.") && c != Cidr.class && !c.isEnum();
  }

  private static String modelName(Class<?> c) {
    return c.getSimpleName().startsWith("Immutable") ? c.getSimpleName().substring("Immutable".length()) : c.getSimpleName();
  }

  private static String summary(Object v) {
    if (v instanceof Collection) {
      return ((Collection<?>) v).size() + " elements";
    }
    if (v instanceof Map) {
      return ((Map<?, ?>) v).size() + " entries";
    }
    return v == null ? "null" : v.getClass().getName().startsWith("dev.okenet.") && !v.getClass().isEnum() && !(v instanceof Cidr)
        ? "a " + modelName(v.getClass()) + "#" + Integer.toHexString(v.hashCode()) : String.valueOf(v);
  }
}
