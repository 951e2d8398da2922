package dev.okenet.testkit.scheduling;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.UpdateNodePoolDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.requests.UpdateNodePoolRequest;
import com.oracle.bmc.core.VirtualNetwork;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.scheduling.internal.ClusterView;
import dev.okenet.testkit.scheduling.internal.FlannelIpam;
import dev.okenet.testkit.scheduling.internal.NodeView;
import dev.okenet.testkit.scheduling.internal.PodAddressBook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Schedules pods on a cluster in FakeOci (or any ContainerEngine and VirtualNetwork) the way the
 * Kubernetes scheduler and OKE's CNIs would, against the nodes and addresses the cloud really has.
 *
 * <ul>
 *   <li>Nodes: those ACTIVE with a primary address; on VCN-native clusters also those whose pod
 *       VNICs found the pod subnet full (they join, but hold no pod address).
 *   <li>Each node takes at most max-pods pods (maxPodsPerNode, or 110 on flannel); the scheduler
 *       puts each pod on the least loaded node with room, else the pod stays Pending with
 *       {@code FailedScheduling}.
 *   <li>VCN-native: a bound pod takes a free secondary IP of its node's pod VNICs, which OCI
 *       pre-allocated in the pod subnet when the node joined; with none left it stays Pending with
 *       {@code FailedToCreatePrivateIP}.
 *   <li>Flannel: each node gets the next /25 of the pods CIDR; nodes beyond 2^(25 − prefix) get
 *       none ({@code CIDRNotAvailable}) and take no pods.
 * </ul>
 * Every {@link #schedule} retries the pods still waiting for a node. Not thread-safe.
 *
 * <pre>{@code
 * PodScheduling cluster = PodScheduling.builder(fakeOci).cluster(compartmentId, clusterId).build();
 * cluster.scaleNodePool(generalPoolId, 5);
 * SchedulingResult r = cluster.schedule("web", 300);
 * r.pendingWith(PodStatus.FAILED_TO_CREATE_PRIVATE_IP);
 * }</pre>
 */
public final class PodScheduling {
    private static final int MAX_CLOCK_STEPS = 10_000;

    private final VirtualNetwork network;
    private final ContainerEngine engine;
    private final VirtualClock clock;
    private final String compartmentId;
    private final String clusterId;
    private final List<Pod> pods = new ArrayList<>();
    private FlannelIpam ipam;

    /** One pod's state across passes. */
    private static final class Pod {
        final String name;
        String nodeId;
        String nodeName;
        String ip;
        String reason;
        String message;

        Pod(String name) {
            this.name = name;
        }

        PodStatus status() {
            return ip != null ? PodStatus.running(name, nodeName, ip)
                    : PodStatus.pending(name, Optional.ofNullable(nodeName), reason, message);
        }
    }

    private PodScheduling(Builder b) {
        this.network = b.network;
        this.engine = b.engine;
        this.clock = b.clock;
        this.compartmentId = b.compartmentId;
        this.clusterId = b.clusterId;
    }

    /** A simulation over FakeOci; scaling lets its virtual clock run until the nodes are up. */
    public static Builder builder(FakeOci oci) {
        notNull(oci, "PodScheduling.builder(oci)", "Give the FakeOci the cluster lives in, e.g. FakeOci.create().");
        return new Builder(oci.virtualNetwork(), oci.containerEngine(), oci.clock());
    }

    /** A simulation over any ContainerEngine and VirtualNetwork; scaling does not move any clock. */
    public static Builder builder(VirtualNetwork network, ContainerEngine engine) {
        notNull(network, "PodScheduling.builder(network, engine): network", "Give the Virtual Network service, e.g. fake.virtualNetwork().");
        notNull(engine, "PodScheduling.builder(network, engine): engine", "Give the Container Engine service, e.g. fake.containerEngine().");
        return new Builder(network, engine, null);
    }

    /**
     * Sets a node pool's size through UpdateNodePool and, over FakeOci, lets virtual time pass until
     * every new node is up or has failed.
     */
    public PodScheduling scaleNodePool(String nodePoolId, int size) {
        notNull(nodePoolId, "PodScheduling.scaleNodePool(nodePoolId, size): nodePoolId", "Give the node pool's OCID.");
        if (size < 0) {
            throw new IllegalArgumentException("node pool size must be 0 or more, was " + size);
        }
        engine.updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(nodePoolId)
                .updateNodePoolDetails(UpdateNodePoolDetails.builder()
                        .nodeConfigDetails(UpdateNodePoolNodeConfigDetails.builder().size(size).build()).build())
                .build());
        settle();
        return this;
    }

    /** Creates {@code count} pods named {@code prefix-0, prefix-1, ...} and runs a scheduling pass. */
    public SchedulingResult schedule(String prefix, int count) {
        notNull(prefix, "PodScheduling.schedule(prefix, count): prefix", "Give the pods' name prefix, e.g. \"web\".");
        if (count < 0) {
            throw new IllegalArgumentException("pod count must be 0 or more, was " + count);
        }
        int start = (int) pods.stream().filter(p -> p.name.startsWith(prefix + "-")).count();
        for (int i = 0; i < count; i++) {
            pods.add(new Pod(prefix + "-" + (start + i)));
        }
        return pass();
    }

    /** A scheduling pass with no new pod: what the cluster looks like now. */
    public SchedulingResult snapshot() {
        return pass();
    }

    private void settle() {
        if (clock == null || clock.mode() == VirtualClock.Mode.INSTANT) {
            return;
        }
        for (int i = 0; i < MAX_CLOCK_STEPS && anyNodeComing(); i++) {
            if (!clock.advanceToNextEvent()) {
                return;
            }
        }
    }

    private boolean anyNodeComing() {
        return ClusterView.read(engine, compartmentId, clusterId).nodes().stream()
                .anyMatch(n -> "CREATING".equals(n.state()) || "DELETING".equals(n.state()));
    }

    private SchedulingResult pass() {
        ClusterView cluster = ClusterView.read(engine, compartmentId, clusterId);
        List<String> podSubnets = cluster.nodes().stream().flatMap(n -> n.podSubnetIds().stream()).distinct().toList();
        PodAddressBook addresses = cluster.flannel() ? new PodAddressBook() : PodAddressBook.read(network, podSubnets);
        Map<String, NodeView> schedulable = new LinkedHashMap<>();
        Map<String, List<String>> podIps = new HashMap<>();
        Map<String, String> conditions = new LinkedHashMap<>();
        if (cluster.flannel()) {
            flannelNodes(cluster, schedulable, podIps, conditions);
        } else {
            for (NodeView node : cluster.nodes()) {
                if (node.isActive() || node.lacksPodAddresses()) {
                    schedulable.put(node.id(), node);
                    podIps.put(node.id(), addresses.podAddressesOf(node.name()));
                    conditions.put(node.id(), node.isActive() ? "Ready" : "Ready, but its pod VNICs hold no address: "
                            + node.error().orElse(""));
                } else {
                    conditions.put(node.id(), "Not joined (" + node.state() + ")" + node.error().map(e -> ": " + e).orElse(""));
                }
            }
        }
        Map<String, Integer> bound = new HashMap<>();
        Map<String, Set<String>> usedIps = new HashMap<>();
        for (Pod pod : pods) {
            if (pod.nodeId != null && !schedulable.containsKey(pod.nodeId)) {
                pod.nodeId = null; // its node went away: the controller's replacement waits for a node again
                pod.nodeName = null;
                pod.ip = null;
            }
            if (pod.nodeId != null) {
                bound.merge(pod.nodeId, 1, Integer::sum);
                if (pod.ip != null) {
                    usedIps.computeIfAbsent(pod.nodeId, k -> new HashSet<>()).add(pod.ip);
                }
            }
        }
        for (Pod pod : pods) {
            if (pod.nodeId == null) {
                bind(pod, schedulable, bound, cluster.nodes().size());
            }
            if (pod.nodeId != null && pod.ip == null) {
                assignAddress(pod, schedulable.get(pod.nodeId), podIps, usedIps, addresses, cluster.flannel());
            }
        }
        List<NodeStatus> nodes = new ArrayList<>();
        for (NodeView node : cluster.nodes()) {
            boolean canSchedule = schedulable.containsKey(node.id());
            Optional<String> podCidr = ipam == null ? Optional.empty() : ipam.blockOf(node.id()).map(Object::toString);
            nodes.add(new NodeStatus(node.name(), node.nodePool(), canSchedule, node.maxPods(),
                    podIps.getOrDefault(node.id(), List.of()).size(), podCidr, bound.getOrDefault(node.id(), 0),
                    conditions.getOrDefault(node.id(), "")));
        }
        return new SchedulingResult(pods.stream().map(Pod::status).toList(), nodes, addresses.usage());
    }

    private void flannelNodes(ClusterView cluster, Map<String, NodeView> schedulable, Map<String, List<String>> podIps,
            Map<String, String> conditions) {
        if (ipam == null) {
            ipam = new FlannelIpam(cluster.podsCidr().orElseThrow(() -> new IllegalStateException("flannel cluster "
                    + clusterId + " has no pods CIDR in options.kubernetesNetworkConfig")));
        }
        List<String> present = cluster.nodes().stream().filter(n -> !"DELETED".equals(n.state())).map(NodeView::id).toList();
        List<String> joined = cluster.nodes().stream().filter(NodeView::isActive).map(NodeView::id).toList();
        ipam.sync(present, joined);
        for (NodeView node : cluster.nodes()) {
            if (!node.isActive()) {
                conditions.put(node.id(), "Not joined (" + node.state() + ")" + node.error().map(e -> ": " + e).orElse(""));
                continue;
            }
            var block = ipam.blockOf(node.id());
            if (block.isEmpty()) {
                conditions.put(node.id(), "CIDRNotAvailable: pods CIDR " + ipam.podsCidr() + " has no /25 left; it serves "
                        + ipam.capacity() + " nodes, so the node keeps the taint node.kubernetes.io/network-unavailable");
                continue;
            }
            schedulable.put(node.id(), node);
            podIps.put(node.id(), FlannelIpam.podAddresses(block.get()));
            conditions.put(node.id(), "Ready");
        }
    }

    private void bind(Pod pod, Map<String, NodeView> schedulable, Map<String, Integer> bound, int allNodes) {
        Optional<NodeView> target = schedulable.values().stream()
                .filter(n -> bound.getOrDefault(n.id(), 0) < n.maxPods())
                .min(Comparator.comparingInt(n -> bound.getOrDefault(n.id(), 0)));
        if (target.isEmpty()) {
            int unschedulable = allNodes - schedulable.size();
            pod.reason = PodStatus.FAILED_SCHEDULING;
            pod.message = "0/" + allNodes + " nodes are available: " + schedulable.size() + " Too many pods"
                    + (unschedulable > 0 ? ", " + unschedulable + " node(s) not ready or without a pod network" : "")
                    + ". Add nodes (scale a node pool) or raise maxPodsPerNode.";
            return;
        }
        NodeView node = target.get();
        pod.nodeId = node.id();
        pod.nodeName = node.name();
        bound.merge(node.id(), 1, Integer::sum);
    }

    private void assignAddress(Pod pod, NodeView node, Map<String, List<String>> podIps, Map<String, Set<String>> usedIps,
            PodAddressBook addresses, boolean flannel) {
        Set<String> used = usedIps.computeIfAbsent(node.id(), k -> new HashSet<>());
        Optional<String> free = podIps.getOrDefault(node.id(), List.of()).stream().filter(ip -> !used.contains(ip)).findFirst();
        if (free.isPresent()) {
            pod.ip = free.get();
            pod.reason = null;
            pod.message = null;
            used.add(pod.ip);
            return;
        }
        pod.reason = PodStatus.FAILED_TO_CREATE_PRIVATE_IP;
        String subnets = addresses.usage().stream().filter(u -> node.podSubnetIds().contains(u.subnetId()))
                .map(u -> u.cidr() + " (" + u.allocated() + " of " + u.usable() + " usable addresses allocated, " + u.free()
                        + " free)").reduce((a, b) -> a + ", " + b).orElse("none");
        pod.message = flannel ? "Failed to create pod sandbox: node " + node.name() + " has no free address in its pod CIDR."
                : "Failed to create pod sandbox: the OCI VCN-native CNI could not assign a private IP to the pod on node "
                + node.name() + ": FailedToCreatePrivateIP: the node's pod VNICs hold no free address and pod subnet "
                + subnets + " cannot give it " + (node.maxPods() + (node.maxPods() + 30) / 31) + " (maxPodsPerNode "
                + node.maxPods() + " + " + (node.maxPods() + 30) / 31 + " VNICs). Use a larger pod subnet or lower"
                + " maxPodsPerNode.";
    }

    /**
     * Options for a {@link PodScheduling}.
     *
     * <pre>{@code
     * PodScheduling s = PodScheduling.builder(fakeOci).cluster(compartmentId, clusterId).build();
     * }</pre>
     */
    public static final class Builder {
        private final VirtualNetwork network;
        private final ContainerEngine engine;
        private final VirtualClock clock;
        private String compartmentId;
        private String clusterId;

        private Builder(VirtualNetwork network, ContainerEngine engine, VirtualClock clock) {
            this.network = network;
            this.engine = engine;
            this.clock = clock;
        }

        /** The cluster to schedule on. Required. */
        public Builder cluster(String compartmentId, String clusterId) {
            this.compartmentId = notNull(compartmentId, "PodScheduling.Builder.cluster(compartmentId, clusterId): compartmentId",
                    "Give the compartment's OCID.");
            this.clusterId = notNull(clusterId, "PodScheduling.Builder.cluster(compartmentId, clusterId): clusterId",
                    "Give the OKE cluster's OCID.");
            return this;
        }

        public PodScheduling build() {
            if (compartmentId == null || clusterId == null) {
                throw new IllegalStateException("PodScheduling needs the cluster: call cluster(compartmentId, clusterId)"
                        + " before build().");
            }
            return new PodScheduling(this);
        }
    }
}
