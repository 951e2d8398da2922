package dev.okenet.io.internal;

import com.fasterxml.jackson.databind.JavaType;
import dev.okenet.OkeNetwork;
import dev.okenet.kube.IngressTls;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One valid value of each model type, taken from the reference networks, for two things errors
 * need: an example of a missing field ({@code "name": "prod"}), and the field to blame when the
 * model refuses a value as a whole. The model checks a value only when it is built, so
 * {@code OkeNetwork name 'Prod' must start with a lower-case letter} comes without a field; it
 * belongs to the attribute that, set alone on the sample, fails with the same message. Only
 * errors pay for this.
 */
final class Samples {
  private static final Map<Class<?>, Object> SAMPLES = collect();

  private Samples() {}

  private static Map<Class<?>, Object> collect() {
    Map<Class<?>, Object> samples = new ConcurrentHashMap<>();
    for (OkeNetwork network : ReferenceNetworks.all()) {
      visit(network, samples);
    }
    // Types the reference networks do not hold.
    for (Object extra : List.of(LocalPeering.to("shared", "10.50.0.0/16"), Nsg.named("bastion"), SecurityList.named("monitoring"),
        IngressTls.of("shop-tls", "shop.example.com"))) {
      visit(extra, samples);
    }
    return samples;
  }

  private static void visit(Object value, Map<Class<?>, Object> samples) {
    Optional<ValueType> type = value == null ? Optional.empty() : ValueType.of(value.getClass());
    if (type.isEmpty()) {
      return;
    }
    samples.putIfAbsent(type.get().type(), value);
    for (Attribute a : type.get().attributes()) {
      Object v = a.valueIn(value);
      if (v instanceof List) {
        ((List<?>) v).forEach(e -> visit(e, samples));
      } else {
        visit(v, samples);
      }
    }
  }

  /** The sample of {@code type}, or null. */
  static Object of(Class<?> type) {
    return SAMPLES.get(type);
  }

  /**
   * The attribute of {@code given} that, set alone on the type's sample (or on nothing, for a type
   * without one), makes it fail with the same message as {@code failure}; null when none does.
   */
  static Attribute culprit(ValueType type, Map<Attribute, Object> given, RuntimeException failure) {
    Object sample = SAMPLES.get(type.type());
    Map<Attribute, Object> base = new LinkedHashMap<>();
    if (sample != null) {
      type.valuesOf(sample).forEach((a, v) -> {
        if (v != null) {
          base.put(a, v);
        }
      });
    }
    for (Attribute suspect : given.keySet()) {
      Map<Attribute, Object> probe = new LinkedHashMap<>(base);
      probe.put(suspect, given.get(suspect));
      try {
        type.build(probe);
      } catch (RuntimeException e) {
        if (Objects.equals(e.getMessage(), failure.getMessage())) {
          return suspect;
        }
      }
    }
    return null;
  }

  /** An example of the attribute's field for an error message, e.g. {@code "name": "prod"}. */
  static String example(ValueType type, Attribute a) {
    Object sample = SAMPLES.get(type.type());
    Object value = sample == null ? null : a.valueIn(sample);
    return "\"" + a.json() + "\": " + (value == null ? "..." : Documents.compactJson(value));
  }

  /** The value of a JSON literal of the schema, e.g. {@code false}. */
  static Object parseJson(String json, JavaType type) {
    return Documents.parseCompactJson(json, type);
  }
}
