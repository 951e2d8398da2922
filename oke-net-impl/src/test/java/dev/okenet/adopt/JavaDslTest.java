package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.io.ModelIO;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emitted model: a Java DSL class that compiles and builds the same network; JSON/YAML. */
@FakeOciTest
class JavaDslTest {
  static FakeOci oci;
  private static ImportedNetwork imported;

  @BeforeAll
  static void importProd() {
    Imports prod = Imports.of(oci, ReferenceNetworks.prod());
    imported = NetworkImporter.builder().virtualNetwork(prod.fake.virtualNetwork()).containerEngine(prod.fake.containerEngine())
        .name("prod").kubernetes(KubernetesFacts.none().withPoolBounds("general", 3, 12).withPoolBounds("batch", 0, 6)).build()
        .importVcn(LiveOke.COMPARTMENT, prod.live.vcnId());
  }

  @Test
  void theGeneratedClassCompilesAndBuildsTheImportedModel(@TempDir Path dir) throws Exception {
    String source = JavaDsl.classSource("com.example.net", "ProdNetwork", imported.model());
    Path file = dir.resolve("com/example/net/ProdNetwork.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

    int status = javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());

    assertThat(status).as(source).isZero();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Object built = loader.loadClass("com.example.net.ProdNetwork").getMethod("network").invoke(null);
      assertThat(built).isEqualTo(imported.model());
    }
  }

  @Test
  void theExpressionReadsAsTheDsl() {
    assertThat(imported.toJavaDsl()).startsWith("OkeNetwork.builder()").contains(".generatesOkeRules(false)",
        "Vcn.of(\"10.0.0.0/16\").withExistingId(\"" + imported.model().vcn().existingId().orElseThrow() + "\")",
        "NodePool.of(\"general\", Shape.flex(\"VM.Standard.E5.Flex\", 4), 3, 12).withMaxPodsPerNode(60)").endsWith(".build()");
  }

  @Test
  void kubernetesFactsAreCountedInAComment() {
    OkeNetwork withServices = imported.model().toBuilder().addAllServices(ReferenceNetworks.prod().services()).build();

    assertThat(JavaDsl.expression(withServices)).contains("// From the cluster's manifests, not written here: 4 Services");
  }

  @Test
  void jsonAndYamlCarryTheOcidReferencesAndTheFoundRules() {
    OkeNetwork fromJson = ModelIO.fromJson(imported.toJson());
    OkeNetwork fromYaml = ModelIO.fromYaml(imported.toYaml());

    for (OkeNetwork read : List.of(fromJson, fromYaml)) {
      assertThat(read.vcn().existingId()).isEqualTo(imported.model().vcn().existingId());
      assertThat(read.workers().existingId()).isEqualTo(imported.model().workers().existingId());
      assertThat(read.workers().extraSecurityRules()).isEqualTo(imported.model().workers().extraSecurityRules());
      assertThat(read.cluster().existingId()).isEqualTo(imported.model().cluster().existingId());
    }
  }

  @Test
  void aClassNameThatIsNotJavaIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JavaDsl.classSource("", "prod-network", imported.model()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Java class name");
  }
}
