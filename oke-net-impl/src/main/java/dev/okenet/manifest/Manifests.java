package dev.okenet.manifest;

import dev.okenet.internal.Require;
import dev.okenet.ResolvedNetwork;
import dev.okenet.manifest.internal.IngressRenderer;
import dev.okenet.manifest.internal.Namespaces;
import dev.okenet.manifest.internal.NetworkPolicyRenderer;
import dev.okenet.manifest.internal.OcidLookup;
import dev.okenet.manifest.internal.ServiceRenderer;
import dev.okenet.manifest.internal.YamlDocuments;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes objects a network's Kubernetes intent needs, pointed at the applied network's
 * subnets and NSGs: Namespaces, Services (with every cloud controller manager annotation the model
 * implies, see {@link CcmAnnotations}), Ingresses and NetworkPolicies, as fabric8
 * kubernetes-model objects and as one multi-document YAML stream.
 *
 * <p>The order is stable: Namespaces (in order of first use), then Services, Ingresses and
 * NetworkPolicies in declaration order, so the YAML can be diffed and golden-tested. Every object
 * carries the labels {@code app.kubernetes.io/managed-by: oke-net} and
 * {@code okenet.dev/network: <name>}.
 *
 * <p>Rendering fails with a {@link ManifestException} rather than writing a manifest with a hole
 * in it: a LoadBalancer Service whose subnet is not part of the network, an OCID the applied
 * network does not hold, an option Kubernetes or the CCM cannot express.
 *
 * <pre>{@code
 * ResolvedNetwork net = prod.resolve();
 * AppliedIds ids = AppliedIds.of(provider.apply(plan).idsByKey());
 * Manifests manifests = Manifests.of(net, ids);
 * manifests.services();                  // fabric8 Services
 * Files.writeString(Path.of("prod.yaml"), manifests.toYaml());
 * }</pre>
 */
public final class Manifests {
  private final String network;
  private final List<Namespace> namespaces;
  private final List<Service> services;
  private final List<Ingress> ingresses;
  private final List<NetworkPolicy> networkPolicies;

  private Manifests(String network, List<Namespace> namespaces, List<Service> services, List<Ingress> ingresses,
      List<NetworkPolicy> networkPolicies) {
    this.network = network;
    this.namespaces = List.copyOf(namespaces);
    this.services = List.copyOf(services);
    this.ingresses = List.copyOf(ingresses);
    this.networkPolicies = List.copyOf(networkPolicies);
  }

  /**
   * Renders {@code network}'s Services, Ingresses and NetworkPolicies.
   *
   * @param network the resolved network
   * @param ids the OCIDs of the applied network, by logical key
   * @throws ManifestException when an object cannot be rendered as a working manifest
   */
  public static Manifests of(ResolvedNetwork network, AppliedIds ids) {
    Require.notNull(network, "Manifests.of(network, ids): network", "Pass okeNetwork.resolve().");
    Require.notNull(ids, "Manifests.of(network, ids): ids", "Pass the applied network's ids: AppliedIds.of(applyResult.idsByKey()).");
    ServiceRenderer serviceRenderer = new ServiceRenderer(network, new OcidLookup(network, ids));
    List<Service> services = network.intent().services().stream().map(serviceRenderer::render).toList();
    List<Ingress> ingresses = new IngressRenderer(network.intent()).renderAll();
    List<NetworkPolicy> policies = new NetworkPolicyRenderer(network.intent()).renderAll();
    List<HasMetadata> namespaced = new ArrayList<>(services);
    namespaced.addAll(ingresses);
    namespaced.addAll(policies);
    checkUniqueNames(namespaced);
    return new Manifests(network.name(), Namespaces.of(network.name(), namespaced), services, ingresses, policies);
  }

  /** Two objects of one kind with the same name in one namespace: the second would silently replace the first. */
  private static void checkUniqueNames(List<HasMetadata> objects) {
    Map<String, HasMetadata> seen = new HashMap<>();
    for (HasMetadata o : objects) {
      String id = o.getKind() + " " + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
      if (seen.putIfAbsent(id, o) != null) {
        throw new ManifestException(id, "would be rendered twice, so the second would replace the first on apply. "
            + "Rename one of the policies or ingresses that produce it (an allow renders as <name>-ingress and <name>-egress).");
      }
    }
  }

  /** The Namespaces the objects live in, Kubernetes' own excluded. */
  public List<Namespace> namespaces() {
    return namespaces;
  }

  /** The Services, in declaration order. */
  public List<Service> services() {
    return services;
  }

  /** The Ingresses, in declaration order (one per Ingress and backend namespace). */
  public List<Ingress> ingresses() {
    return ingresses;
  }

  /** The NetworkPolicies, in declaration order. */
  public List<NetworkPolicy> networkPolicies() {
    return networkPolicies;
  }

  /** Every object, in apply order: Namespaces, Services, Ingresses, NetworkPolicies. */
  public List<HasMetadata> all() {
    List<HasMetadata> all = new ArrayList<>(namespaces);
    all.addAll(services);
    all.addAll(ingresses);
    all.addAll(networkPolicies);
    return all;
  }

  /** Every object as one multi-document YAML stream for {@code kubectl apply -f}. */
  public String toYaml() {
    return YamlDocuments.write("Kubernetes manifests for oke-net network '" + network + "'. Generated: edit the model, not this file.", all());
  }

  @Override
  public String toString() {
    return "Manifests{" + network + ": " + namespaces.size() + " namespaces, " + services.size() + " services, "
        + ingresses.size() + " ingresses, " + networkPolicies.size() + " network policies}";
  }
}
