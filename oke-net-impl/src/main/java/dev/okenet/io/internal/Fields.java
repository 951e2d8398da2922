package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fields one document object gave, read and typed by a {@link FieldSet}, with helpers that
 * turn problems into errors at a field's path.
 */
final class Fields {
  private final JsonParser parser;
  private final Map<String, Object> values;
  private final JsonLocation start;
  private final Map<String, JsonLocation> locations;

  Fields(JsonParser parser, Map<String, Object> values, JsonLocation start, Map<String, JsonLocation> locations) {
    this.parser = parser;
    this.values = values;
    this.start = start;
    this.locations = locations;
  }

  /** Whether the field was given (and not null). */
  boolean has(String name) {
    return values.containsKey(name);
  }

  /** The field's value, or null when absent. */
  @SuppressWarnings("unchecked")
  <T> T get(String name) {
    return (T) values.get(name);
  }

  /** The field's value, or {@code fallback} when absent. */
  <T> T get(String name, T fallback) {
    T value = get(name);
    return value == null ? fallback : value;
  }

  /** The field's value; an error at its path with {@code example} when absent. */
  <T> T required(String name, String example) throws ValueProblem {
    if (!has(name)) {
      throw missing(example, name);
    }
    return get(name);
  }

  /** An error at {@code path} below this object, located at the field's value (or the object's start). */
  ValueProblem fail(String problem, Object... path) {
    JsonLocation at = path.length > 0 ? locations.getOrDefault(String.valueOf(path[0]), start) : start;
    return ValueProblem.at(parser, at, problem, path);
  }

  /** An error saying the field at {@code path} is missing, with an example. */
  ValueProblem missing(String example, Object... path) {
    return fail("this field is missing. Give it, e.g. " + example + ".", path);
  }

  /**
   * Runs a model factory whose argument errors (which name the fix) belong to the field at
   * {@code path} (no path: this object).
   */
  <T> T at(Supplier<T> factory, Object... path) throws ValueProblem {
    try {
      return factory.get();
    } catch (RuntimeException e) {
      throw fail(Problems.modelMessage(e), path);
    }
  }
}
