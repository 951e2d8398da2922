package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hand-mapped model type that is not an Immutables value (rules, policy peers, the sealed
 * NetworkPolicy): its document fields, how to write it and how to build it from the fields read.
 * A sealed interface is one form for all its records.
 *
 * @param <T> the model type
 */
abstract class ObjectForm<T> {
  private final Class<T> type;
  private final FieldSet fields;

  ObjectForm(Class<T> type, Object... namesAndTypes) {
    this.type = type;
    Map<String, Object> declared = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      Object t = namesAndTypes[i + 1];
      declared.put((String) namesAndTypes[i], t instanceof JavaType ? t : TypeFactory.defaultInstance().constructType((Class<?>) t));
    }
    this.fields = FieldSet.of(declared);
  }

  Class<T> type() {
    return type;
  }

  /** Writes the fields of {@code value} (inside an object already started). */
  abstract void write(T value, JsonGenerator gen) throws IOException;

  /** The value the fields describe. */
  abstract T read(Fields f) throws IOException;

  JsonSerializer<T> serializer() {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        write(value, gen);
        gen.writeEndObject();
      }

      @Override
      public Class<T> handledType() {
        return type;
      }
    };
  }

  JsonDeserializer<T> deserializer() {
    Map<JavaType, JsonDeserializer<Object>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    return new JsonDeserializer<>() {
      @Override
      public boolean isCachable() {
        return true;
      }

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(fields.read(p, ctxt, resolved));
      }
    };
  }
}
