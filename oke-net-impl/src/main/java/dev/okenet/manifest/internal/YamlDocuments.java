package dev.okenet.manifest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * Writes Kubernetes objects as one multi-document YAML stream that {@code kubectl apply -f} takes.
 * Strings that look like numbers or booleans are quoted, because annotation values must be strings
 * ({@code "true"}, {@code "10"}); long values stay on one line so OCIDs can be grepped.
 *
 * <pre>{@code
 * YamlDocuments.write("manifests for prod", objects);   // "# manifests for prod\n---\napiVersion: v1\n..."
 * }</pre>
 */
public final class YamlDocuments {
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private YamlDocuments() {}

  /** The objects as YAML documents, each introduced by "---", after a header comment. */
  public static String write(String header, List<? extends HasMetadata> objects) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(header).append('\n');
    for (HasMetadata o : objects) {
      sb.append("---\n").append(write(o));
    }
    return sb.toString();
  }

  private static String write(HasMetadata object) {
    try {
      return YAML.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      // fabric8 model objects are plain beans; this only happens if the classpath mixes Jackson versions.
      throw new IllegalStateException("Could not write " + object.getKind() + " " + object.getMetadata().getName()
          + " as YAML (" + e.getOriginalMessage() + "). Check that one Jackson version (jackson-bom) is on the classpath.", e);
    }
  }
}
