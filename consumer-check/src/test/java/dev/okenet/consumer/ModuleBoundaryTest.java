package dev.okenet.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.testkit.FakeOci;
import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's own module sees of oke-net: the exported API, never an {@code .internal} package.
 * The descriptors are read from the jars this project resolves, and a consumer module is compiled
 * against them on the module path, as a user's build would.
 *
 * <pre>{@code
 * module consumer { requires dev.okenet.impl; requires dev.okenet.testkit; }
 * }</pre>
 */
class ModuleBoundaryTest {

  @Test
  void noPublishedModuleExportsAnInternalPackageToEveryone() throws URISyntaxException {
    for (Class<?> member : List.of(OkeNetwork.class, OciNetworkProvider.class, FakeOci.class)) {
      ModuleDescriptor descriptor = descriptorOf(member);
      Set<String> unqualifiedInternal = descriptor.exports().stream()
          .filter(export -> !export.isQualified() && export.source().contains(".internal"))
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      assertThat(unqualifiedInternal).as("internal packages %s exports to every module", descriptor.name()).isEmpty();
    }
  }

  @Test
  void theApiSharesItsInternalHelpersWithTheImplementationOnly() throws URISyntaxException {
    ModuleDescriptor api = descriptorOf(OkeNetwork.class);

    assertThat(api.exports())
        .filteredOn(export -> export.source().equals("dev.okenet.internal"))
        .singleElement()
        .satisfies(export -> assertThat(export.targets()).containsExactly("dev.okenet.impl"));
  }

  @Test
  void aConsumerModuleCompilesAgainstTheExportedApi(@TempDir Path work) throws IOException, URISyntaxException {
    String source = "package app;\n"
        + "import dev.okenet.OkeNetwork;\n"
        + "import dev.okenet.oci.OciNetworkProvider;\n"
        + "import dev.okenet.testkit.FakeOci;\n"
        + "public final class App {\n"
        + "  public static Class<?>[] used() { return new Class<?>[] {OkeNetwork.class, OciNetworkProvider.class, FakeOci.class}; }\n"
        + "}\n";

    Compilation compilation = compileConsumer(work, source);

    assertThat(compilation.succeeded).as(compilation.diagnostics).isTrue();
  }

  @Test
  void aConsumerModuleCannotReachAnInternalClass(@TempDir Path work) throws IOException, URISyntaxException {
    // Public class in a public-looking place, reachable on the class path until the modules existed.
    String source = "package app;\n"
        + "import dev.okenet.internal.Require;\n"
        + "public final class App {\n"
        + "  public static Class<?> used() { return Require.class; }\n"
        + "}\n";

    Compilation compilation = compileConsumer(work, source);

    assertThat(compilation.succeeded).isFalse();
    assertThat(compilation.diagnostics)
        .contains("dev.okenet.internal")
        .containsAnyOf("is not visible", "does not export");
  }

  @Test
  void aConsumerModuleCannotReachTheTestkitsInternals(@TempDir Path work) throws IOException, URISyntaxException {
    String source = "package app;\n"
        + "import dev.okenet.testkit.internal.net.Ipv4Cidr;\n"
        + "public final class App {\n"
        + "  public static Class<?> used() { return Ipv4Cidr.class; }\n"
        + "}\n";

    Compilation compilation = compileConsumer(work, source);

    assertThat(compilation.succeeded).isFalse();
    assertThat(compilation.diagnostics)
        .contains("dev.okenet.testkit.internal.net")
        .containsAnyOf("is not visible", "does not export");
  }

  private static ModuleDescriptor descriptorOf(Class<?> member) throws URISyntaxException {
    Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(location).findAll().stream()
        .map(reference -> reference.descriptor())
        .filter(descriptor -> descriptor.packages().contains(member.getPackageName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module descriptor in " + location + " (is module-info.java missing?)"));
  }

  /** Compiles {@code module consumer} with the test's class path as the module path, as a modular user's build does. */
  private static Compilation compileConsumer(Path work, String appSource) throws IOException, URISyntaxException {
    Path sources = Files.createDirectories(work.resolve("src/app"));
    Files.writeString(work.resolve("src/module-info.java"),
        "module consumer {\n  requires dev.okenet.impl;\n  requires dev.okenet.testkit;\n}\n");
    Files.writeString(sources.resolve("App.java"), appSource);
    Path classes = Files.createDirectories(work.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    List<String> arguments = new ArrayList<>(List.of(
        "--release", "17",
        "-proc:none",
        "--module-path", modulePath(),
        "-d", classes.toString(),
        work.resolve("src/module-info.java").toString(),
        sources.resolve("App.java").toString()));
    int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    return new Compilation(status == 0, diagnostics.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The jars (and, inside the reactor, the class folders) this test runs with, minus its own classes. */
  private static String modulePath() throws URISyntaxException {
    Path own = Path.of(ModuleBoundaryTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .filter(entry -> Files.exists(Path.of(entry)))
        .filter(entry -> !Path.of(entry).toAbsolutePath().startsWith(own))
        .filter(entry -> !entry.contains("surefire"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static final class Compilation {
    final boolean succeeded;
    final String diagnostics;

    Compilation(boolean succeeded, String diagnostics) {
      this.succeeded = succeeded;
      this.diagnostics = diagnostics;
    }
  }
}
