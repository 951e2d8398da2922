package dev.okenet.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.check.Severity;
import dev.okenet.reach.Verdict;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's Java, compiled as written, so it cannot drift from the API: every {@code java}
 * block of every section, the statement blocks combined in one method in README order (as a
 * reader who pastes them one after another would), each block that declares a class in a file of
 * its own; only imports are added. Then the quick start runs: its network validates without a
 * warning, and its own reachability example answers ALLOWED.
 */
class ReadmeCodeTest {
  private static final Path README = Path.of(System.getProperty("basedir", ".")).resolve("../README.md").normalize();
  private static final String PACKAGE = "dev.okenet.samples.readme";
  private static final List<String> IMPORTS = List.of("dev.okenet.*", "dev.okenet.vcn.*", "dev.okenet.cluster.*", "dev.okenet.kube.*",
      "dev.okenet.reach.*", "dev.okenet.check.*", "dev.okenet.oci.*", "dev.okenet.doctor.*", "dev.okenet.io.*", "dev.okenet.reference.*",
      "dev.okenet.testkit.*", "dev.okenet.testkit.junit.*", "dev.okenet.testkit.kube.*", "dev.okenet.testkit.kube.junit.*",
      "dev.okenet.samples.*", "java.nio.file.*", "java.time.*", "java.util.List", "org.junit.jupiter.api.*");
  /** With a Kubernetes client in the block, its Service and Pod are fabric8's (single-type imports win over dev.okenet.kube.*). */
  private static final List<String> KUBE_IMPORTS = List.of("io.fabric8.kubernetes.client.*", "io.fabric8.kubernetes.api.model.Pod",
      "io.fabric8.kubernetes.api.model.Service", "com.oracle.bmc.core.VirtualNetwork", "com.oracle.bmc.containerengine.ContainerEngine");
  /** A fence, indented when the block sits in a list item. */
  private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\w*)\\s*$");
  private static final Pattern DECLARES_CLASS = Pattern.compile("(?m)^(@\\w+.*\\n)*(public\\s+)?(final\\s+)?class\\s+\\w+");

  /** One {@code java} block: the section it is in, the README line it starts on, its code. */
  private record Block(String section, int line, List<String> code) {
    boolean declaresClass() {
      return DECLARES_CLASS.matcher(String.join("\n", code)).find();
    }
  }

  private static List<Block> blocks;
  private static Path classes;

  @BeforeAll
  static void compile() throws IOException {
    blocks = javaBlocks(Files.readAllLines(README, StandardCharsets.UTF_8));
    classes = Files.createTempDirectory("readme-classes");
    List<Source> sources = new ArrayList<>();
    Source statements = new Source("ReadmeStatements");
    statements.header(IMPORTS);
    statements.add("final class ReadmeStatements {");
    statements.add("  static void all() throws Exception {");
    blocks.stream().filter(b -> !b.declaresClass()).forEach(statements::add);
    statements.add("  }");
    // The quick start as two methods a test can run: the network, and its check up to the provider.
    Block network = quickStart(0);
    Block check = quickStart(1);
    statements.add("  static OkeNetwork quickStart() {");
    statements.add(network);
    statements.add("    return prod;");
    statements.add("  }");
    statements.add("  static Verdict quickStartReachability(OkeNetwork prod) {");
    statements.add(new Block(check.section(), check.line(), check.code().subList(0, firstLineStarting(check, "try ("))));
    statements.add("    return v;");
    statements.add("  }");
    statements.add("}");
    sources.add(statements);
    int n = 0;
    for (Block b : blocks) {
      if (b.declaresClass()) {
        Source unit = new Source("ReadmeClass" + (++n));
        boolean kube = String.join("\n", b.code()).contains("KubernetesClient");
        List<String> imports = new ArrayList<>(IMPORTS);
        if (kube) {
          imports.addAll(KUBE_IMPORTS);
        }
        unit.header(imports);
        unit.add(b);
        sources.add(unit);
      }
    }
    List<String> problems = javac(sources);
    assertThat(problems).as("the README's Java does not compile as written (README.md lines)").isEmpty();
  }

  @Test
  void everySectionsJavaIsCompiled() {
    assertThat(blocks).extracting(Block::section).contains("Quick start", "Testing with FakeOci",
        "A simulated OKE cluster, for your Kubernetes code");
    assertThat(blocks).filteredOn(b -> b.section().equals("Testing with FakeOci"))
        .anyMatch(b -> String.join("\n", b.code()).contains("manual.clock().delayStrategy()"));
    assertThat(blocks).anyMatch(Block::declaresClass).anyMatch(b -> !b.declaresClass());
  }

  @Test
  void theQuickStartNetworkValidatesWithoutAWarning() throws Exception {
    OkeNetwork prod = (OkeNetwork) method("quickStart").invoke(null);

    assertThat(prod.validate().findings()).filteredOn(f -> f.severity() != Severity.INFO).extracting(Finding::toString).isEmpty();
  }

  @Test
  void theQuickStartsReachabilityExampleIsAllowed() throws Exception {
    OkeNetwork prod = (OkeNetwork) method("quickStart").invoke(null);

    Verdict v = (Verdict) method("quickStartReachability", OkeNetwork.class).invoke(null, prod);

    assertThat(v.isAllowed()).as(v.render()).isTrue();
  }

  private static Method method(String name, Class<?>... parameters) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeCodeTest.class.getClassLoader());
    Method m = loader.loadClass(PACKAGE + ".ReadmeStatements").getDeclaredMethod(name, parameters);
    m.setAccessible(true);
    return m;
  }

  /** The {@code index}th java block of the Quick start section. */
  private static Block quickStart(int index) {
    return blocks.stream().filter(b -> b.section().equals("Quick start")).skip(index).findFirst()
        .orElseThrow(() -> new AssertionError("the README's Quick start has fewer than " + (index + 1) + " java blocks"));
  }

  private static int firstLineStarting(Block b, String prefix) {
    for (int i = 0; i < b.code().size(); i++) {
      if (b.code().get(i).startsWith(prefix)) {
        return i;
      }
    }
    return b.code().size();
  }

  private static List<Block> javaBlocks(List<String> lines) {
    List<Block> out = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ")) {
        section = line.substring(3).trim();
      }
      Matcher fence = FENCE.matcher(line);
      if (fence.matches()) {
        String indent = fence.group(1);
        int start = i + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).trim().startsWith("```")) {
          end++;
        }
        if (fence.group(2).toLowerCase(Locale.ROOT).equals("java")) {
          List<String> code = new ArrayList<>();
          for (String c : lines.subList(start, end)) {
            code.add(c.startsWith(indent) ? c.substring(indent.length()) : c);
          }
          out.add(new Block(section, start + 1, List.copyOf(code)));
        }
        i = end;
      }
    }
    return out;
  }

  /** A generated source file whose lines remember the README line they came from. */
  private static final class Source extends SimpleJavaFileObject {
    private final String name;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> readmeLines = new ArrayList<>();

    Source(String name) {
      super(URI.create("string:///" + PACKAGE.replace('.', '/') + "/" + name + ".java"), Kind.SOURCE);
      this.name = name;
    }

    void header(List<String> imports) {
      add("package " + PACKAGE + ";");
      imports.forEach(i -> add("import " + i + ";"));
    }

    void add(String generated) {
      lines.add(generated);
      readmeLines.add(-1);
    }

    void add(Block b) {
      for (int i = 0; i < b.code().size(); i++) {
        lines.add(b.code().get(i));
        readmeLines.add(b.line() + i);
      }
    }

    String where(long line) {
      int readme = line >= 1 && line <= readmeLines.size() ? readmeLines.get((int) line - 1) : -1;
      return readme > 0 ? "README.md:" + readme : name + ".java:" + line + " (generated)";
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return String.join("\n", lines) + "\n";
    }
  }

  private static List<String> javac(List<Source> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    // Surefire may run tests from a manifest-only jar; it names the real test classpath here.
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", classpath, "-d", classes.toString(), "-proc:none", "-Xlint:none",
          "--release", "17");
      Boolean ok = javac.getTask(null, files, diagnostics, options, null, sources).call();
      List<String> problems = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          Source s = (Source) d.getSource();
          problems.add((s == null ? "?" : s.where(d.getLineNumber())) + ": " + d.getMessage(Locale.ROOT));
        }
      }
      if (!ok && problems.isEmpty()) {
        problems.add("javac failed without an error message");
      }
      return problems;
    }
  }
}
