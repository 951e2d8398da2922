package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.function.Function;

/**
 * A model value written as one text, such as a CIDR ("10.0.0.0/16"), a port ("TCP 443") or a
 * rule peer ("nsg bastion"): how to write it, how to read it back, and what to tell a reader who
 * wrote something else. Reading turns every exception of the parser (not only its argument
 * errors) into an error at the field's path.
 *
 * @param <T> the model type
 */
final class TextForm<T> {
  private final Class<T> type;
  private final Function<T, String> format;
  private final Function<String, T> parse;
  private final String forms;

  /**
   * @param parse returns null or throws for text that is not a {@code T}
   * @param forms what to write instead, e.g. "Write e.g. \"TCP 443\" or \"all\"."
   */
  TextForm(Class<T> type, Function<T, String> format, Function<String, T> parse, String forms) {
    this.type = type;
    this.format = format;
    this.parse = parse;
    this.forms = forms;
  }

  Class<T> type() {
    return type;
  }

  String format(T value) {
    return format.apply(value);
  }

  JsonSerializer<T> serializer() {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(format(value));
      }

      @Override
      public Class<T> handledType() {
        return type;
      }
    };
  }

  JsonDeserializer<T> deserializer() {
    return new JsonDeserializer<>() {
      @Override
      public boolean isCachable() {
        return true;
      }

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, Scalars.TEXT.deserialize(p, ctxt));
      }
    };
  }

  /** The value {@code text} names; an error at the parser's field with the fix otherwise. */
  T read(JsonParser p, String text) throws ValueProblem {
    T value;
    try {
      value = parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw ValueProblem.at(p, e.getMessage() == null ? notOne(text) : e.getMessage());
    } catch (RuntimeException e) {
      throw ValueProblem.at(p, notOne(text));
    }
    if (value == null) {
      throw ValueProblem.at(p, notOne(text));
    }
    return value;
  }

  private String notOne(String text) {
    return "'" + text + "' is not a " + Problems.words(type.getSimpleName()) + ". " + forms;
  }
}
