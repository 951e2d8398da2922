package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Strict readers of the schema's scalars: a text field takes only a string, a whole-number field
 * only an integer token, a boolean field only true or false, as the documented contract says
 * ({@code "public": "false"}, {@code "public": 0} and {@code "minNodes": "3"} are wrong types,
 * not conversions). Jackson's own deserializers would coerce them.
 */
final class Scalars {
  static final JavaType INTEGER = TypeFactory.defaultInstance().constructType(Integer.class);

  private Scalars() {}

  /** Texts. */
  static final JsonDeserializer<String> TEXT = new JsonDeserializer<>() {
      @Override
      public boolean isCachable() {
        return true;
      }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongType(p, "a text in quotes");
      }
      String text = p.getText();
      int surrogate = UnicodeText.unpairedSurrogate(text);
      if (surrogate >= 0) {
        throw ValueProblem.at(p, UnicodeText.problem(text, surrogate));
      }
      return text;
    }
  };

  /** Whole numbers that fit an {@code int}. */
  static final JsonDeserializer<Integer> WHOLE_NUMBER = new JsonDeserializer<>() {
      @Override
      public boolean isCachable() {
        return true;
      }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw wrongType(p, "a whole number");
      }
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        throw ValueProblem.at(p, p.getText() + " is too large a number. Give a whole number between "
            + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ".");
      }
      return p.getIntValue();
    }
  };

  /** true or false. */
  static final JsonDeserializer<Boolean> TRUE_OR_FALSE = new JsonDeserializer<>() {
      @Override
      public boolean isCachable() {
        return true;
      }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isBoolean()) {
        throw wrongType(p, "true or false");
      }
      return p.currentToken() == JsonToken.VALUE_TRUE;
    }
  };

  /** The constant of {@code type} named by a text, in any case and with '-' for '_'; the error lists the constants. */
  static <E extends Enum<E>> JsonDeserializer<E> constantOf(Class<E> type) {
    return new JsonDeserializer<>() {
      @Override
      public boolean isCachable() {
        return true;
      }

      @Override
      public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = TEXT.deserialize(p, ctxt);
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
          if (e.name().equals(wanted)) {
            return e;
          }
        }
        throw ValueProblem.at(p, "'" + text + "' is not one of "
            + Arrays.stream(type.getEnumConstants()).map(e -> "\"" + e.name() + "\"").collect(Collectors.joining(", ")) + ".");
      }
    };
  }

  private static ValueProblem wrongType(JsonParser p, String expected) throws IOException {
    return ValueProblem.at(p, "expected " + expected + ", found " + describe(p) + ". Write " + expected + " here.");
  }

  /** The current token for an error message: "the text \"3\"", "the number 0", "a list [...]". */
  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case VALUE_STRING:
        String text = p.getText();
        return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        String number = p.getText();
        return "the number " + (number.length() > 40 ? number.substring(0, 40) + "…" : number);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "the boolean " + p.getText();
      case START_ARRAY:
        return "a list [...]";
      case START_OBJECT:
        return "an object {...}";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }
}
