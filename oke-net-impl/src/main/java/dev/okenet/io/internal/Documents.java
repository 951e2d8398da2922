package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.okenet.OkeNetwork;
import dev.okenet.io.ModelFormatException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The two formats of a model document: Jackson set up strict on reading (every object through
 * {@link FieldSet}, nothing after the document, YAML through {@link ModelYamlParser}) and tidy on
 * writing (defaults written, nothing empty, two-space indentation, "\n" line ends).
 *
 * <pre>{@code
 * String yaml = Documents.YAML.write(prod);
 * OkeNetwork again = Documents.YAML.read(yaml);   // ModelFormatException "At $.vcn.cidrs[0]: ..." when wrong
 * }</pre>
 */
public final class Documents {
  /**
   * The longest document read or written, in characters (8 MiB). Far above any network OCI's
   * limits allow (security rules, NSGs and subnets per VCN), and checked before parsing starts.
   */
  public static final int MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;
  /** Deeper than any document of the schema (about 7 levels). */
  private static final int MAX_NESTING = 64;

  /** JSON. */
  public static final Documents JSON = new Documents(jsonMapper(), "JSON");
  /** YAML. */
  public static final Documents YAML = new Documents(yamlMapper(), "YAML");

  private static final ObjectMapper COMPACT = jsonMapper();

  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final String format;

  private Documents(ObjectMapper mapper, String format) {
    this.mapper = mapper;
    this.writer = format.equals("JSON") ? mapper.writer(prettyPrinter()) : mapper.writer();
    this.format = format;
  }

  private static StreamReadConstraints limits() {
    return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxDocumentLength(MAX_DOCUMENT_CHARS)
        .maxStringLength(MAX_DOCUMENT_CHARS).build();
  }

  private static ObjectMapper jsonMapper() {
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits()).build())
        .addModule(new ModelModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  private static ObjectMapper yamlMapper() {
    LoaderOptions options = new LoaderOptions();
    // The size is checked before parsing; SnakeYAML's own limit (3 MiB by default) would refuse less.
    options.setCodePointLimit(MAX_DOCUMENT_CHARS + 1);
    YAMLFactory factory = new ModelYamlFactory(YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(limits())
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
    return YAMLMapper.builder(factory)
        .addModule(new ModelModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
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

  /**
   * {@code network} as a document.
   *
   * @throws IllegalArgumentException when the document would be longer than {@link #MAX_DOCUMENT_CHARS}
   */
  public String write(OkeNetwork network) {
    String text;
    try {
      text = writer.writeValueAsString(network);
    } catch (JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ModelYamlGenerator.UnwritableText) {
          throw new IllegalArgumentException("Network " + network.name() + " cannot be written as " + format + ": "
              + ((ModelYamlGenerator.UnwritableText) t).getOriginalMessage(), e);
        }
      }
      // Every model value has a serializer; reaching this is a bug in the mapping.
      throw new IllegalStateException("Could not write the network as " + format + ": " + e.getOriginalMessage(), e);
    }
    text = text.endsWith("\n") ? text : text + "\n";
    int surrogate = UnicodeText.unpairedSurrogate(text);
    if (surrogate >= 0) {
      throw new IllegalArgumentException("Network " + network.name() + " cannot be written as " + format + ": "
          + UnicodeText.problem(text, surrogate));
    }
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw new IllegalArgumentException("Network " + network.name() + " is " + text.length() + " characters long as " + format
          + "; model documents are at most " + MAX_DOCUMENT_CHARS + " so that reading stays cheap and safe. Split the network.");
    }
    return text;
  }

  /** The network {@code text} describes; a {@link ModelFormatException} with the path and the fix when it describes none. */
  public OkeNetwork read(String text) {
    if (text == null || text.isBlank()) {
      throw new ModelFormatException("$", "the " + format + " text is " + (text == null ? "null" : "empty")
          + ". Give a network document, e.g. {\"name\": \"prod\", ...}; ModelIO's Javadoc shows one.");
    }
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw new ModelFormatException("$", "the " + format + " text is " + text.length() + " characters long; model documents are at most "
          + MAX_DOCUMENT_CHARS + ". Check that this is a network document; split very large networks.");
    }
    OkeNetwork network;
    try {
      network = mapper.readValue(text, OkeNetwork.class);
    } catch (JsonProcessingException e) {
      throw Problems.of(e, format);
    } catch (ModelFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ModelFormatException("$", "the " + format + " text could not be read (" + e + "). This is a bug in oke-net's model I/O; "
          + "please report it with the document.");
    }
    if (network == null) {
      throw new ModelFormatException("$", "the document is null. Give a network object, e.g. {\"name\": \"prod\", ...}.");
    }
    return network;
  }

  /** A model value as one line of JSON, for examples in error messages. */
  static String compactJson(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  /** A JSON literal of the schema read as {@code type}. */
  static Object parseCompactJson(String json, JavaType type) {
    try {
      return COMPACT.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Bad default " + json + " in the model schema", e);
    }
  }
}
