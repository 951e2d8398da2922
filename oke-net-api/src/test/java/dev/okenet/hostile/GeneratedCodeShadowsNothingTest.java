package dev.okenet.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No generated {@code Immutable*} class overrides a method written by hand on its value type. When
 * one did (the style generated {@code withX(..)} copies), the hand-written
 * {@code Cluster.withExistingId(id)} and {@code LocalPeering.withPeerGatewayId(id)} never ran and
 * their OCID checks were skipped. Attribute accessors ({@code @Value.Default} and the like) are
 * meant to be overridden and are left out, and so are abstract methods: a value type declares the
 * generated copies it offers ({@code public abstract Vcn withDnsLabel(String label)}) for the
 * generated class to implement, and every check they need lives in {@code @Value.Check}.
 */
class GeneratedCodeShadowsNothingTest {

  private static List<Class<?>> generatedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(OkeNetwork.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.getFileName().toString().matches("Immutable\\w+\\.class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        out.add(Class.forName(name));
      }
    }
    return out;
  }

  /** An attribute accessor: abstract, or ({@code @Value.Default} and kin, whose annotations are source-only) backed by a generated field. */
  private static boolean isAttribute(Method m, Class<?> impl) {
    if (m.getParameterCount() != 0) {
      return false;
    }
    if (Modifier.isAbstract(m.getModifiers())) {
      return true;
    }
    try {
      impl.getDeclaredField(m.getName());
      return true;
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  @Test
  void noGeneratedClassOverridesAHandWrittenMethod() throws Exception {
    List<Class<?>> generated = generatedClasses();
    assertThat(generated).as("generated value classes found").hasSizeGreaterThan(15);
    List<String> shadowed = new ArrayList<>();
    for (Class<?> impl : generated) {
      Class<?> type = impl.getSuperclass();
      for (Method handWritten : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(handWritten.getModifiers()) || Modifier.isStatic(handWritten.getModifiers())
            || Modifier.isAbstract(handWritten.getModifiers()) || isAttribute(handWritten, impl)
            || Arrays.asList("equals", "hashCode", "toString").contains(handWritten.getName())) {
          continue;
        }
        try {
          Method override = impl.getDeclaredMethod(handWritten.getName(), handWritten.getParameterTypes());
          shadowed.add(type.getSimpleName() + "." + handWritten.getName() + Arrays.toString(handWritten.getParameterTypes())
              + " is overridden by " + override);
        } catch (NoSuchMethodException expected) {
          // the hand-written method is the one that runs
        }
      }
    }
    assertThat(shadowed).isEmpty();
  }
}
