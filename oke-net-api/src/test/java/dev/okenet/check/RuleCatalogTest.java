package dev.okenet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.check.internal.CatalogMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule catalog honest: ids are stable and unique, {@code RULES.md} is what the code
 * documents (regenerate with {@value CatalogMarkdown#REGENERATE}), and every rule has a test
 * that triggers it and one that does not.
 */
class RuleCatalogTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Path RULES_MD = MODULE.resolve("RULES.md");
  private static final Path TESTS = MODULE.resolve("src/test/java/dev/okenet/check");
  private static final Pattern TRIGGERED = Pattern.compile("triggers(?:All)?\\([^;]*?\"(OKE-[A-Z]+-\\d{3})\"\\)");
  private static final Pattern SILENT = Pattern.compile("silent\\([^;]*?\"(OKE-[A-Z]+-\\d{3})\"\\)");

  private static List<String> builtInIds() {
    return RuleCatalog.builtIn().rules().stream().map(Rule::id).toList();
  }

  @Test
  void catalogHoldsAtLeastThirtyRules() {
    assertThat(builtInIds()).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void builtInIdsAreUniqueAndOfTheFormOkeAreaNumber() {
    assertThat(builtInIds()).doesNotHaveDuplicates().allMatch(id -> id.matches("OKE-[A-Z]+-\\d{3}"));
  }

  @Test
  void committedRulesMdIsWhatTheCodeDocuments() throws IOException {
    CommittedDocument.assertCurrent(RULES_MD, RuleCatalog.markdown(), CatalogMarkdown.REGENERATE);
  }

  @Test
  void catalogDocumentsEveryIdWithWhyAndFix() {
    String md = RuleCatalog.markdown();
    for (RuleDoc doc : RuleCatalog.docs()) {
      assertThat(md).contains("### " + doc.id() + "\n", "**" + doc.title() + "**", doc.why(), doc.fix());
    }
    assertThat(md).contains("### OKE-CHECK-001");
  }

  @Test
  void everyRuleIsTestedBothTriggeredAndSilent() throws IOException {
    Set<String> triggered = new HashSet<>();
    Set<String> silent = new HashSet<>();
    try (Stream<Path> files = Files.list(TESTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        collect(TRIGGERED.matcher(source), triggered);
        collect(SILENT.matcher(source), silent);
      }
    }
    Set<String> untriggered = new TreeSet<>(builtInIds());
    untriggered.removeAll(triggered);
    Set<String> neverSilent = new TreeSet<>(builtInIds());
    neverSilent.removeAll(silent);
    assertThat(untriggered).as("rules without a test that triggers them").isEmpty();
    assertThat(neverSilent).as("rules without a test of a close variant that does not trigger them").isEmpty();
  }

  private static void collect(Matcher m, Set<String> into) {
    while (m.find()) {
      into.add(m.group(1));
    }
  }
}
