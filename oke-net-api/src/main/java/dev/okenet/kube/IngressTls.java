package dev.okenet.kube;

import dev.okenet.internal.Require;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * TLS for some Ingress hosts: a secret and the hosts it covers.
 *
 * <pre>{@code
 * IngressTls.of("shop-tls", "shop.example.com")
 * }</pre>
 */
@Value.Immutable
public abstract class IngressTls {
  /** The Kubernetes secret holding the certificate. */
  public abstract String secretName();

  /** The hosts. */
  public abstract List<String> hosts();

  /** TLS with {@code secretName} for {@code hosts}. */
  public static IngressTls of(String secretName, String... hosts) {
    Require.elements(hosts, "IngressTls.of(secretName, hosts)", "hosts", "Give the hosts the secret covers, e.g. \"shop.example.com\".");
    return ImmutableIngressTls.builder().secretName(secretName).hosts(Arrays.asList(hosts)).build();
  }

  @Value.Check
  void check() {
    Require.nonBlank(secretName(), "Ingress TLS secretName", "\"shop-tls\"");
    if (hosts().isEmpty()) {
      throw new IllegalArgumentException("Ingress TLS secret '" + secretName() + "' covers no host. Name at least one, e.g. \"shop.example.com\".");
    }
  }
}
