package dev.okenet.render.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.okenet.render.ModelFormatException;
import java.util.stream.Collectors;

/**
 * Jackson set up for the {@link Schema}: strict on reading (an unknown field is an error, because
 * a misspelt field silently ignored is a network silently different), tidy on writing (nothing
 * empty, two-space indentation). Jackson's exceptions become {@link ModelFormatException}s with a
 * JSON path and a fix, never a stack trace from inside the parser.
 *
 * <pre>{@code
 * Schema.Network doc = SchemaMapper.YAML.read(yaml);   // ModelFormatException "At $.vcn.cidrs[0]: ..." when wrong
 * }</pre>
 */
public final class SchemaMapper {
  /** JSON. */
  public static final SchemaMapper JSON = new SchemaMapper(JsonMapper.builder().build(), "JSON");
  /** YAML. */
  public static final SchemaMapper YAML = new SchemaMapper(YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build(), "YAML");

  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final String format;

  private SchemaMapper(ObjectMapper base, String format) {
    this.mapper = base.copy()
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    this.writer = mapper.writer(prettyPrinter());
    this.format = format;
  }

  /** {@code "key": value} and one array element per line, with "\n" on every platform so documents diff cleanly. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** {@code document} as text. */
  public String write(Schema.Network document) {
    try {
      String text = writer.writeValueAsString(document);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      // Records of strings, numbers and lists always serialise; reaching this is a bug in the schema.
      throw new IllegalStateException("Could not write the network as " + format + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The document {@code text} holds. */
  public Schema.Network read(String text) {
    if (text == null || text.isBlank()) {
      throw new ModelFormatException("$", "the " + format + " text is empty. Give a network document, e.g. {\"name\": \"prod\", ...}; ModelIO's Javadoc shows one.");
    }
    Schema.Network document;
    try {
      document = mapper.readValue(text, Schema.Network.class);
    } catch (JsonMappingException e) {
      throw new ModelFormatException(path(e), problem(e));
    } catch (JsonProcessingException e) {
      throw new ModelFormatException("$", "this is not valid " + format + at(e.getLocation()) + ": " + e.getOriginalMessage()
          + ". Fix the syntax there.");
    }
    if (document == null) {
      throw new ModelFormatException("$", "the document is null. Give a network object, e.g. {\"name\": \"prod\", ...}.");
    }
    return document;
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private String problem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(Object::toString).sorted()
          .collect(Collectors.joining(", "));
      return "unknown field '" + u.getPropertyName() + "'" + at(e.getLocation()) + ". The fields here are: " + known
          + ". Fix the spelling or remove it.";
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      return "'" + f.getValue() + "'" + at(e.getLocation()) + " is not " + describe(f.getTargetType()) + ". Write " + describe(f.getTargetType()) + " here.";
    }
    if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      return "expected " + describe(target) + at(e.getLocation()) + ". Write " + describe(target) + " here.";
    }
    return String.valueOf(e.getOriginalMessage()) + at(e.getLocation()) + ". Compare with the example in ModelIO's Javadoc.";
  }

  private static String describe(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text";
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return "a list [...]";
    }
    if (type.isRecord()) {
      return "an object {...}";
    }
    return "a " + type.getSimpleName();
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
