package dev.okenet.kube;

import dev.okenet.internal.Require;
import java.util.Objects;

/**
 * A reference to a Service by namespace and name, e.g. {@code shop/web}.
 *
 * <pre>{@code
 * ServiceRef.of("ingress-nginx", "controller")
 * ServiceRef.parse("shop/web")
 * }</pre>
 */
public final class ServiceRef {
  private final String namespace;
  private final String name;

  private ServiceRef(String namespace, String name) {
    this.namespace = Require.kubeName(namespace, "Service namespace");
    this.name = Require.kubeName(name, "Service name");
  }

  /** The service {@code namespace/name}. */
  public static ServiceRef of(String namespace, String name) {
    return new ServiceRef(namespace, name);
  }

  /** Parses "namespace/name". */
  public static ServiceRef parse(String reference) {
    Require.notNull(reference, "ServiceRef.parse(reference): reference", "Write it like \"shop/web\".");
    String[] parts = reference.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("Service reference '" + reference + "' is not namespace/name. Write it like \"shop/web\".");
    }
    return new ServiceRef(parts[0], parts[1]);
  }

  /** The namespace. */
  public String namespace() {
    return namespace;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** "namespace/name". */
  @Override
  public String toString() {
    return namespace + "/" + name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceRef && ((ServiceRef) o).namespace.equals(namespace) && ((ServiceRef) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, name);
  }
}
