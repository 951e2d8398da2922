package dev.okenet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.okenet.OkeNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Seeded hostile documents: valid documents of {@link ModelGenerator} networks with one hostile
 * change each (duplicate keys, wrong types, unknown fields, deep nesting, huge strings and
 * numbers, nulls in lists, text after the document, truncation, stray characters; in YAML also
 * anchors and aliases, tags, second documents, ambiguous plain values and merge keys). Whatever
 * the change, reading gives a network or a {@link ModelFormatException} with a path and a
 * message, never another exception; changes that break the one-meaning rule are always refused.
 */
class HostileDocumentsTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final String DEEP = "deep-nesting-goes-here";
  private static final Pattern JSON_SCALAR_LINE = Pattern.compile("(?m)^( *)\"([^\"]+)\": (\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|true|false),?$");
  private static final Pattern YAML_SCALAR_LINE = Pattern.compile("(?m)^( *(?:- )?)([A-Za-z]+): (.+)$");
  /** A key line that is not a list element's first (duplicating that one would add an element). */
  private static final Pattern YAML_KEY_LINE = Pattern.compile("(?m)^( *)([A-Za-z]+): (.+)$");

  /** One hostile change: its name, whether it must be refused, and the change. */
  private record Mutation(String name, boolean refused, Function<String, String> change) {}

  @Test
  void hostileJsonIsReadOrRefusedWithAPathAndNeverThrowsAnythingElse() {
    Seeds.forEachCase("hostile JSON", 400, seed -> {
      Random r = new Random(seed);
      String doc = ModelIO.toJson(new ModelGenerator(seed).network());
      Mutation m = jsonMutations(r).get(r.nextInt(jsonMutations(r).size()));
      check(m, m.change().apply(doc), ModelIO::fromJson);
    });
  }

  @Test
  void hostileYamlIsReadOrRefusedWithAPathAndNeverThrowsAnythingElse() {
    Seeds.forEachCase("hostile YAML", 400, seed -> {
      Random r = new Random(seed);
      String doc = ModelIO.toYaml(new ModelGenerator(seed).network());
      Mutation m = yamlMutations(r).get(r.nextInt(yamlMutations(r).size()));
      check(m, m.change().apply(doc), ModelIO::fromYaml);
    });
  }

  private static void check(Mutation m, String hostile, Function<String, OkeNetwork> read) {
    if (hostile == null) {
      return;   // the document had no place for this change
    }
    Throwable thrown = catchThrowable(() -> read.apply(hostile));
    String what = m.name() + " gave " + (thrown == null ? "a network" : thrown.toString());
    if (m.refused()) {
      assertThat(thrown).as(what).isInstanceOf(ModelFormatException.class);
    }
    if (thrown != null) {
      assertThat(thrown).as(what).isInstanceOf(ModelFormatException.class);
      ModelFormatException e = (ModelFormatException) thrown;
      assertThat(e.path()).as(what).startsWith("$");
      assertThat(e.getMessage()).as(what).startsWith("At " + e.path() + ": ").doesNotContain("bug in oke-net").hasSizeGreaterThan(30);
    }
  }

  private static List<Mutation> jsonMutations(Random r) {
    return List.of(
        new Mutation("duplicate key", true, doc -> duplicateLine(doc, JSON_SCALAR_LINE, r, true)),
        new Mutation("wrong type", true, doc -> onTree(doc, r, (parent, key) -> wrongTypeFor(get(parent, key), r))),
        new Mutation("unknown field", true, doc -> addUnknownField(doc, r)),
        new Mutation("deep nesting", true, doc -> deep(onTree(doc, r, (parent, key) -> JsonNodeFactory.instance.textNode(DEEP)), r)),
        new Mutation("huge string", false, doc -> onTree(doc, r, (parent, key) -> get(parent, key).isTextual()
            ? JsonNodeFactory.instance.textNode(hugeText(r)) : null)),
        new Mutation("huge number", false, doc -> onTree(doc, r, (parent, key) -> get(parent, key).isNumber()
            ? JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(pick(r, "1e400", "99999999999999999999", "-2147483649", "2.5"))) : null)),
        new Mutation("null in a list", true, doc -> onTree(doc, r, (parent, key) -> get(parent, key).isArray() && get(parent, key).size() > 0
            ? ((ArrayNode) get(parent, key).deepCopy()).insertNull(r.nextInt(get(parent, key).size())) : null)),
        new Mutation("text after the document", true, doc -> doc + pick(r, "x", "{}", "[]", "\"a\"", "1", ",", "}", "{\"name\": \"x\"}")),
        new Mutation("truncation", true, doc -> truncate(doc, r)),
        new Mutation("stray character", false, doc -> insertAt(doc, r, pick(r, "\u0000", "\"", "\\", "{", "]", ",", ":", "\u0085", "\ufeff", "/*"))));
  }

  private static List<Mutation> yamlMutations(Random r) {
    return List.of(
        new Mutation("anchor and alias", true, doc -> anchorAndAlias(doc, r)),
        new Mutation("tag", true, doc -> replaceScalar(doc, r, v -> "!!str " + v)),
        new Mutation("duplicate key", true, doc -> duplicateLine(doc, YAML_KEY_LINE, r, false)),
        new Mutation("second document", true, doc -> doc + pick(r, "---\n", "--- x\n", "---\n" + doc)),
        new Mutation("ambiguous plain value", true, doc -> replaceScalar(doc, r, v -> pick(r, "010", "yes", "off", "0x1F", ".inf", "1_000", "1e3", "0o17", "2001-01-01", "Y"))),
        new Mutation("deep flow nesting", true, doc -> replaceScalar(doc, r, v -> {
          int n = 1 + r.nextInt(20_000);
          return "[".repeat(n) + "]".repeat(n);
        })),
        new Mutation("huge scalar", false, doc -> replaceScalar(doc, r, v -> r.nextBoolean() ? "x".repeat(1 + r.nextInt(2_000_000))
            : "\"" + "y".repeat(1 + r.nextInt(2_000_000)) + "\"")),
        new Mutation("merge key", true, doc -> doc + "<<: {name: other}\n"),
        new Mutation("unknown field", true, doc -> doc + "x" + r.nextInt(1000) + ": 1\n"),
        new Mutation("truncation", false, doc -> truncate(doc, r)),
        new Mutation("stray character", false, doc -> insertAt(doc, r, pick(r, "\u0000", "\t", "&", "*", "!", "%", "@", "`", "|", ">", "'", "\"", "{", "[", ":", "#", "\u0085", "\ufeff"))),
        new Mutation("JSON read as YAML", false, doc -> ModelIO.toJson(ModelIO.fromYaml(doc))));
  }

  // ----- JSON tree changes

  private interface Replacement {
    JsonNode replace(JsonNode parent, Object key);
  }

  /** Replaces one random value of the document (not the root); null when the replacement declines every tried value. */
  private static String onTree(String doc, Random r, Replacement replacement) {
    try {
      JsonNode root = TREES.readTree(doc);
      List<Object[]> slots = new ArrayList<>();
      collect(root, slots);
      for (int attempt = 0; attempt < 20 && !slots.isEmpty(); attempt++) {
        Object[] slot = slots.get(r.nextInt(slots.size()));
        JsonNode value = replacement.replace((JsonNode) slot[0], slot[1]);
        if (value != null) {
          if (slot[0] instanceof ObjectNode) {
            ((ObjectNode) slot[0]).set((String) slot[1], value);
          } else {
            ((ArrayNode) slot[0]).set((Integer) slot[1], value);
          }
          return TREES.writeValueAsString(root);
        }
      }
      return null;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(JsonNode node, List<Object[]> slots) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        slots.add(new Object[] {node, name});
        collect(node.get(name), slots);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new Object[] {node, i});
        collect(node.get(i), slots);
      }
    }
  }

  private static JsonNode get(JsonNode parent, Object key) {
    return key instanceof String ? parent.get((String) key) : parent.get((Integer) key);
  }

  private static JsonNode wrongTypeFor(JsonNode value, Random r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> others = new ArrayList<>();
    if (!value.isTextual()) {
      others.add(f.textNode(value.isNumber() || value.isBoolean() ? value.asText() : "x"));
    }
    if (!value.isIntegralNumber()) {
      others.add(f.numberNode(r.nextInt(10)));
    }
    if (!value.isBoolean()) {
      others.add(f.booleanNode(r.nextBoolean()));
    }
    if (!value.isArray()) {
      others.add(f.arrayNode());
    }
    if (!value.isObject()) {
      others.add(f.objectNode());
    }
    others.add(f.numberNode(1.5));
    return others.get(r.nextInt(others.size()));
  }

  /** Replaces the marker with up to 20,000 nested lists (as text: Jackson's own writer limits nesting). */
  private static String deep(String doc, Random r) {
    int depth = 1 + r.nextInt(20_000);
    return doc == null ? null : doc.replace("\"" + DEEP + "\"", "[".repeat(depth) + "]".repeat(depth));
  }

  private static String addUnknownField(String doc, Random r) {
    return onTree(doc, r, (parent, key) -> {
      JsonNode value = get(parent, key);
      if (!value.isObject()) {
        return null;
      }
      ObjectNode copy = value.deepCopy();
      copy.put("unknown" + r.nextInt(100), r.nextInt(5));
      return copy;
    });
  }

  // ----- text changes

  private static String duplicateLine(String doc, Pattern line, Random r, boolean json) {
    Matcher m = line.matcher(doc);
    List<int[]> lines = new ArrayList<>();
    while (m.find()) {
      lines.add(new int[] {m.start(), m.end()});
    }
    if (lines.isEmpty()) {
      return null;
    }
    int[] chosen = lines.get(r.nextInt(lines.size()));
    String text = doc.substring(chosen[0], chosen[1]);
    String copy = json && !text.endsWith(",") ? text + "," : text;
    return doc.substring(0, chosen[0]) + copy + "\n" + doc.substring(chosen[0]);
  }

  /** Anchors one scalar value and makes another line an alias of it. */
  private static String anchorAndAlias(String doc, Random r) {
    Matcher m = YAML_SCALAR_LINE.matcher(doc);
    List<int[]> values = new ArrayList<>();
    while (m.find()) {
      values.add(new int[] {m.start(3), m.end(3)});
    }
    if (values.size() < 2) {
      return null;
    }
    int[] a = values.get(r.nextInt(values.size()));
    int[] b = values.get(r.nextInt(values.size()));
    if (a == b) {
      return doc.substring(0, a[0]) + "&anchor " + doc.substring(a[0]);
    }
    int[] first = a[0] < b[0] ? a : b;
    int[] second = a[0] < b[0] ? b : a;
    return doc.substring(0, first[0]) + "&anchor " + doc.substring(first[0], second[0]) + "*anchor" + doc.substring(second[1]);
  }

  private static String replaceScalar(String doc, Random r, Function<String, String> change) {
    Matcher m = YAML_SCALAR_LINE.matcher(doc);
    List<int[]> values = new ArrayList<>();
    while (m.find()) {
      values.add(new int[] {m.start(3), m.end(3)});
    }
    if (values.isEmpty()) {
      return null;
    }
    int[] v = values.get(r.nextInt(values.size()));
    return doc.substring(0, v[0]) + change.apply(doc.substring(v[0], v[1])) + doc.substring(v[1]);
  }

  private static String truncate(String doc, Random r) {
    String cut = doc.substring(0, r.nextInt(Math.max(1, doc.strip().length() - 1)));
    return cut.isBlank() ? null : cut;
  }

  private static String insertAt(String doc, Random r, String text) {
    int at = r.nextInt(doc.length());
    return doc.substring(0, at) + text + doc.substring(at);
  }

  private static String hugeText(Random r) {
    return "h".repeat(1 + r.nextInt(2_000_000));
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }
}
