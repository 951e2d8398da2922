package dev.okenet.testkit.kube.internal;

import dev.okenet.testkit.scheduling.PodStatus;
import dev.okenet.testkit.scheduling.SubnetUsage;
import dev.okenet.testkit.scheduling.internal.FlannelIpam;
import dev.okenet.testkit.scheduling.internal.PodAddressBook;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodIPBuilder;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
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
 * The scheduler and the CNI against the simulated API server, with the scheduling simulation's
 * address logic ({@link PodAddressBook}, {@link FlannelIpam}):
 *
 * <ul>
 *   <li>A pod without a node is bound to the least loaded Node with room (its {@code pods}
 *       allocatable: maxPodsPerNode, or 110 on flannel) that matches its nodeSelector and whose
 *       NoSchedule taints it tolerates; with none, it stays Pending, {@code PodScheduled=False}
 *       (Unschedulable) with a {@code FailedScheduling} Event.
 *   <li>A bound pod gets its address: the node's, with hostNetwork; VCN-native, a free secondary IP
 *       its node's pod VNICs pre-allocated in the pod subnet (OCI-FACTS.md, Addresses; FakeOci lists
 *       them); flannel, a free address of the node's /25. With none left it stays Pending with a
 *       {@code FailedToCreatePrivateIP} Event (flannel: {@code FailedCreatePodSandBox}) that names
 *       the pod subnet's use and the fix.
 *   <li>A pod with an address is Running and Ready (containers are not simulated).
 * </ul>
 * Addresses in use are read back from the pods in the API, so a deleted pod frees its address.
 */
public final class PodController {
    static final String SCHEDULER = "default-scheduler";
    static final String KUBELET = "kubelet";

    private final KubernetesClient client;
    private final ClusterState cluster;
    private final EventRecorder events;
    private final Map<String, String> lastReason = new HashMap<>();

    public PodController(KubernetesClient client, ClusterState cluster, EventRecorder events) {
        this.client = client;
        this.cluster = cluster;
        this.events = events;
    }

    /** One pass over every pod. */
    public void reconcile(List<Pod> pods, List<Node> nodes) {
        Map<String, Node> byName = new LinkedHashMap<>();
        nodes.forEach(n -> byName.put(n.getMetadata().getName(), n));
        PodAddressBook book = cluster.flannel() ? new PodAddressBook() : PodAddressBook.read(cluster.oci().virtualNetwork(),
                byName.keySet().stream().flatMap(n -> cluster.cloudNode(n).stream())
                        .flatMap(c -> c.podSubnetIds().stream()).distinct().toList());
        Map<String, Integer> bound = new HashMap<>();
        Map<String, Set<String>> used = new HashMap<>();
        List<Pod> ordered = new ArrayList<>(pods);
        ordered.sort(Comparator.comparing((Pod p) -> String.valueOf(p.getMetadata().getCreationTimestamp()))
                .thenComparing(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()));
        for (Pod pod : ordered) {
            String node = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
            if (node != null && isLive(pod)) {
                bound.merge(node, 1, Integer::sum);
                if (pod.getStatus() != null && pod.getStatus().getPodIP() != null) {
                    used.computeIfAbsent(node, k -> new HashSet<>()).add(pod.getStatus().getPodIP());
                }
            }
        }
        Map<String, List<String>> podAddresses = new HashMap<>();
        for (Pod pod : ordered) {
            if (!isLive(pod) || (pod.getStatus() != null && pod.getStatus().getPodIP() != null)) {
                continue;
            }
            String key = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
            String nodeName = pod.getSpec().getNodeName();
            if (nodeName == null) {
                Optional<Node> target = choose(pod, byName, bound);
                if (target.isEmpty()) {
                    unschedulable(key, pod, byName, bound);
                    continue;
                }
                nodeName = target.get().getMetadata().getName();
                String chosen = nodeName;
                client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                        .edit(p -> new PodBuilder(p).editSpec().withNodeName(chosen).endSpec().build());
                bound.merge(nodeName, 1, Integer::sum);
                events.normal(pod, SCHEDULER, "Scheduled", "Successfully assigned " + key + " to " + nodeName);
            }
            Node node = byName.get(nodeName);
            if (node == null) {
                continue; // bound to a node that is gone: the pod waits, as it would for its eviction
            }
            String address = address(pod, node, used, podAddresses, book);
            if (address == null) {
                noAddress(key, pod, node, book);
                continue;
            }
            used.computeIfAbsent(nodeName, k -> new HashSet<>()).add(address);
            running(pod, nodeName, address);
            lastReason.remove(key);
        }
    }

    private static boolean isLive(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return pod.getMetadata().getDeletionTimestamp() == null && !"Succeeded".equals(phase) && !"Failed".equals(phase);
    }

    private Optional<Node> choose(Pod pod, Map<String, Node> nodes, Map<String, Integer> bound) {
        Map<String, String> selector = pod.getSpec().getNodeSelector() == null ? Map.of() : pod.getSpec().getNodeSelector();
        return nodes.values().stream()
                .filter(n -> n.getMetadata().getLabels() != null && n.getMetadata().getLabels().entrySet()
                        .containsAll(selector.entrySet()))
                .filter(n -> tolerated(pod, n))
                .filter(n -> bound.getOrDefault(n.getMetadata().getName(), 0) < maxPods(n))
                .min(Comparator.comparingInt(n -> bound.getOrDefault(n.getMetadata().getName(), 0)));
    }

