package dev.okenet.manifest.internal;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metadata every rendered object carries: name, namespace and the labels that say who owns it.
 *
 * <pre>{@code
 * ObjectMetas.namespaced("prod", "shop", "web", Map.of());   // labels managed-by=oke-net, okenet.dev/network=prod
 * }</pre>
 */
public final class ObjectMetas {
  /** The standard label naming the tool that manages an object. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  /** The value of {@link #MANAGED_BY}. */
  public static final String OKE_NET = "oke-net";
  /** The label naming the oke-net network an object belongs to, like the okenet.network tag on OCI. */
  public static final String NETWORK = "okenet.dev/network";

  private ObjectMetas() {}

  /** Metadata of a namespaced object. */
  public static ObjectMeta namespaced(String network, String namespace, String name, Map<String, String> annotations) {
    ObjectMetaBuilder b = new ObjectMetaBuilder().withName(name).withNamespace(namespace).withLabels(labels(network));
    if (!annotations.isEmpty()) {
      b.withAnnotations(new LinkedHashMap<>(annotations));
    }
    return b.build();
  }

  /** Metadata of a cluster-scoped object (a Namespace). */
  public static ObjectMeta clusterScoped(String network, String name) {
    return new ObjectMetaBuilder().withName(name).withLabels(labels(network)).build();
  }

  private static Map<String, String> labels(String network) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(MANAGED_BY, OKE_NET);
    labels.put(NETWORK, network);
    return labels;
  }
}
