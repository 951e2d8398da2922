package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Jackson's YAML parser, reading in linear time ({@link LinearStreamReader}) and refusing every
 * YAML feature that would give a model document a second meaning or a meaning Jackson does not
 * keep: anchors and aliases (Jackson reads {@code *lbl} as the text "lbl"), explicit tags, a
 * second document (Jackson would read on into it), and plain scalars YAML readers disagree about
 * ({@link YamlScalars#isAmbiguous}, e.g. {@code 010} or {@code yes}). Duplicate keys are refused
 * by Jackson's duplicate detection, enabled by the mapper.
 */
final class ModelYamlParser extends YAMLParser {
  private int documents;

  ModelYamlParser(IOContext context, int parserFeatures, int yamlFeatures, ObjectCodec codec, String text, LoaderOptions options) {
    super(context, parserFeatures, yamlFeatures, codec, new StringReader(""), new ParserImpl(new LinearStreamReader(text), options));
  }

  @Override
  protected Event getEvent() throws IOException {
    Event event = super.getEvent();
    if (event instanceof DocumentStartEvent && ++documents > 1) {
      throw refused(event, "a second YAML document starts here. A model text holds one network: remove the '---' and what follows, "
          + "or read each document separately.");
    }
    if (event instanceof AliasEvent) {
      throw refused(event, "YAML alias '*" + ((AliasEvent) event).getAnchor() + "' is not supported: model documents use no anchors "
          + "or aliases. Write the value itself here.");
    }
    if (event instanceof NodeEvent && ((NodeEvent) event).getAnchor() != null) {
      throw refused(event, "YAML anchor '&" + ((NodeEvent) event).getAnchor() + "' is not supported: model documents use no anchors "
          + "or aliases. Remove the anchor.");
    }
    if (event instanceof ScalarEvent) {
      ScalarEvent scalar = (ScalarEvent) event;
      if (scalar.getTag() != null) {
        throw refused(event, "YAML tag '" + scalar.getTag() + "' is not supported: model documents use no tags. Remove it; quote the "
            + "value if it is a text.");
      }
      if (scalar.isPlain() && !isKey() && YamlScalars.isAmbiguous(scalar.getValue())) {
        throw refused(event, "the unquoted YAML value '" + scalar.getValue() + "' means different things to different YAML readers "
            + "(YAML 1.1 and 1.2 read it as a number, a boolean, a date or text). Quote it if it is a text; write whole numbers "
            + "as plain decimals such as 3, and booleans as true or false.");
      }
    }
    if (event instanceof CollectionStartEvent && ((CollectionStartEvent) event).getTag() != null) {
      throw refused(event, "YAML tag '" + ((CollectionStartEvent) event).getTag() + "' is not supported: model documents use no tags. "
          + "Remove it.");
    }
    return event;
  }

  /** In a mapping, every scalar that does not follow a key is a key (Jackson's own rule in nextToken()). */
  private boolean isKey() {
    return _parsingContext.inObject() && _currToken != JsonToken.FIELD_NAME;
  }

  private JsonParseException refused(Event event, String problem) {
    Mark mark = event.getStartMark();
    JsonLocation at = new JsonLocation(_ioContext.contentReference(), -1, -1, mark.getLine() + 1, mark.getColumn() + 1);
    return new DocumentProblem(this, problem, at);
  }
}
