package dev.okenet.io.internal;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Writer;

/**
 * Jackson's YAML factory with the model's own parser and generator: {@link ModelYamlParser}
 * (linear in the text's length, and refusing what could mean two things) and
 * {@link ModelYamlGenerator} (quoting every text a reader could take for something else).
 * Model documents are read from a {@code String} only, so only that entry point is overridden.
 */
final class ModelYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  ModelYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  public YAMLParser createParser(String content) throws IOException {
    IOContext context = _createContext(_createContentReference(content), true);
    return new ModelYamlParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, content, _loaderOptions);
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
    return new ModelYamlGenerator(context, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker, _objectCodec, out, _version);
  }
}
