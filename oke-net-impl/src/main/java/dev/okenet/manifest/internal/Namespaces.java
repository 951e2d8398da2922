package dev.okenet.manifest.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Namespaces the rendered objects live in, so that one {@code kubectl apply} works on an empty
 * cluster. Kubernetes' own namespaces exist already and are never written.
 *
 * <pre>{@code
 * Namespaces.of("prod", objects);   // shop, ops, ingress-nginx (not kube-system)
 * }</pre>
 */
public final class Namespaces {
  private static final Set<String> BUILT_IN = Set.of("default", "kube-system", "kube-public", "kube-node-lease");

  private Namespaces() {}

  /** A Namespace for each namespace {@code objects} use, in order of first use. */
  public static List<Namespace> of(String network, List<? extends HasMetadata> objects) {
    Set<String> names = new LinkedHashSet<>();
    for (HasMetadata o : objects) {
      String ns = o.getMetadata().getNamespace();
      if (ns != null && !BUILT_IN.contains(ns)) {
        names.add(ns);
      }
    }
    return names.stream().map(n -> new NamespaceBuilder().withMetadata(ObjectMetas.clusterScoped(network, n)).build()).toList();
  }
}
