package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.List;

/**
 * Writes a model value type's attributes in schema order: every attribute that holds something
 * (defaults included, so a document says everything the network is); an empty Optional or list is
 * left out.
 */
final class ValueSerializer extends JsonSerializer<Object> {
  private final ValueType type;

  ValueSerializer(ValueType type) {
    this.type = type;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    if (type.versioned()) {
      gen.writeNumberField("schemaVersion", Schema.VERSION);
    }
    for (Object entry : type.entries()) {
      if (entry instanceof Attribute) {
        write((Attribute) entry, value, gen, provider);
      } else {
        List<Attribute> nested = type.inObject((String) entry);
        if (nested.stream().anyMatch(a -> !a.isAbsentIn(value))) {
          gen.writeObjectFieldStart((String) entry);
          for (Attribute a : nested) {
            write(a, value, gen, provider);
          }
          gen.writeEndObject();
        }
      }
    }
    gen.writeEndObject();
  }

  private static void write(Attribute a, Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (!a.isAbsentIn(value)) {
      gen.writeFieldName(a.json());
      provider.defaultSerializeValue(a.valueIn(value), gen);
    }
  }
}
