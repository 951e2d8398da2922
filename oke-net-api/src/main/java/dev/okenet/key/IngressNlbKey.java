package dev.okenet.key;

/**
 * The key of the standalone network load balancer the provider puts in front of an ingress
 * controller's Service (with {@code ingressLoadBalancers} on): {@code nlb:ingress:<namespace>/<name>}.
 *
 * <pre>{@code
 * ResourceKey.ingressNlb("ingress-nginx", "controller").toString();   // "nlb:ingress:ingress-nginx/controller"
 * }</pre>
 *
 * @param namespace the controller Service's namespace
 * @param name the controller Service's name
 */
public record IngressNlbKey(String namespace, String name) implements ResourceKey {
  /** Refuses names that are not Kubernetes names. */
  public IngressNlbKey {
    KeyNames.kube(namespace, "IngressNlbKey namespace");
    KeyNames.kube(name, "IngressNlbKey name");
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
