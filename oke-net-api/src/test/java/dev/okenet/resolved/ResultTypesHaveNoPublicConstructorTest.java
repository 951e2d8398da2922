package dev.okenet.resolved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.check.SubnetCapacity;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Result types come only from {@code resolve()} and {@code capacity()}: none declares a public or
 * protected constructor, so no user builds a part that disagrees with the rest of its network, and
 * a new component is never a breaking change for callers of a constructor (issue #17, item 2).
 */
class ResultTypesHaveNoPublicConstructorTest {
  private static final List<String> PARTS = List.of("ResolvedCluster", "ResolvedDrg", "ResolvedGateway", "ResolvedLoadBalancer",
      "ResolvedNodePool", "ResolvedPeer", "ResolvedRouteTable", "ResolvedRuleSet", "ResolvedSecurityRule", "ResolvedSubnet",
      "ResolvedVcn", "RuleSource");

  @Test
  void noPublicTypeOfTheResolvedPackageNorResolvedNetworkNorSubnetCapacityHasAPublicOrProtectedConstructor() throws Exception {
    List<Class<?>> types = new ArrayList<>(publicTypesOf(ResolvedVcn.class.getPackageName()));
    assertThat(types).extracting(Class::getSimpleName).as("the scan finds the resolved parts").containsAll(PARTS);
    types.add(ResolvedNetwork.class);
    types.add(SubnetCapacity.class);

    List<String> offenders = new ArrayList<>();
    for (Class<?> type : types) {
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
          offenders.add(c.toGenericString());
        }
      }
    }

    assertThat(offenders).as("public or protected constructors of result types").isEmpty();
  }

  @Test
  void noResolvedPartIsARecordOrExtendable() {
    List<String> offenders = new ArrayList<>();
    for (String name : PARTS) {
      Class<?> type = classOf(name);
      if (type.isRecord() || !Modifier.isFinal(type.getModifiers())) {
        offenders.add(name);
      }
    }

    assertThat(offenders).as("parts whose canonical constructor is public or which a user could subclass").isEmpty();
  }

  private static Class<?> classOf(String simpleName) {
    try {
      return Class.forName(ResolvedVcn.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Public top-level and public nested types of {@code packageName}, from the folder or jar its classes are in. */
  private static List<Class<?>> publicTypesOf(String packageName) throws Exception {
    Path root = Path.of(ResolvedVcn.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isDirectory(root)) {
      root = java.nio.file.FileSystems.newFileSystem(root).getPath("/");
    }
    Path dir = root.resolve(packageName.replace('.', '/'));
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList()) {
        String simple = file.getFileName().toString().replaceAll("\\.class$", "");
        if (simple.equals("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(packageName + "." + simple, false, ResolvedVcn.class.getClassLoader());
        boolean visible = Modifier.isPublic(c.getModifiers());
        for (Class<?> outer = c.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
          visible &= Modifier.isPublic(outer.getModifiers());
        }
        if (visible) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
