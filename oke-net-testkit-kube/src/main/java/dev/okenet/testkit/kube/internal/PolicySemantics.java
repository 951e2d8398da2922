package dev.okenet.testkit.kube.internal;

import dev.okenet.testkit.internal.net.Ipv4Cidr;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kubernetes NetworkPolicy semantics (networking.k8s.io/v1, "Network Policies" in the Kubernetes
 * documentation and the {@code NetworkPolicySpec} API reference):
 *
 * <ul>
 *   <li>A policy selects the pods of its namespace its {@code podSelector} matches (empty: all).
 *   <li>{@code policyTypes} defaults to Ingress, plus Egress when the policy has egress rules.
 *   <li>A pod selected by no policy of a type is not isolated for it: everything is allowed.
 *       A pod selected by some is allowed exactly what the union of their rules allows (no rule:
 *       default deny).
 *   <li>A rule's peers: none means every peer; {@code podSelector} alone means pods of the policy's
 *       namespace; {@code namespaceSelector} alone means every pod of the matching namespaces; both
 *       mean the matching pods of the matching namespaces; {@code ipBlock} matches addresses in
 *       {@code cidr} and not in any {@code except} block (pod and namespace selectors match pods only).
 *   <li>A rule's ports: none means every port; a port matches the protocol (default TCP) and the
 *       number, the range up to {@code endPort}, or a name resolved on the destination pod's
 *       container ports.
 *   <li>Label selectors: {@code matchLabels} and {@code matchExpressions} (In, NotIn, Exists,
 *       DoesNotExist), all ANDed; an empty selector matches everything. Namespaces carry
 *       {@code kubernetes.io/metadata.name} (set by the API server since Kubernetes 1.21).
 * </ul>
 */
public final class PolicySemantics {
    private PolicySemantics() {}

    /** A pod or an address as a NetworkPolicy peer: selectors match only pods. */
    public record Peer(Optional<Pod> pod, Map<String, String> namespaceLabels, String ip) {}

    public static boolean selects(NetworkPolicy policy, Pod pod) {
        return policy.getMetadata().getNamespace().equals(pod.getMetadata().getNamespace())
                && matches(policy.getSpec().getPodSelector(), labels(pod));
    }

    public static boolean hasType(NetworkPolicy policy, String type) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types == null || types.isEmpty()) {
            return "Ingress".equals(type) || ("Egress".equals(type) && policy.getSpec().getEgress() != null
                    && !policy.getSpec().getEgress().isEmpty());
        }
        return types.contains(type);
    }

    /** Whether any of {@code peers} (empty: all) matches {@code peer}, for a policy of {@code policyNamespace}. */
    public static boolean peersMatch(List<NetworkPolicyPeer> peers, String policyNamespace, Peer peer) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(p -> peerMatches(p, policyNamespace, peer));
    }

    private static boolean peerMatches(NetworkPolicyPeer p, String policyNamespace, Peer peer) {
        if (p.getIpBlock() != null) {
            return inBlock(p.getIpBlock(), peer.ip());
        }
        if (peer.pod().isEmpty()) {
            return false;
        }
        Pod pod = peer.pod().get();
        boolean namespaceOk = p.getNamespaceSelector() == null ? pod.getMetadata().getNamespace().equals(policyNamespace)
                : matches(p.getNamespaceSelector(), peer.namespaceLabels());
        boolean podOk = p.getPodSelector() == null || matches(p.getPodSelector(), labels(pod));
        return namespaceOk && podOk;
    }

    private static boolean inBlock(IPBlock block, String ip) {
        Optional<Long> address = Ipv4Cidr.parseAddress(ip);
        if (address.isEmpty() || !Ipv4Cidr.parse(block.getCidr()).map(c -> c.contains(address.get())).orElse(false)) {
            return false;
        }
        List<String> except = block.getExcept() == null ? List.of() : block.getExcept();
        return except.stream().noneMatch(e -> Ipv4Cidr.parse(e).map(c -> c.contains(address.get())).orElse(false));
    }

    /** Whether any of {@code ports} (empty: all) admits {@code protocol}/{@code port} to {@code destination}. */
    public static boolean portsMatch(List<NetworkPolicyPort> ports, String protocol, int port, Optional<Pod> destination) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> portMatches(p, protocol, port, destination));
    }

    private static boolean portMatches(NetworkPolicyPort p, String protocol, int port, Optional<Pod> destination) {
        String wanted = p.getProtocol() == null ? "TCP" : p.getProtocol();
        if (!wanted.equals(protocol)) {
            return false;
        }
        IntOrString value = p.getPort();
        if (value == null) {
            return true;
        }
        if (value.getIntVal() != null) {
            int end = p.getEndPort() == null ? value.getIntVal() : p.getEndPort();
            return port >= value.getIntVal() && port <= end;
        }
        return destination.flatMap(pod -> namedPort(pod, value.getStrVal(), protocol)).map(n -> n == port).orElse(false);
    }

    /** The number of the container port named {@code name} with {@code protocol} on {@code pod}. */
    public static Optional<Integer> namedPort(Pod pod, String name, String protocol) {
        List<Container> containers = pod.getSpec() == null || pod.getSpec().getContainers() == null ? List.of()
                : pod.getSpec().getContainers();
        return containers.stream().flatMap(c -> c.getPorts() == null ? java.util.stream.Stream.<ContainerPort>empty()
                : c.getPorts().stream())
                .filter(p -> name.equals(p.getName()) && protocol.equals(p.getProtocol() == null ? "TCP" : p.getProtocol()))
                .map(ContainerPort::getContainerPort).findFirst();
    }

    public static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        List<LabelSelectorRequirement> expressions = selector.getMatchExpressions() == null ? List.of()
                : selector.getMatchExpressions();
        for (LabelSelectorRequirement r : expressions) {
            String value = labels.get(r.getKey());
            List<String> values = r.getValues() == null ? List.of() : r.getValues();
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> labels.containsKey(r.getKey());
                case "DoesNotExist" -> !labels.containsKey(r.getKey());
                default -> throw new IllegalArgumentException("label selector operator \"" + r.getOperator()
                        + "\" is not one of In, NotIn, Exists, DoesNotExist");
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static Map<String, String> labels(Pod pod) {
        return pod.getMetadata().getLabels() == null ? Map.of() : pod.getMetadata().getLabels();
    }
}
