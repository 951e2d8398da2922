package dev.okenet.adopt;

import dev.okenet.internal.Require;
import dev.okenet.OkeNetwork;
import dev.okenet.adopt.internal.JavaSource;

/**
 * An {@link OkeNetwork} as readable Java: the DSL calls that build its network, to check in and
 * manage with oke-net from then on. Services, Ingresses and NetworkPolicies are not written (they
 * come from the cluster's manifests); a comment counts them.
 *
 * <pre>{@code
 * String source = JavaDsl.classSource("com.example.net", "ProdNetwork", imported.model());
 * Files.writeString(Path.of("src/main/java/com/example/net/ProdNetwork.java"), source);
 * // ProdNetwork.network() returns the network
 * }</pre>
 */
public final class JavaDsl {
  private JavaDsl() {}

  /** The expression {@code OkeNetwork.builder() ... .build()} (imports: dev.okenet.OkeNetwork, dev.okenet.cluster.*, dev.okenet.vcn.*). */
  public static String expression(OkeNetwork network) {
    Require.notNull(network, "JavaDsl.expression(network): network", "Give the network to write, e.g. imported.model().");
    return JavaSource.expression(network);
  }

  /**
   * A compilable class {@code packageName.className} whose static {@code network()} returns the
   * network.
   *
   * @param packageName the package, or "" for the default package
   */
  public static String classSource(String packageName, String className, OkeNetwork network) {
    Require.notNull(packageName, "JavaDsl.classSource(packageName, className, network): packageName", "Give a package, e.g. \"com.example.net\".");
    Require.notNull(className, "JavaDsl.classSource(packageName, className, network): className", "Give a class name, e.g. \"ProdNetwork\".");
    Require.notNull(network, "JavaDsl.classSource(packageName, className, network): network", "Give the network to write, e.g. imported.model().");
    if (!className.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
      throw new IllegalArgumentException("'" + className + "' is not a Java class name; use e.g. \"ProdNetwork\".");
    }
    StringBuilder b = new StringBuilder();
    if (!packageName.isEmpty()) {
      b.append("package ").append(packageName).append(";\n\n");
    }
    JavaSource.imports().forEach(i -> b.append("import ").append(i).append(";\n"));
    b.append("\n/** The network '").append(network.name()).append("', imported from OCI by oke-net. */\n");
    b.append("public final class ").append(className).append(" {\n");
    b.append("  private ").append(className).append("() {}\n\n");
    b.append("  /** The network. */\n");
    b.append("  public static OkeNetwork network() {\n");
    b.append("    return ").append(expression(network).replace("\n", "\n  ")).append(";\n");
    b.append("  }\n}\n");
    return b.toString();
  }
}