    private static boolean tolerated(Pod pod, Node node) {
        List<Taint> taints = node.getSpec() == null || node.getSpec().getTaints() == null ? List.of() : node.getSpec().getTaints();
        List<Toleration> tolerations = pod.getSpec().getTolerations() == null ? List.of() : pod.getSpec().getTolerations();
        return taints.stream().filter(t -> "NoSchedule".equals(t.getEffect()) || "NoExecute".equals(t.getEffect()))
                .allMatch(t -> tolerations.stream().anyMatch(tol -> ("Exists".equals(tol.getOperator()) && tol.getKey() == null)
                        || t.getKey().equals(tol.getKey())));
    }

    static int maxPods(Node node) {
        var pods = node.getStatus() == null || node.getStatus().getAllocatable() == null ? null
                : node.getStatus().getAllocatable().get("pods");
        return pods == null ? 110 : Integer.parseInt(pods.getAmount());
    }

    private String address(Pod pod, Node node, Map<String, Set<String>> used, Map<String, List<String>> podAddresses,
            PodAddressBook book) {
        String nodeName = node.getMetadata().getName();
        if (Boolean.TRUE.equals(pod.getSpec().getHostNetwork())) {
            return cluster.cloudNode(nodeName).flatMap(CloudNodes.CloudNode::privateIp).orElse(null);
        }
        List<String> addresses = podAddresses.computeIfAbsent(nodeName, n -> {
            var cloud = cluster.cloudNode(n);
            if (cloud.isEmpty()) {
                return List.of();
            }
            if (cluster.flannel()) {
                Optional<FlannelIpam> ipam = cluster.ipam();
                return ipam.isEmpty() ? List.<String>of() : ipam.get().blockOf(cloud.get().id())
                        .map(FlannelIpam::podAddresses).orElse(List.of());
            }
            return book.podAddressesOf(cloud.get().ociName());
        });
        Set<String> taken = used.getOrDefault(nodeName, Set.of());
        return addresses.stream().filter(a -> !taken.contains(a)).findFirst().orElse(null);
    }

    private void running(Pod pod, String nodeName, String address) {
        String now = Instant.now().toString();
        List<PodCondition> conditions = List.of(condition("PodScheduled", "True", null, null),
                condition("Initialized", "True", null, null), condition("ContainersReady", "True", null, null),
                condition("Ready", "True", null, null));
        client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                .editStatus(p -> new PodBuilder(p).editOrNewStatus().withPhase("Running")
                        .withHostIP(cluster.cloudNode(nodeName).flatMap(CloudNodes.CloudNode::privateIp).orElse(nodeName))
                        .withPodIP(address).withPodIPs(new PodIPBuilder().withIp(address).build()).withStartTime(now)
                        .withConditions(conditions).withReason(null).withMessage(null).endStatus().build());
    }

    private void unschedulable(String key, Pod pod, Map<String, Node> nodes, Map<String, Integer> bound) {
        long full = nodes.values().stream().filter(n -> bound.getOrDefault(n.getMetadata().getName(), 0) >= maxPods(n)).count();
        String message = "0/" + nodes.size() + " nodes are available" + (nodes.isEmpty() ? ": no node has joined the cluster"
                : ": " + full + " Too many pods, " + (nodes.size() - full) + " node(s) didn't match the pod's node"
                + " selector or tolerate its taints") + ". Add nodes (scale a node pool) or raise maxPodsPerNode.";
        pending(key, pod, condition("PodScheduled", "False", "Unschedulable", message), SCHEDULER, PodStatus.FAILED_SCHEDULING,
                message);
    }

    private void noAddress(String key, Pod pod, Node node, PodAddressBook book) {
        String nodeName = node.getMetadata().getName();
        var cloud = cluster.cloudNode(nodeName);
        String message;
        String reason;
        if (cluster.flannel()) {
            reason = "FailedCreatePodSandBox";
            message = "Failed to create pod sandbox: node " + nodeName + " has no free address in its pod CIDR "
                    + (node.getSpec() == null || node.getSpec().getPodCIDR() == null ? "(it has none: the pods CIDR "
                    + cluster.podsCidr() + " is used up)" : node.getSpec().getPodCIDR()) + ".";
        } else {
            reason = PodStatus.FAILED_TO_CREATE_PRIVATE_IP;
            int maxPods = cloud.map(CloudNodes.CloudNode::maxPods).orElse(maxPods(node));
            int vnics = (maxPods + 30) / 31;
            List<String> podSubnets = cloud.map(CloudNodes.CloudNode::podSubnetIds).orElse(List.of());
            String use = book.usage().stream().filter(u -> podSubnets.contains(u.subnetId())).map(PodController::describe)
                    .reduce((a, b) -> a + ", " + b).orElse("none");
            message = "Failed to create pod sandbox: the OCI VCN-native CNI could not assign a private IP to the pod on node "
                    + nodeName + ": FailedToCreatePrivateIP: the node's pod VNICs hold no free address and pod subnet " + use
                    + " cannot give it " + (maxPods + vnics) + " (maxPodsPerNode " + maxPods + " + " + vnics + " VNICs)."
                    + " Use a larger pod subnet or lower maxPodsPerNode.";
        }
        pending(key, pod, condition("Ready", "False", "ContainersNotReady", message), KUBELET, reason, message);
    }

    private static String describe(SubnetUsage u) {
        return u.cidr() + " (" + u.allocated() + " of " + u.usable() + " usable addresses allocated, " + u.free() + " free)";
    }

    private void pending(String key, Pod pod, PodCondition condition, String component, String reason, String message) {
        if ((reason + message).equals(lastReason.get(key))) {
            return;
        }
        lastReason.put(key, reason + message);
        events.warning(pod, component, reason, message);
        client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                .editStatus(p -> new PodBuilder(p).editOrNewStatus().withPhase("Pending").withConditions(condition).endStatus()
                        .build());
    }

    private static PodCondition condition(String type, String status, String reason, String message) {
        return new PodConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message).build();
    }
}
