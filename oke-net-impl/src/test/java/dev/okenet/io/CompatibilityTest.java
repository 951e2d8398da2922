package dev.okenet.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okenet.OkeNetwork;
import dev.okenet.reference.ReferenceNetworks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents written by the schema-record writer that came before the Jackson mapping (kept in
 * {@code src/test/resources/compat/v1}: the three reference networks and twelve seeded random
 * networks, each in JSON and YAML; never regenerate them) still read, to the same network in both
 * formats, and writing that network again keeps every field the old document gave, with the same
 * value. New fields may appear beside them.
 */
class CompatibilityTest {
  private static final Path DIR = Path.of("src/test/resources/compat/v1");
  private static final ObjectMapper TREES = new ObjectMapper();

  static Stream<String> documents() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void oldJsonAndYamlReadToTheSameNetwork(String name) throws IOException {
    assertThat(ModelIO.fromYaml(read(name + ".yaml"))).isEqualTo(ModelIO.fromJson(read(name + ".json")));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void writingWhatAnOldDocumentReadsKeepsEveryFieldItGave(String name) throws IOException {
    JsonNode old = TREES.readTree(read(name + ".json"));
    JsonNode again = TREES.readTree(ModelIO.toJson(ModelIO.fromJson(read(name + ".json"))));
    assertContains(again, old, "$");
  }

  @ParameterizedTest
  @MethodSource("referenceNetworks")
  void oldReferenceDocumentsReadAsTheReferenceNetworks(OkeNetwork network) throws IOException {
    assertThat(ModelIO.fromJson(read(network.name() + ".json"))).isEqualTo(network);
    assertThat(ModelIO.fromYaml(read(network.name() + ".yaml"))).isEqualTo(network);
  }

  static List<OkeNetwork> referenceNetworks() {
    return ReferenceNetworks.all();
  }

  /** Every field of {@code expected} is in {@code actual} with an equal value (objects compared field by field, lists element by element). */
  private static void assertContains(JsonNode actual, JsonNode expected, String path) {
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(path + " is an object").isTrue();
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        assertThat(actual.has(field.getKey())).as(path + "." + field.getKey() + " is still written").isTrue();
        assertContains(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(path + " length").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
      }
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }

  private static String read(String file) throws IOException {
    return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
  }
}
