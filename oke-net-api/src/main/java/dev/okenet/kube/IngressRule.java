package dev.okenet.kube;

import dev.okenet.internal.Require;
import org.immutables.value.Value;

/**
 * One Ingress rule: host and path prefix to a backend service and port.
 *
 * <pre>{@code
 * IngressRule.of("api.example.com", "/v1", ServiceRef.parse("shop/api"), 8080)
 * }</pre>
 */
@Value.Immutable
public abstract class IngressRule {
  /** The host, e.g. "shop.example.com". */
  public abstract String host();

  /** The path prefix, e.g. "/". */
  public abstract String path();

  /** The backend service. */
  public abstract ServiceRef backend();

  /** The backend service's port. */
  public abstract int port();

  /** A rule routing {@code host}{@code path} to {@code backend}:{@code port}. */
  public static IngressRule of(String host, String path, ServiceRef backend, int port) {
    return ImmutableIngressRule.builder().host(host).path(path).backend(backend).port(port).build();
  }

  @Value.Check
  void check() {
    Require.nonBlank(host(), "Ingress rule host", "\"shop.example.com\"");
    if (!path().startsWith("/")) {
      throw new IllegalArgumentException("Ingress path '" + path() + "' for host " + host() + " must start with '/'. Did you mean /" + path() + "?");
    }
    Require.between(port(), 1, 65535, "Ingress backend port");
  }
}
