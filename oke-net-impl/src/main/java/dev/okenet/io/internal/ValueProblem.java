package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value the document cannot hold, with a message that already names the problem and the fix.
 * A {@link JsonMappingException}, so that the readers of enclosing objects and lists prepend their
 * field names and indexes: the path in the final error is Jackson's own.
 */
final class ValueProblem extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private ValueProblem(JsonParser parser, String problem, JsonLocation location) {
    super(parser, problem, location);
  }

  /** A problem at {@code path} (field names and list indexes) below the value being read, located at the parser's token. */
  static ValueProblem at(JsonParser parser, String problem, Object... path) {
    return at(parser, parser.currentTokenLocation(), problem, path);
  }

  /** A problem at {@code path} below the value being read, located at {@code location} in the text. */
  static ValueProblem at(JsonParser parser, JsonLocation location, String problem, Object... path) {
    ValueProblem e = new ValueProblem(parser, problem, location);
    for (int i = path.length - 1; i >= 0; i--) {
      if (path[i] instanceof Integer) {
        e.prependPath(null, (Integer) path[i]);
      } else {
        e.prependPath(null, (String) path[i]);
      }
    }
    return e;
  }
}
