package dev.okenet.io.internal;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Which unquoted YAML scalars have one meaning. YAML 1.1 (what SnakeYAML and Jackson read) and
 * YAML 1.2's core schema (what most other tools read) disagree about many plain scalars:
 * {@code 010} is 8 or 10, {@code yes}, {@code on} and {@code 0x1F} are a boolean or a number in 1.1
 * and text in 1.2, {@code 0o17} and {@code 1e3} the other way round, {@code 2001-01-01} is a
 * timestamp for some readers. A model document must mean the same to every reader, so such a
 * plain scalar is refused (quote it for text) and the writer quotes every text a reader could
 * take for anything else.
 *
 * <p>Sources: YAML 1.1 type repository (yaml.org/type: bool, int, float, null, timestamp) as
 * implemented by SnakeYAML's {@link Resolver}, which Jackson's {@code YAMLParser} uses to type
 * plain scalars; YAML 1.2.2 §10.3.2 "Tag Resolution" of the core schema.
 */
final class YamlScalars {
  private static final Resolver YAML_1_1 = new Resolver();

  /**
   * YAML 1.2 core schema: null, bool, int (decimal, octal 0o, hex 0x) and float; and the YAML 1.1
   * booleans y, Y, n, N, which the 1.1 type repository lists but SnakeYAML's resolver does not.
   */
  private static final Pattern YAML_1_2_NOT_TEXT = Pattern.compile(
      "y|Y|n|N|null|Null|NULL|~|true|True|TRUE|false|False|FALSE"
          + "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
          + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
          + "|[-+]?(\\.inf|\\.Inf|\\.INF)|\\.nan|\\.NaN|\\.NAN");

  /** Forms both versions read alike: true/false, null, decimal whole numbers and decimal fractions without leading zeros. */
  private static final Pattern SAME_IN_BOTH = Pattern.compile(
      "true|True|TRUE|false|False|FALSE|null|Null|NULL|~|[-+]?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  /**
   * Texts the writer leaves unquoted: letters, digits and {@code ._/=,@+-} in words separated by
   * single spaces, starting with a letter, digit, '/' or '.'. Everything else is double-quoted,
   * where YAML escapes line breaks (including NEL, U+0085), control characters and edges of
   * spaces exactly.
   */
  private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z0-9/.][A-Za-z0-9._/=,@+-]*( [A-Za-z0-9._/=,@()+-]+)*");

  private YamlScalars() {}

  /** Whether the plain (unquoted) scalar {@code text} means different things to different YAML readers. */
  static boolean isAmbiguous(String text) {
    if (text.isEmpty() || SAME_IN_BOTH.matcher(text).matches()) {
      return false;
    }
    return !isText11(text) || YAML_1_2_NOT_TEXT.matcher(text).matches();
  }

  /** Whether {@code text} may be written unquoted and read back as the same text by every reader. */
  static boolean isSafePlain(String text) {
    return SAFE_PLAIN.matcher(text).matches() && isText11(text) && !YAML_1_2_NOT_TEXT.matcher(text).matches();
  }

  private static boolean isText11(String text) {
    return YAML_1_1.resolve(NodeId.scalar, text, true).equals(Tag.STR);
  }
}
