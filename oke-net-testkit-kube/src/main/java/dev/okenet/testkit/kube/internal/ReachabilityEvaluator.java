package dev.okenet.testkit.kube.internal;

import com.oracle.bmc.core.requests.GetSubnetRequest;
import dev.okenet.testkit.ccm.internal.Endpoint;
import dev.okenet.testkit.ccm.internal.FlowCheck;
import dev.okenet.testkit.ccm.internal.RuleBook;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import dev.okenet.testkit.kube.PolicyVerdict;
import dev.okenet.testkit.kube.Target;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether traffic gets through the simulated cluster, from the objects in the API and the VCN's
 * rules in FakeOci; written from Kubernetes' and OCI's rules, not from oke-net's model, so it can
 * serve as an oracle for {@code reachability()}. In the order a packet meets them:
 *
 * <ol>
 *   <li>A Service is its ClusterIP: kube-proxy sends the packet to a ready backend (a Running pod its
 *       selector matches) on the port's {@code targetPort} (a name is looked up on the backend's
 *       container ports); the verdict is the best over its backends. NetworkPolicy sees the backend.
 *   <li>NetworkPolicy egress at a source pod and ingress at a destination pod ({@link PolicySemantics}),
 *       only when a policy engine runs: Calico ({@code calico-node}, the DaemonSet of Calico's
 *       manifests and of Oracle's "Example: Installing Calico and Setting Up Network Policies") or
 *       Cilium ({@code cilium}); found by DaemonSet name or {@code k8s-app} label in any namespace,
 *       or by pods with that label. Without one, policies are accepted and ignored, and the trace
 *       lists them.
 *   <li>The VCN's security rules (security lists of the subnet and the NSGs of the VNIC, a union,
 *       stateful), always, read from FakeOci: VCN-native pods are VNICs in the pod subnet with the
 *       node pool's pod NSGs (Oracle, "Using the OCI VCN-Native Pod Networking CNI plugin"); flannel
 *       pods talk to each other across nodes as VXLAN between the nodes (UDP 8472, flannel's
 *       default port on Linux, {@code Documentation/backends.md}) and leave the cluster as their
 *       node; two ends on one node never meet the VCN. Routing is not checked.
 * </ol>
 */
public final class ReachabilityEvaluator {
    static final int FLANNEL_VXLAN_PORT = 8472;
    private static final Set<String> ENGINES = Set.of("calico-node", "cilium");

    private final KubernetesClient client;
    private final ClusterState cluster;
    private final FlowCheck flows;
    private final Map<String, String> subnetCidrs = new HashMap<>();

    public ReachabilityEvaluator(KubernetesClient client, ClusterState cluster) {
        this.client = client;
        this.cluster = cluster;
        this.flows = new FlowCheck(new RuleBook(cluster.oci().virtualNetwork()));
    }

    /** The policy engine running, e.g. "Calico (DaemonSet kube-system/calico-node)". */
    public Optional<String> engine() {
        for (DaemonSet set : client.apps().daemonSets().inAnyNamespace().list().getItems()) {
            String app = set.getMetadata().getLabels() == null ? null : set.getMetadata().getLabels().get("k8s-app");
            String name = ENGINES.contains(set.getMetadata().getName()) ? set.getMetadata().getName() : app;
            if (name != null && ENGINES.contains(name)) {
                return Optional.of(label(name) + " (DaemonSet " + set.getMetadata().getNamespace() + "/"
                        + set.getMetadata().getName() + ")");
            }
        }
        for (Pod pod : client.pods().inAnyNamespace().list().getItems()) {
            String app = PolicySemantics.labels(pod).get("k8s-app");
            if (app != null && ENGINES.contains(app)) {
                return Optional.of(label(app) + " (pod " + pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName() + ")");
            }
        }
        return Optional.empty();
    }

    private static String label(String name) {
        return name.startsWith("calico") ? "Calico" : "Cilium";
    }

    public PolicyVerdict evaluate(Target from, Target to, String protocol, int port) {
        Snapshot now = new Snapshot(client);
        List<String> trace = new ArrayList<>();
        Optional<String> engine = engine();
        if (engine.isPresent()) {
            trace.add("NOTE NetworkPolicy is enforced by " + engine.get());
        } else if (!now.policies.isEmpty()) {
            trace.add("NOTE no NetworkPolicy engine runs (no Calico or Cilium in the cluster): "
                    + now.policies.stream().map(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()).toList()
                    + " are accepted by the API server and not enforced");
        }
        Optional<Party> source = party(from, now, trace);
        if (source.isEmpty()) {
            return new PolicyVerdict(from, to, protocol, port, false, trace);
        }
        if (to.kind() == Target.Kind.SERVICE) {
            return throughService(from, to, protocol, port, source.get(), now, engine.isPresent(), trace);
        }
        Optional<Party> destination = party(to, now, trace);
        if (destination.isEmpty()) {
            return new PolicyVerdict(from, to, protocol, port, false, trace);
        }
        boolean allowed = flow(source.get(), destination.get(), protocol, port, now, engine.isPresent(), trace);
        return new PolicyVerdict(from, to, protocol, port, allowed, trace);
    }

