package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a model value type: its fields strictly ({@link FieldSet}), then the value through the
 * generated builder, or through the DSL when the type has a {@link Construction}. A value the
 * model refuses is reported at the field that makes it fail: the failing attribute is found by
 * building the type's sample with only that attribute changed ({@link Samples}).
 */
final class ValueDeserializer extends JsonDeserializer<Object> {
  private final ValueType type;
  private final FieldSet fields;
  private final Construction construction;
  private final Map<JavaType, JsonDeserializer<Object>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

  ValueDeserializer(ValueType type, Construction construction) {
    this.type = type;
    this.fields = FieldSet.of(type);
    this.construction = construction;
  }

  /** Stateless: Jackson keeps one per type instead of introspecting the type again for every value. */
  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields f = fields.read(p, ctxt, resolved);
    if (type.versioned() && f.has("schemaVersion") && !Objects.equals(f.get("schemaVersion"), Schema.VERSION)) {
      throw f.fail("schema version " + f.get("schemaVersion") + " is not supported; this library reads version " + Schema.VERSION
          + ". Write \"schemaVersion\": " + Schema.VERSION + " or leave it out.", "schemaVersion");
    }
    Map<Attribute, Object> given = given(f);
    if (construction == null) {
      return build(f, given);
    }
    Object value = construction.construct(f);
    keepsEveryFieldGiven(f, given, value);
    return value;
  }

  /** The attribute values the document gave, in document order, with the absent-field rules applied. */
  private Map<Attribute, Object> given(Fields f) throws ValueProblem {
    Map<Attribute, Object> given = new LinkedHashMap<>();
    for (Attribute a : type.attributes()) {
      Object value = a.inObject() == null ? f.get(a.json()) : f.<Fields>get(a.inObject()) == null ? null : f.<Fields>get(a.inObject()).get(a.json());
      if (value != null) {
        given.put(a, value);
      }
    }
    for (Attribute a : type.attributes()) {
      if (!given.containsKey(a) && a.whenAbsent() != null && applies(a.whenAbsent(), f)) {
        String sameAs = a.whenAbsent().sameAs();
        Object fallback = sameAs.isEmpty() ? Samples.parseJson(a.whenAbsent().json(), a.type()) : valueOf(given, sameAs);
        if (fallback != null) {
          given.put(a, fallback);
        }
      }
    }
    return given;
  }

  private Object build(Fields f, Map<Attribute, Object> given) throws ValueProblem {
    for (Attribute a : type.attributes()) {
      if (a.required() && !given.containsKey(a)) {
        throw f.missing(Samples.example(type, a), a.path());
      }
    }
    try {
      return type.build(given);
    } catch (RuntimeException e) {
      Attribute culprit = Samples.culprit(type, given, e);
      throw culprit == null ? f.fail(Problems.modelMessage(e)) : f.fail(Problems.modelMessage(e), culprit.path());
    }
  }

  /** A construction through the DSL must keep what the document says; a field it cannot keep is an error there. */
  private void keepsEveryFieldGiven(Fields f, Map<Attribute, Object> given, Object value) throws ValueProblem {
    for (Map.Entry<Attribute, Object> e : given.entrySet()) {
      Object kept = e.getKey().valueIn(value);
      if (!Objects.equals(e.getValue(), kept)) {
        throw f.fail("this " + type + " cannot hold " + e.getValue() + " here: with the other fields it has " + kept
            + ". Remove the field or make it agree with the others.", e.getKey().path());
      }
    }
  }

  private static boolean applies(Schema.WhenAbsent rule, Fields f) {
    return rule.ifGiven().length == 0 || java.util.Arrays.stream(rule.ifGiven()).anyMatch(f::has);
  }

  private Object valueOf(Map<Attribute, Object> given, String attributeName) {
    return given.entrySet().stream().filter(e -> e.getKey().name().equals(attributeName)).map(Map.Entry::getValue).findFirst().orElse(null);
  }
}
