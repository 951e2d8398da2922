package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.okenet.io.ModelFormatException;
import java.util.List;
import java.util.Map;

/**
 * Jackson's exceptions as {@link ModelFormatException}s: the path is Jackson's own reference
 * chain ({@code $.services[0].loadBalancer.tlsPorts}), the message says what is wrong, where in
 * the text, and what to write instead. No parser or mapper exception reaches the caller.
 */
final class Problems {
  private static final Map<String, String> WORDS = Map.of(
      "Cidr", "CIDR block", "Port", "port", "Peer", "rule peer", "RouteTarget", "route target",
      "Selector", "label selector", "ServiceRef", "Service reference");

  private Problems() {}

  static ModelFormatException of(JsonProcessingException e, String format) {
    return new ModelFormatException(path(e), problem(e, format));
  }

  /** The JSON path of the exception's references, "$" when there are none. */
  static String path(JsonProcessingException e) {
    StringBuilder sb = new StringBuilder("$");
    if (e instanceof JsonMappingException) {
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        if (r.getFieldName() != null) {
          sb.append('.').append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          sb.append('[').append(r.getIndex()).append(']');
        }
      }
    }
    return sb.toString();
  }

  private static String problem(JsonProcessingException outer, String format) {
    JsonProcessingException e = innermost(outer);
    String at = at(e.getLocation() != null ? e.getLocation() : outer.getLocation());
    if (e instanceof ValueProblem || e instanceof DocumentProblem) {
      return e.getOriginalMessage() + at;
    }
    if (e instanceof StreamConstraintsException) {
      return "the document is beyond a limit of model I/O" + at + ": " + e.getOriginalMessage() + ".";
    }
    if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
      return "more text follows the end of the document" + at + ". A model text holds one network: remove what follows it.";
    }
    if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
      String expected = describe(((MismatchedInputException) e).getTargetType());
      return "expected " + expected + at + ". Write " + expected + " here.";
    }
    if (e instanceof StreamReadException) {
      return "this is not valid " + format + at + ": " + e.getOriginalMessage() + ". Fix the syntax there.";
    }
    return e.getOriginalMessage() + at + ". Compare with the example in ModelIO's Javadoc.";
  }

  /** The exception that says what went wrong, below the wrappers that only add a path. */
  private static JsonProcessingException innermost(JsonProcessingException e) {
    JsonProcessingException found = e;
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof JsonProcessingException) {
        found = (JsonProcessingException) t;
      }
    }
    return found;
  }

  private static String describe(Class<?> type) {
    if (List.class.isAssignableFrom(type)) {
      return "a list [...]";
    }
    return "a " + words(type.getSimpleName());
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** The message of a model exception, which already names the value and the fix. */
  static String modelMessage(RuntimeException e) {
    if (e.getMessage() != null && (e instanceof IllegalArgumentException || e instanceof IllegalStateException)) {
      return e.getMessage();
    }
    return "the model refused this value (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").";
  }

  /** "route target" for RouteTarget. */
  static String words(String simpleName) {
    return WORDS.getOrDefault(simpleName, simpleName);
  }
}
