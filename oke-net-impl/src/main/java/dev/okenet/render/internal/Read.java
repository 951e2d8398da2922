package dev.okenet.render.internal;

import dev.okenet.render.ModelFormatException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The checks every field read goes through, so that each error names the JSON path and the fix in
 * the same words: required fields, enum names, and the model's own argument errors re-thrown with
 * the path of the value that caused them.
 */
final class Read {
  private Read() {}

  /** {@code value}, or an error at {@code path} saying it is missing, with an example. */
  static <T> T required(JsonPath path, T value, String example) {
    if (value == null) {
      throw new ModelFormatException(path.toString(), "this field is missing. Give it, e.g. " + example + ".");
    }
    return value;
  }

  /** The constant of {@code type} named {@code text} (any case, '-' for '_'); the error lists the constants. */
  static <E extends Enum<E>> E enumValue(JsonPath path, Class<E> type, String text) {
    String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(wanted)) {
        return e;
      }
    }
    throw new ModelFormatException(path.toString(), "'" + text + "' is not one of "
        + Arrays.stream(type.getEnumConstants()).map(e -> "\"" + e.name() + "\"").collect(Collectors.joining(", ")) + ".");
  }

  /** Runs a model factory; its argument errors (which already say the fix) get the path of the value. */
  static <T> T at(JsonPath path, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ModelFormatException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new ModelFormatException(path.toString(), String.valueOf(e.getMessage()));
    }
  }

  /** A list field: absent means empty. */
  static <T> List<T> list(List<T> value) {
    return value == null ? List.of() : value;
  }

  /** A boolean field with a default. */
  static boolean flag(Boolean value, boolean fallback) {
    return value == null ? fallback : value;
  }
}
