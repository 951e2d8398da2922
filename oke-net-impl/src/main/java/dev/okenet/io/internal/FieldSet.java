package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fields one document object may hold, each with its Java type or a nested object of fields,
 * and the strict reading of such an object: an unknown field, a field given twice, a null in a
 * list or a value of the wrong type is an error at the field's path, never ignored.
 *
 * <pre>{@code
 * Fields f = FieldSet.of(Map.of("name", stringType)).read(parser, context);
 * }</pre>
 */
final class FieldSet {
  private final Map<String, Object> fields;

  private FieldSet(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** Fields by name, each a {@link JavaType} or a nested {@link FieldSet}, in document order. */
  static FieldSet of(Map<String, Object> fields) {
    return new FieldSet(new LinkedHashMap<>(fields));
  }

  /** The fields of {@code type}'s documents (with {@code "schemaVersion"} when it is versioned). */
  static FieldSet of(ValueType type) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (type.versioned()) {
      fields.put("schemaVersion", Scalars.INTEGER);
    }
    for (Object entry : type.entries()) {
      if (entry instanceof Attribute) {
        fields.put(((Attribute) entry).json(), ((Attribute) entry).type());
      } else {
        Map<String, Object> nested = new LinkedHashMap<>();
        type.inObject((String) entry).forEach(a -> nested.put(a.json(), a.type()));
        fields.put((String) entry, new FieldSet(nested));
      }
    }
    return new FieldSet(fields);
  }

  /**
   * Reads the object at the parser's current token; a field given as null counts as absent.
   * {@code resolved} keeps each type's deserializer once found (one map per mapper: the caller
   * is a deserializer Jackson caches per mapper), so reading a value costs no lookup.
   */
  Fields read(JsonParser p, DeserializationContext ctxt, Map<JavaType, JsonDeserializer<Object>> resolved) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw ValueProblem.at(p, "expected an object {...}, found " + Scalars.describe(p) + ". Write an object here.");
    }
    JsonLocation start = p.currentTokenLocation();
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, JsonLocation> locations = new LinkedHashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      if (!seen.add(name)) {
        throw ValueProblem.at(p, "the field '" + name + "' is given twice. A document has one meaning: keep one of them.", name);
      }
      Object declared = fields.get(name);
      if (declared == null) {
        throw ValueProblem.at(p, "unknown field '" + name + "'. The fields here are: "
            + fields.keySet().stream().sorted().collect(Collectors.joining(", ")) + ". Fix the spelling or remove it.", name);
      }
      try {
        JsonToken valueToken = p.nextToken();
        locations.put(name, p.currentTokenLocation());
        if (valueToken == JsonToken.VALUE_NULL) {
          continue;
        }
        Object value = declared instanceof FieldSet ? ((FieldSet) declared).read(p, ctxt, resolved)
            : deserializer((JavaType) declared, ctxt, resolved).deserialize(p, ctxt);
        if (value instanceof List) {
          requireNoNulls(p, (List<?>) value);
        }
        values.put(name, value);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, (Object) null, name);
      } catch (IOException | RuntimeException e) {
        throw JsonMappingException.wrapWithPath(e, (Object) null, name);
      }
    }
    return new Fields(p, values, start, locations);
  }

  private static JsonDeserializer<Object> deserializer(JavaType type, DeserializationContext ctxt,
      Map<JavaType, JsonDeserializer<Object>> resolved) throws JsonMappingException {
    JsonDeserializer<Object> deserializer = resolved.get(type);
    if (deserializer == null) {
      deserializer = ctxt.findRootValueDeserializer(type);
      resolved.put(type, deserializer);
    }
    return deserializer;
  }

  private static void requireNoNulls(JsonParser p, List<?> list) throws ValueProblem {
    int i = list.indexOf(null);
    if (i >= 0) {
      throw ValueProblem.at(p, "a list element is null. Remove it, or give a value.", i);
    }
  }
}
