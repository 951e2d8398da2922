package dev.okenet.io.internal;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Jackson's YAML generator with one change: a text is written plain only when every YAML reader
 * reads it back as the same text ({@link YamlScalars#isSafePlain}), and double-quoted otherwise.
 * Jackson alone writes {@code .inf} or {@code 0x1F} plain (read back as numbers), and texts with a
 * line feed as literal blocks, which fold NEL (U+0085) and other line breaks into line feeds.
 * Double quotes escape every such character.
 */
final class ModelYamlGenerator extends YAMLGenerator {
  /** A text no YAML document can hold. */
  static final class UnwritableText extends com.fasterxml.jackson.core.JsonGenerationException {
    private static final long serialVersionUID = 1L;

    UnwritableText(String problem, YAMLGenerator generator) {
      super(problem, generator);
    }
  }

  ModelYamlGenerator(IOContext context, int jsonFeatures, int yamlFeatures, StringQuotingChecker quoting, ObjectCodec codec,
      Writer out, DumperOptions.Version version) throws IOException {
    super(context, jsonFeatures, yamlFeatures, quoting, codec, out, version);
  }

  @Override
  protected void _writeScalar(String value, String type, DumperOptions.ScalarStyle style) throws IOException {
    if ("string".equals(type)) {
      int surrogate = UnicodeText.unpairedSurrogate(value);
      if (surrogate >= 0) {
        throw new UnwritableText(UnicodeText.problem(value, surrogate), this);
      }
      super._writeScalar(value, type, YamlScalars.isSafePlain(value) ? DumperOptions.ScalarStyle.PLAIN : DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    } else {
      super._writeScalar(value, type, style);
    }
  }
}
