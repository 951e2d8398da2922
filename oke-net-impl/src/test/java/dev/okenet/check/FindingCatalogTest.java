package dev.okenet.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One findings catalog: every {@code OKE-LIVE-*}, {@code OKE-IMPORT-*} and {@code OKE-DOCTOR-*} id oke-net-impl reports
 * is documented in the rule catalog ({@code RuleCatalog.docs()}, hence {@code RULES.md}), every
 * documented one is reported by oke-net-impl, and each has a test here that asserts it.
 */
class FindingCatalogTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Pattern ID = Pattern.compile("OKE-(?:LIVE|IMPORT|DOCTOR)-\\d{3}");
  private static final Pattern FINDINGS_CONSTANT = Pattern.compile("public static final String [A-Z_]+ = \"(OKE-IMPORT-\\d{3})\"");

  private static Set<String> idsIn(Path root, Pattern pattern, String exclude) {
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals(exclude)).toList()) {
        Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          ids.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  private static Set<String> documented() {
    Set<String> ids = new TreeSet<>();
    RuleCatalog.docs().stream().map(RuleDoc::id).filter(id -> ID.matcher(id).matches()).forEach(ids::add);
    return ids;
  }

  /** Ids the main code reports: literals in the diagnose checks, the adopt Findings constants, the doctor's ids. */
  private static Set<String> reported() {
    Set<String> ids = idsIn(MODULE.resolve("src/main/java/dev/okenet/oci/internal/diagnose"), Pattern.compile("\"(OKE-LIVE-\\d{3})\""), "");
    ids.addAll(idsIn(MODULE.resolve("src/main/java/dev/okenet/adopt"), FINDINGS_CONSTANT, ""));
    ids.addAll(idsIn(MODULE.resolve("src/main/java/dev/okenet/doctor"), Pattern.compile("\"(OKE-DOCTOR-\\d{3})\""), ""));
    return ids;
  }

  @Test
  void everyReportedIdIsDocumentedInTheCatalog() {
    assertThat(documented()).containsAll(reported());
  }

  @Test
  void everyDocumentedIdIsReported() {
    assertThat(reported()).containsAll(documented());
  }

  @Test
  void everyIdHasATestThatAssertsIt() {
    Set<String> tested = idsIn(MODULE.resolve("src/test/java"), ID, "FindingCatalogTest.java");

    assertThat(tested).as("ids without a test that asserts them").containsAll(documented());
  }
}
