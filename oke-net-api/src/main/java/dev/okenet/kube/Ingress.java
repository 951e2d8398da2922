package dev.okenet.kube;

import dev.okenet.internal.Lists;
import dev.okenet.internal.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * An ingress class and its routing rules, exposed through one LoadBalancer Service (the ingress
 * controller's).
 *
 * <pre>{@code
 * Ingress web = Ingress.of("nginx", ServiceRef.of("ingress-nginx", "controller"))
 *     .addRoute("shop.example.com", "/", ServiceRef.parse("shop/web"), 80)
 *     .addRoute("api.example.com", "/v1", ServiceRef.parse("shop/api"), 8080)
 *     .addTls("shop-tls", "shop.example.com");
 * }</pre>
 */
@Value.Immutable
public abstract class Ingress {
  /** The ingress class, e.g. "nginx". */
  public abstract String className();

  /** The controller's LoadBalancer Service. */
  public abstract ServiceRef exposedBy();

  /** The rules. */
  public abstract List<IngressRule> rules();

  /** TLS secret name to the hosts it serves, in declaration order. */
  public abstract List<IngressTls> tls();

  /** An ingress of this class exposed by this controller service. */
  public static Ingress of(String className, ServiceRef controller) {
    Require.notNull(controller, "Ingress.of(className, controller): controller",
        "Give the ingress controller's LoadBalancer Service, e.g. ServiceRef.of(\"ingress-nginx\", \"controller\").");
    return ImmutableIngress.builder().className(className).exposedBy(controller).build();
  }

  /** A copy with one more rule: requests for {@code host} under {@code path} go to {@code backend}:{@code port}. */
  public Ingress addRoute(String host, String path, ServiceRef backend, int port) {
    return ((ImmutableIngress) ImmutableIngress.copyOf(this)).withRules(Lists.plus(rules(), IngressRule.of(host, path, backend, port)));
  }

  /** A copy that also terminates TLS for these hosts with this secret. */
  public Ingress addTls(String secretName, String... hosts) {
    return ((ImmutableIngress) ImmutableIngress.copyOf(this)).withTls(Lists.plus(tls(), IngressTls.of(secretName, hosts)));
  }

  @Value.Check
  void check() {
    Require.kubeName(className(), "Ingress className");
  }
}
