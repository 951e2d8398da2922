package dev.okenet.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.io.ModelGenerator;
import dev.okenet.io.ModelIO;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link LinearStreamReader} is a drop-in for SnakeYAML's {@link StreamReader}: on model
 * documents, hand-written YAML and those texts with random characters inserted or cut, SnakeYAML's
 * parser gives the same events at the same marks, or fails with the same message, over both. One
 * difference is intended: a non-printable character is refused when the scanner reaches it, not
 * when the 1,024-character chunk holding it is loaded, so the events before that refusal may be
 * more, and a syntax error before that character may be reported instead. Error snippets, which print the reader's buffer, are not compared.
 */
class LinearStreamReaderTest {
  private static final String[] HAND_WRITTEN = {
      "a: 1\n", "# comment\na: [1, 2, {b: c}]\n", "a: |\n  line one\n  line two\n", "a: >-\n  folded\n  text\n\n",
      "\ufeffa: bom\n", "a: 'single ''quoted'''\nb: \"double \\u00e9 \\N \\t\"\n", "a:\r\n  - x\r\n  - y\r\n", "a: b\u0085c: d\n",
      "- a\n- b: c\n  d: e\n", "? complex\n: key\n", "a: &x 1\nb: *x\n", "%YAML 1.1\n---\na: !!str 1\n...\n---\nb: 2\n",
      "a: \"unterminated\n", "a: [1, 2\n", "a: b: c\n", "a:\tb\n", "a: \u0007\n", "a: x\ud800y\n", "key: " + "z".repeat(5000) + "\n",
      "a: \"" + "q".repeat(3000) + "\"\n", "", " ", "\n\n", "a: 1 # trailing\n", "'a': \"b\"\n"};

  @Test
  void handWrittenYamlGivesTheSameEventsOverBothReaders() {
    for (String yaml : HAND_WRITTEN) {
      assertSame(yaml, yaml);
    }
  }

  @Test
  void modelDocumentsAndTheirMutantsGiveTheSameEventsOverBothReaders() {
    long base = Long.getLong("okenet.seed", new SplittableRandom().nextLong());
    System.out.println("LinearStreamReaderTest base seed " + base + " (replay with -Dokenet.seed=" + base + ")");
    for (int i = 0; i < 60; i++) {
      long seed = base + i;
      Random r = new Random(seed);
      String yaml = ModelIO.toYaml(new ModelGenerator(seed).network());
      for (String text : List.of(yaml, insert(yaml, r), insert(insert(yaml, r), r), yaml.substring(0, r.nextInt(yaml.length())))) {
        assertSame(text, "seed " + seed);
      }
    }
  }

  private static void assertSame(String text, String description) {
    List<String> linear = events(new LinearStreamReader(text));
    List<String> stock = events(new StreamReader(text));
    String refusal = "org.yaml.snakeyaml.reader.ReaderException";
    if (stock.get(stock.size() - 1).startsWith(refusal)) {
      // Refused either way: at the same character, or at a syntax error the scanner meets before reaching it.
      assertThat(linear.get(linear.size() - 1)).as(description).matches("org\\.yaml\\.snakeyaml\\.(reader\\.ReaderException|scanner\\.ScannerException|parser\\.ParserException): .*");
      assertThat(linear).as(description).startsWith(stock.subList(0, stock.size() - 1).toArray(String[]::new));
    } else {
      assertThat(linear).as(description).isEqualTo(stock);
    }
  }

  private static String insert(String text, Random r) {
    String[] odd = {"\u0000", "\t", "&", "*", "!", "%", "@", "`", "|", ">", "'", "\"", "{", "[", ":", "#", "\u0085", "\ufeff", "\r", "\n", "- ",
        "\ud83d\ude00", "\ud800"};
    int at = r.nextInt(text.length() + 1);
    return text.substring(0, at) + odd[r.nextInt(odd.length)] + text.substring(at);
  }

  /** Every event with its marks, then the failure if any. */
  private static List<String> events(StreamReader reader) {
    List<String> out = new ArrayList<>();
    ParserImpl parser = new ParserImpl(reader, new LoaderOptions());
    try {
      while (parser.peekEvent() != null) {
        Event e = parser.getEvent();
        out.add(e + " " + mark(e.getStartMark()) + "-" + mark(e.getEndMark()));
        if (e.is(Event.ID.StreamEnd)) {
          break;
        }
      }
    } catch (MarkedYAMLException e) {
      // Without the snippet, which shows the reader's buffer (SnakeYAML's holds only the loaded chunk).
      out.add(e.getClass().getName() + ": " + e.getContext() + " " + mark(e.getContextMark()) + " " + e.getProblem() + " " + mark(e.getProblemMark()));
    } catch (RuntimeException e) {
      out.add(e.getClass().getName() + ": " + e.getMessage());
    }
    return out;
  }

  private static String mark(Mark m) {
    return m == null ? "" : m.getIndex() + ":" + m.getLine() + ":" + m.getColumn();
  }
}