    private PolicyVerdict throughService(Target from, Target to, String protocol, int port, Party source, Snapshot now,
            boolean enforced, List<String> trace) {
        Service service = now.services.get(to.namespace() + "/" + to.name());
        if (service == null) {
            throw new IllegalArgumentException("the cluster has no Service " + to.namespace() + "/" + to.name());
        }
        Optional<ServicePort> servicePort = service.getSpec().getPorts().stream()
                .filter(p -> p.getPort() == port && protocol.equals(p.getProtocol() == null ? "TCP" : p.getProtocol()))
                .findFirst();
        if (servicePort.isEmpty()) {
            trace.add("DENIED service " + to.namespace() + "/" + to.name() + " has no " + protocol + " port " + port);
            return new PolicyVerdict(from, to, protocol, port, false, trace);
        }
        Map<String, String> selector = service.getSpec().getSelector() == null ? Map.of() : service.getSpec().getSelector();
        List<Pod> backends = now.pods.stream().filter(p -> p.getMetadata().getNamespace().equals(to.namespace()))
                .filter(p -> !selector.isEmpty() && PolicySemantics.labels(p).entrySet().containsAll(selector.entrySet()))
                .filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase())).toList();
        if (backends.isEmpty()) {
            trace.add("DENIED service " + to.namespace() + "/" + to.name() + " has no ready endpoint (no Running pod matches"
                    + " its selector " + selector + ")");
            return new PolicyVerdict(from, to, protocol, port, false, trace);
        }
        List<String> firstDenied = null;
        for (Pod backend : backends) {
            var target = servicePort.get().getTargetPort();
            Optional<Integer> targetPort = target == null ? Optional.of(port) : target.getIntVal() != null
                    ? Optional.of(target.getIntVal()) : PolicySemantics.namedPort(backend, target.getStrVal(), protocol);
            List<String> steps = new ArrayList<>(trace);
            if (targetPort.isEmpty()) {
                steps.add("DENIED backend " + name(backend) + " has no container port named '" + target.getStrVal() + "'");
            } else {
                steps.add("ALLOWED ClusterIP " + service.getSpec().getClusterIP() + ":" + port + " of service " + to.namespace()
                        + "/" + to.name() + " goes to backend " + name(backend) + " on " + protocol + " " + targetPort.get());
                if (flow(source, podParty(backend), protocol, targetPort.get(), now, enforced, steps)) {
                    return new PolicyVerdict(from, to, protocol, port, true, steps);
                }
            }
            if (firstDenied == null) {
                firstDenied = steps;
            }
        }
        return new PolicyVerdict(from, to, protocol, port, false, firstDenied);
    }

    /** The flow from one party to another: egress policy, VCN rules, ingress policy. */
    private boolean flow(Party from, Party to, String protocol, int port, Snapshot now, boolean enforced, List<String> trace) {
        if (enforced && from.pod().isPresent() && !policies(from.pod().get(), to, "Egress", protocol, port, now, trace)) {
            return false;
        }
        if (!vcn(from, to, protocol, port, trace)) {
            return false;
        }
        return !enforced || to.pod().isEmpty() || policies(to.pod().get(), from, "Ingress", protocol, port, now, trace);
    }

    /** Egress policies at {@code pod} towards {@code other}, or ingress policies at {@code pod} from {@code other}. */
    private boolean policies(Pod pod, Party other, String type, String protocol, int port, Snapshot now, List<String> trace) {
        List<NetworkPolicy> isolating = now.policies.stream().filter(p -> PolicySemantics.selects(p, pod))
                .filter(p -> PolicySemantics.hasType(p, type)).toList();
        String where = type.equals("Egress") ? "egress from pod " + name(pod) : "ingress to pod " + name(pod);
        if (isolating.isEmpty()) {
            trace.add("ALLOWED " + where + ": no NetworkPolicy of type " + type + " selects it");
            return true;
        }
        PolicySemantics.Peer peer = new PolicySemantics.Peer(other.pod(), other.pod().map(p -> now.namespaceLabels(
                p.getMetadata().getNamespace())).orElse(Map.of()), other.ip());
        Optional<Pod> destination = type.equals("Egress") ? other.pod() : Optional.of(pod);
        for (NetworkPolicy policy : isolating) {
            String namespace = policy.getMetadata().getNamespace();
            boolean admitted = type.equals("Egress")
                    ? policy.getSpec().getEgress() != null && policy.getSpec().getEgress().stream().anyMatch(rule ->
                            PolicySemantics.peersMatch(rule.getTo(), namespace, peer)
                                    && PolicySemantics.portsMatch(rule.getPorts(), protocol, port, destination))
                    : policy.getSpec().getIngress() != null && policy.getSpec().getIngress().stream().anyMatch(rule ->
                            PolicySemantics.peersMatch(rule.getFrom(), namespace, peer)
                                    && PolicySemantics.portsMatch(rule.getPorts(), protocol, port, destination));
            if (admitted) {
                trace.add("ALLOWED " + where + (type.equals("Egress") ? " to " : " from ") + other.label() + " on " + protocol
                        + " " + port + " by NetworkPolicy " + namespace + "/" + policy.getMetadata().getName());
                return true;
            }
        }
        trace.add("DENIED " + where + (type.equals("Egress") ? " to " : " from ") + other.label() + " on " + protocol + " "
                + port + ": it is isolated by " + isolating.stream().map(p -> p.getMetadata().getName()).toList()
                + " and no rule of theirs admits it");
        return false;
    }

    private boolean vcn(Party from, Party to, String protocol, int port, List<String> trace) {
        String number = switch (protocol) {
            case "UDP" -> "17";
            case "SCTP" -> "132";
            default -> "6";
        };
        Optional<Endpoint> src = from.vnic();
        Optional<Endpoint> dst = to.vnic();
        if (cluster.flannel() && from.pod().isPresent() && to.pod().isPresent() && from.overlay() && to.overlay()) {
            if (from.nodeName().equals(to.nodeName())) {
                trace.add("ALLOWED both pods run on node " + from.nodeName() + ": the packet never leaves it");
                return true;
            }
            FlowCheck.Verdict overlay = flows.check(from.nodeVnic().orElseThrow(), to.nodeVnic().orElseThrow(), "17",
                    FLANNEL_VXLAN_PORT);
            trace.add(overlay.step() + " (flannel carries the pods' packet as VXLAN between their nodes)");
            return overlay.allowed();
        }
        if (to.overlay() && from.pod().isEmpty() && from.nodeName().isEmpty()) {
            trace.add("DENIED " + to.label() + " has a flannel overlay address, which only the cluster's nodes route");
            return false;
        }
        if (to.overlay()) {
            dst = to.nodeVnic();
        }
        if (from.overlay()) {
            src = from.nodeVnic();
        }
        if (src.isPresent() && dst.isPresent() && src.get().cidr().equals(dst.get().cidr())) {
            trace.add("ALLOWED the packet stays on " + src.get().label());
            return true;
        }
        FlowCheck.Verdict verdict;
        if (src.isPresent() && dst.isPresent()) {
            verdict = flows.check(src.get(), dst.get(), number, port);
        } else if (src.isPresent()) {
            verdict = flows.egress(src.get(), Endpoint.clients(to.ip() + "/32"), number, port);
        } else if (dst.isPresent()) {
            verdict = flows.ingress(Endpoint.clients(from.ip() + "/32"), dst.get(), number, port);
        } else {
            trace.add("ALLOWED neither end is in the VCN");
            return true;
        }
        trace.add(verdict.step());
        return verdict.allowed();
    }

    private Optional<Party> party(Target target, Snapshot now, List<String> trace) {
        switch (target.kind()) {
            case POD: {
                Pod pod = now.pod(target.namespace(), target.name()).orElseThrow(() -> new IllegalArgumentException(
                        "the cluster has no pod " + target.namespace() + "/" + target.name()));
                if (pod.getStatus() == null || pod.getStatus().getPodIP() == null) {
                    trace.add("DENIED pod " + name(pod) + " has no address: it is "
                            + (pod.getStatus() == null ? "Pending" : pod.getStatus().getPhase()));
                    return Optional.empty();
                }
                return Optional.of(podParty(pod));
            }
            case NODE: {
                Node node = now.nodes.get(target.name());
                if (node == null) {
                    throw new IllegalArgumentException("the cluster has no node " + target.name());
                }
                return Optional.of(nodeParty(target.name()));
            }
            case CIDR: {
                Ipv4Cidr block = Ipv4Cidr.parse(target.name()).orElseThrow(() -> new IllegalArgumentException(
                        "\"" + target.name() + "\" is not an IPv4 CIDR block; write it like \"203.0.113.10/32\""));
                return Optional.of(new Party(target.name(), Ipv4Cidr.format(block.first()), Optional.empty(), Optional.empty(),
                        Optional.empty(), "", false));
            }
            default:
                throw new IllegalArgumentException("a Service is a destination, not a source: ask from one of its pods");
        }
    }

    private Party nodeParty(String nodeName) {
        var cloud = cluster.cloudNode(nodeName);
        Optional<Endpoint> vnic = cloud.flatMap(c -> c.privateIp().map(ip -> Endpoint.vnic("node " + nodeName, ip,
                c.subnetId(), c.nsgIds())));
        String ip = cloud.flatMap(CloudNodes.CloudNode::privateIp).orElse(nodeName);
        return new Party("node " + nodeName, ip, Optional.empty(), vnic, vnic, nodeName, false);
    }

    private String subnetOf(List<String> subnetIds, String ip) {
        for (String id : subnetIds) {
            String cidr = subnetCidrs.computeIfAbsent(id, s -> cluster.oci().virtualNetwork().getSubnet(
                    GetSubnetRequest.builder().subnetId(s).build()).getSubnet().getCidrBlock());
            if (NodeController.contains(cidr, ip)) {
                return id;
            }
        }
        return subnetIds.isEmpty() ? null : subnetIds.get(0);
    }

    private static String name(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    /**
     * One end of a flow.
     *
     * @param label for the trace
     * @param ip its address
     * @param pod the pod, when it is one
     * @param vnic its own VNIC in the VCN, if it has one
     * @param nodeVnic the VNIC of the node it runs on (itself for a node)
     * @param nodeName the node it runs on ("" for outside addresses)
     * @param overlay whether its address is a flannel overlay address
     */
    private record Party(String label, String ip, Optional<Pod> pod, Optional<Endpoint> vnic, Optional<Endpoint> nodeVnic,
            String nodeName, boolean overlay) {}

    private Party podParty(Pod pod) {
        String ip = pod.getStatus().getPodIP();
        String nodeName = pod.getSpec().getNodeName();
        Party node = nodeParty(nodeName);
        boolean hostNetwork = Boolean.TRUE.equals(pod.getSpec().getHostNetwork());
        if (hostNetwork) {
            return new Party("pod " + name(pod) + " (host network)", ip, Optional.of(pod), node.vnic(), node.vnic(), nodeName,
                    false);
        }
        if (cluster.flannel()) {
            return new Party("pod " + name(pod) + " (" + ip + ")", ip, Optional.of(pod), Optional.empty(), node.vnic(),
                    nodeName, true);
        }
        var cloud = cluster.cloudNode(nodeName);
        Optional<Endpoint> vnic = cloud.map(c -> Endpoint.vnic("pod " + name(pod) + " (" + ip + ")", ip,
                subnetOf(c.podSubnetIds(), ip), c.podNsgIds()));
        return new Party("pod " + name(pod) + " (" + ip + ")", ip, Optional.of(pod), vnic, node.vnic(), nodeName, false);
    }

    /** The objects a question is answered from, read once. */
    private final class Snapshot {
        final List<Pod> pods;
        final List<NetworkPolicy> policies;
        final Map<String, Service> services = new HashMap<>();
        final Map<String, Node> nodes = new HashMap<>();
        final Map<String, Map<String, String>> namespaces = new HashMap<>();

        Snapshot(KubernetesClient client) {
            pods = client.pods().inAnyNamespace().list().getItems();
            policies = client.network().v1().networkPolicies().inAnyNamespace().list().getItems();
            client.services().inAnyNamespace().list().getItems().forEach(s -> services.put(s.getMetadata().getNamespace()
                    + "/" + s.getMetadata().getName(), s));
            client.nodes().list().getItems().forEach(n -> nodes.put(n.getMetadata().getName(), n));
            for (Namespace ns : client.namespaces().list().getItems()) {
                namespaces.put(ns.getMetadata().getName(), ns.getMetadata().getLabels() == null ? Map.of()
                        : ns.getMetadata().getLabels());
            }
        }

        Optional<Pod> pod(String namespace, String name) {
            return pods.stream().filter(p -> p.getMetadata().getNamespace().equals(namespace)
                    && p.getMetadata().getName().equals(name)).findFirst();
        }

        Map<String, String> namespaceLabels(String namespace) {
            Map<String, String> labels = new HashMap<>(namespaces.getOrDefault(namespace, Map.of()));
            labels.put("kubernetes.io/metadata.name", namespace);
            return labels;
        }
    }
}
