package dev.okenet.manifest.internal;

import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.manifest.ManifestException;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Translates policy peers and ports into NetworkPolicy peers, selectors and ports. */
final class PolicyPeers {
  /** The label Kubernetes puts on every namespace (v1.21+), so namespaces can be selected by name. */
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private PolicyPeers() {}

  /** The pods a peer selects, as the podSelector of an object in the peer's namespace. */
  static LabelSelector podSelector(PolicyPeer peer) {
    return selector(peer.selector().labels());
  }

  /** {@code peer} as seen from an object in {@code fromNamespace}. */
  static NetworkPolicyPeer peer(PolicyPeer peer, String policyNamespace, String fromNamespace) {
    switch (peer.kind()) {
      case CIDR:
        return new NetworkPolicyPeerBuilder().withNewIpBlock().withCidr(((PolicyPeer.IpBlock) peer).cidr().toString()).endIpBlock().build();
      case NAMESPACE:
        return new NetworkPolicyPeerBuilder().withNamespaceSelector(namespaceSelector(((PolicyPeer.Namespace) peer).namespace())).build();
      default:
        String namespace = peer.namespaceIn(policyNamespace);
        NetworkPolicyPeerBuilder b = new NetworkPolicyPeerBuilder().withPodSelector(podSelector(peer));
        if (!namespace.equals(fromNamespace)) {
          // Same entry: pods matching the selector AND living in that namespace.
          b.withNamespaceSelector(namespaceSelector(namespace));
        }
        return b.build();
    }
  }

  /** The ports of an allow; empty means every port (also when one of them is "all"). */
  static List<NetworkPolicyPort> ports(NetworkPolicy.Allow policy) {
    if (policy.ports().stream().anyMatch(p -> p.protocol() == Protocol.ALL)) {
      return List.of();
    }
    return policy.ports().stream().map(p -> port(policy, p)).toList();
  }

  private static NetworkPolicyPort port(NetworkPolicy policy, Port port) {
    if (port.protocol() == Protocol.ICMP) {
      throw new ManifestException("NetworkPolicy " + policy.namespace() + "/" + policy.name(), "allows " + port
          + ", but Kubernetes NetworkPolicy matches TCP, UDP and SCTP only. Drop the ICMP port, or allow it with an NSG rule instead.");
    }
    NetworkPolicyPortBuilder b = new NetworkPolicyPortBuilder().withProtocol(port.protocol().name());
    if (!port.isAllPorts()) {
      int from = port.fromPort().getAsInt();
      int to = port.toPort().getAsInt();
      b.withPort(new IntOrString(from));
      if (to != from) {
        b.withEndPort(to);
      }
    }
    return b.build();
  }

  private static LabelSelector namespaceSelector(String namespace) {
    return selector(Map.of(NAMESPACE_NAME_LABEL, namespace));
  }

  private static LabelSelector selector(Map<String, String> labels) {
    return new LabelSelectorBuilder().withMatchLabels(new LinkedHashMap<>(labels)).build();
  }
}
