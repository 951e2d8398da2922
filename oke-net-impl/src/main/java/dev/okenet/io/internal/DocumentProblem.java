package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * A document refused by the model's YAML rules (anchors, aliases, tags, a second document,
 * ambiguous plain scalars). Its message already says what to write instead; it is a parse
 * exception so that Jackson and the value readers add the path of the field being read.
 */
final class DocumentProblem extends JsonParseException {
  private static final long serialVersionUID = 1L;

  DocumentProblem(JsonParser parser, String problem, JsonLocation location) {
    super(parser, problem, location);
  }
}
