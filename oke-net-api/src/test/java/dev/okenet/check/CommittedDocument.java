package dev.okenet.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document generated from the code and committed beside it (RULES.md, REQUIRED-RULES.md): the
 * test fails while the committed copy is missing or stale, and {@code -Dokenet.rules.write=true}
 * rewrites it first.
 *
 * <pre>{@code
 * CommittedDocument.assertCurrent(MODULE.resolve("RULES.md"), RuleCatalog.markdown(), CatalogMarkdown.REGENERATE);
 * }</pre>
 */
public final class CommittedDocument {
  private CommittedDocument() {}

  /** Asserts {@code file} holds exactly {@code generated}; the failure names {@code regenerate}, the command that fixes it. */
  public static void assertCurrent(Path file, String generated, String regenerate) throws IOException {
    if (Boolean.getBoolean("okenet.rules.write")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String name = file.getFileName().toString();
    assertThat(file).as("%s is missing. Regenerate it with: %s", name, regenerate).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s differs from what the code generates. Regenerate it with: %s", name, regenerate)
        .isEqualTo(generated);
  }
}
