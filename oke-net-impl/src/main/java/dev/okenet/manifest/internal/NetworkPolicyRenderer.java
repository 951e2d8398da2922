package dev.okenet.manifest.internal;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the model's NetworkPolicy intents.
 *
 * <ul>
 *   <li>A default deny becomes one object selecting every pod of its namespace, with the denied
 *       policy types and no rule.
 *   <li>An allow becomes an ingress-side object on the destination pods ("-ingress"), written when
 *       the destination lives in the policy's namespace or in one the network default-denies
 *       ingress for; and an egress-side object on the source pods ("-egress"), written when the
 *       source's namespace default-denies egress. Objects are never written into a namespace
 *       nothing isolates: an ingress policy on kube-dns in kube-system would cut DNS off for every
 *       other namespace.
 *   <li>DNS egress ({@code allowDnsEgress()}) is an allow to kube-system pods k8s-app=kube-dns on
 *       UDP and TCP 53, so it renders as an egress-side object only.
 * </ul>
 *
 * <pre>{@code
 * new NetworkPolicyRenderer(prod).renderAll();   // default-deny, ...-ingress, ...-egress, allow-dns-egress
 * }</pre>
 */
public final class NetworkPolicyRenderer {
  private final OkeNetwork network;

  /** A renderer for the NetworkPolicies of {@code network}. */
  public NetworkPolicyRenderer(OkeNetwork network) {
    this.network = network;
  }

  /** Every NetworkPolicy object, in declaration order (an allow's ingress side before its egress side). */
  public List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy> renderAll() {
    List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy> out = new ArrayList<>();
    for (NetworkPolicy p : network.policies()) {
      if (p instanceof NetworkPolicy.DefaultDeny deny) {
        out.add(defaultDeny(deny));
      } else {
        allow((NetworkPolicy.Allow) p, out);
      }
    }
    return out;
  }

  private io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy defaultDeny(NetworkPolicy.DefaultDeny p) {
    List<String> types = new ArrayList<>();
    if (p.deniesIngress()) {
      types.add("Ingress");
    }
    if (p.deniesEgress()) {
      types.add("Egress");
    }
    return new NetworkPolicyBuilder()
        .withMetadata(ObjectMetas.namespaced(network.name(), p.namespace(), p.name(), Map.of()))
        .withNewSpec().withPodSelector(new LabelSelectorBuilder().build()).withPolicyTypes(types).endSpec()
        .build();
  }

  private void allow(NetworkPolicy.Allow p, List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy> out) {
    PolicyPeer source = p.source();
    PolicyPeer destination = p.destination();
    if (destination.kind() != PolicyPeer.Kind.CIDR) {
      String namespace = destination.namespaceIn(p.namespace());
      if (namespace.equals(p.namespace()) || denies(namespace, true)) {
        out.add(new NetworkPolicyBuilder()
            .withMetadata(ObjectMetas.namespaced(network.name(), namespace, suffixed(p.name(), "-ingress"), Map.of()))
            .withNewSpec()
            .withPodSelector(PolicyPeers.podSelector(destination))
            .withPolicyTypes("Ingress")
            .withIngress(new NetworkPolicyIngressRuleBuilder()
                .withFrom(PolicyPeers.peer(source, p.namespace(), namespace)).withPorts(PolicyPeers.ports(p)).build())
            .endSpec()
            .build());
      }
    }
    if (source.kind() != PolicyPeer.Kind.CIDR) {
      String namespace = source.namespaceIn(p.namespace());
      if (denies(namespace, false)) {
        out.add(new NetworkPolicyBuilder()
            .withMetadata(ObjectMetas.namespaced(network.name(), namespace, suffixed(p.name(), "-egress"), Map.of()))
            .withNewSpec()
            .withPodSelector(PolicyPeers.podSelector(source))
            .withPolicyTypes("Egress")
            .withEgress(new NetworkPolicyEgressRuleBuilder()
                .withTo(PolicyPeers.peer(destination, p.namespace(), namespace)).withPorts(PolicyPeers.ports(p)).build())
            .endSpec()
            .build());
      }
    }
  }

  /** Whether the network default-denies ingress (or egress) in {@code namespace}. */
  private boolean denies(String namespace, boolean ingress) {
    return network.policies().stream().anyMatch(p -> p instanceof NetworkPolicy.DefaultDeny d && d.namespace().equals(namespace)
        && (ingress ? d.deniesIngress() : d.deniesEgress()));
  }

  /** "allow-dns-egress" stays as it is rather than becoming "allow-dns-egress-egress". */
  private static String suffixed(String name, String suffix) {
    return name.endsWith(suffix) ? name : name + suffix;
  }
}
