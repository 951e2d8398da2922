package dev.okenet.doctor.internal;

import com.oracle.bmc.containerengine.model.NodePool;
import dev.okenet.vcn.Cidr;
import dev.okenet.check.DemandShare;
import dev.okenet.check.Limits;
import dev.okenet.check.Severity;
import dev.okenet.check.SubnetCapacity;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.doctor.DoctorFinding;
import dev.okenet.vcn.SubnetRole;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pods Pending for want of pod IPs.
 *
 * <ul>
 *   <li>{@code OKE-DOCTOR-001}: pods with a {@code FailedToCreatePrivateIP} Event (the VCN-native
 *       CNI could not give the pod an address), grouped by their node pools' pod subnet: the subnet's
 *       use (ListPrivateIps against its usable addresses), what the pools' nodes pre-allocate, and the
 *       prefix that holds them.
 *   <li>{@code OKE-DOCTOR-002}: pods the scheduler left Pending with {@code FailedScheduling}
 *       "Too many pods" (every node at its allocatable pods, which on VCN-native is
 *       maxPodsPerNode): how many nodes more the pod subnet can take.
 * </ul>
 * The Event reason {@code FailedToCreatePrivateIP} is the one OCI-FACTS.md and issue 19 give; it is
 * unverified against Oracle's source (the VCN-native pod networking CNI is not public, and Oracle's
 * pages found name no reason), so the simulated cluster writes the same reason and a mismatch with a
 * live cluster would show as pods this check misses.
 * The per-node demand (maxPodsPerNode + one address per pod VNIC) and the prefix that fits are the
 * api's own arithmetic ({@code NodePool.podSubnetAddressesPerNode}, {@link SubnetCapacity}), so the
 * doctor and {@code OkeNetwork.capacity()} always agree.
 *
 * <pre>{@code
 * List<DoctorFinding> found = new PodAddressCheck(kube, cloud).run();
 * }</pre>
 */
final class PodAddressCheck {
  /** The VCN-native CNI's reason (and the word its messages carry). */
  static final String NO_PRIVATE_IP = "FailedToCreatePrivateIP";
  /** The scheduler's reason ({@code k8s.io/kubernetes/pkg/scheduler}) and the fit filter's words for a full node. */
  static final String FAILED_SCHEDULING = "FailedScheduling";
  static final String TOO_MANY_PODS = "Too many pods";
  /** OKE's maxPodsPerNode when a pool does not say (Oracle, "Using the OCI VCN-Native Pod Networking CNI plugin"). */
  static final int DEFAULT_MAX_PODS = 31;
  private static final int EXAMPLES = 3;

  private final KubeSnapshot kube;
  private final CloudSnapshot cloud;

  PodAddressCheck(KubeSnapshot kube, CloudSnapshot cloud) {
    this.kube = kube;
    this.cloud = cloud;
  }

  List<DoctorFinding> run() {
    Map<List<String>, List<Pod>> noAddress = new LinkedHashMap<>();
    Map<Pod, Event> why = new LinkedHashMap<>();
    List<Pod> unschedulable = new ArrayList<>();
    for (Pod pod : kube.pods()) {
      if (!isPending(pod)) {
        continue;
      }
      Optional<Event> ip = kube.eventsOf(pod).stream().filter(e -> NO_PRIVATE_IP.equals(e.getReason())
          || (e.getMessage() != null && e.getMessage().contains(NO_PRIVATE_IP))).reduce((a, b) -> b);
      if (ip.isPresent()) {
        List<String> subnets = node(pod).flatMap(cloud::nodeOf).map(n -> CloudSnapshot.podSubnetIds(n.pool())).orElse(List.of());
        noAddress.computeIfAbsent(subnets, k -> new ArrayList<>()).add(pod);
        why.put(pod, ip.get());
        continue;
      }
      Optional<Event> full = kube.latest(pod, FAILED_SCHEDULING).filter(e -> e.getMessage() != null
          && e.getMessage().contains(TOO_MANY_PODS));
      if (full.isPresent()) {
        unschedulable.add(pod);
        why.put(pod, full.get());
      }
    }
    List<DoctorFinding> out = new ArrayList<>();
    noAddress.forEach((subnets, pods) -> out.add(exhausted(subnets, pods, why)));
    if (!unschedulable.isEmpty()) {
      out.add(nodesFull(unschedulable, why));
    }
    return out;
  }

  private static boolean isPending(Pod pod) {
    return pod.getMetadata().getDeletionTimestamp() == null && pod.getStatus() != null && "Pending".equals(pod.getStatus().getPhase());
  }

  private Optional<Node> node(Pod pod) {
    String name = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
    return kube.nodes().stream().filter(n -> n.getMetadata().getName().equals(name)).findFirst();
  }

  /** OKE-DOCTOR-001 for the pods on pools whose pod subnets are {@code subnetIds}. */
  private DoctorFinding exhausted(List<String> subnetIds, List<Pod> pods, Map<Pod, Event> why) {
    List<String> evidence = new ArrayList<>();
    examples(pods, why, evidence);
    Set<String> poolNames = new LinkedHashSet<>();
    pods.forEach(p -> node(p).flatMap(cloud::nodeOf).ifPresent(n -> poolNames.add(n.pool().getName())));
    if (subnetIds.isEmpty()) {
      return new DoctorFinding(DoctorIds.POD_IPS_EXHAUSTED, Severity.ERROR, "pods " + Quote.ref(pods.get(0)) + (pods.size() > 1
          ? " and " + (pods.size() - 1) + " more" : ""), pods.size() + " pod" + plural(pods.size()) + " Pending without a pod IP "
          + "(FailedToCreatePrivateIP), on nodes the doctor could not match to a VCN-native node pool of the cluster.", evidence,
          "Check the nodes' spec.providerID against the cluster's node pools (oci ce node-pool list), and the pools' pod subnets.");
    }
    List<NodePool> sharing = cloud.nodePools().stream()
        .filter(p -> CloudSnapshot.podSubnetIds(p).stream().anyMatch(subnetIds::contains)).toList();
    List<DemandShare> shares = new ArrayList<>();
    for (NodePool p : sharing) {
      int nodes = CloudSnapshot.liveNodes(p).size();
      int maxPods = maxPods(p);
      dev.okenet.cluster.NodePool model = perNode(maxPods);
      PodNetworking vcnNative = PodNetworking.vcnNative();
      shares.add(new DemandShare(p.getName(), nodes, nodes, 0, model.podSubnetAddressesPerNode(vcnNative),
          maxPods + " pods + " + model.podVnicsPerNode(vcnNative) + " VNIC" + plural(model.podVnicsPerNode(vcnNative)), "nodes"));
      evidence.add("node pool " + p.getName() + ": " + nodes + " node" + plural(nodes) + ", maxPodsPerNode " + maxPods
          + (CloudSnapshot.maxPodsPerNode(p).isEmpty() ? " (OKE's default: the pool does not say)" : "") + ", pod subnet"
          + plural(CloudSnapshot.podSubnetIds(p).size()) + " " + String.join(", ", CloudSnapshot.podSubnetIds(p).stream()
              .map(cloud::describeSubnet).toList()));
      CloudSnapshot.liveNodes(p).stream().filter(n -> n.getLifecycleState()
          == com.oracle.bmc.containerengine.model.Node.LifecycleState.Failing).forEach(n -> evidence.add("OCI node " + n.getName()
              + " of pool " + p.getName() + " is FAILING" + (n.getNodeError() == null ? "" : ": \"" + Quote.text(
                  n.getNodeError().getMessage()) + "\"")));
    }
    long usable = 0;
    long inUse = 0;
    boolean counted = true;
    for (String id : subnetIds) {
      usable += cloud.usable(id).orElse(0L);
      Optional<Integer> used = cloud.privateIpsInUse(id);
      counted &= used.isPresent();
      inUse += used.orElse(0);
      evidence.add("ListPrivateIps: subnet " + cloud.describeSubnet(id) + " holds " + used.map(String::valueOf).orElse("?")
          + " private IPs of " + cloud.usable(id).map(String::valueOf).orElse("?") + " usable");
    }
    String first = subnetIds.get(0);
    Optional<Cidr> cidr = cloud.subnet(first).map(s -> Cidr.of(s.getCidrBlock()));
    SubnetCapacity row = SubnetCapacity.observed("pods", SubnetRole.PODS, cidr, usable, Limits.defaults().headroomPercent(), shares);
    long demand = row.atMax();
    String subject = "pod subnet " + String.join(", ", subnetIds.stream().map(id -> cloud.subnet(id)
        .map(s -> s.getDisplayName()).orElse(id)).toList());
    String where = String.join(", ", subnetIds.stream().map(cloud::describeSubnet).toList());
    String message = pods.size() + " pod" + plural(pods.size()) + " " + (pods.size() == 1 ? "is" : "are") + " Pending without a pod "
        + "IP (FailedToCreatePrivateIP) on node pool" + plural(poolNames.size()) + " " + String.join(", ", poolNames) + ": pod subnet "
        + where + " has " + (counted ? inUse : "?") + " of " + usable + " usable addresses in use, and the node pools using it "
        + "pre-allocate " + demand + " (" + String.join(", ", shares.stream().filter(sh -> sh.atMax() > 0).map(DemandShare::describe)
        .toList()) + ")"
        + (row.fits() ? "; the nodes that came last got no pod IPs." : ", more than it holds.");
    return new DoctorFinding(DoctorIds.POD_IPS_EXHAUSTED, Severity.ERROR, subject, message, evidence, fix(row));
  }

  private static String fix(SubnetCapacity row) {
    StringBuilder fix = new StringBuilder("Give the node pools a pod subnet that holds " + row.peak() + " addresses: a /"
        + row.smallestFittingPrefix() + " at least, a /" + row.recommendedPrefix() + " with " + row.headroomPercent()
        + "% headroom. In the DSL: .pods(Subnet.privateSubnet(" + row.recommendedPrefix() + ")), then apply; on "
        + "the live cluster, add such a subnet to the pools' pod subnets (oci ce node-pool update, "
        + "nodeConfigDetails.nodePoolPodNetworkOptionDetails.podSubnetIds) and cycle their nodes.");
    List<DemandShare> growing = row.shares().stream().filter(sh -> sh.atMax() > 0).toList();
    if (growing.size() == 1) {
      DemandShare share = growing.get(0);
      long fit = share.perUnit() == 0 ? 0 : row.usable() / share.perUnit();
      fix.append(" Or scale node pool ").append(share.name()).append(" to ").append(fit).append(" node").append(plural(fit))
          .append(" (what the subnet holds at ").append(share.perUnit()).append(" addresses a node), or lower maxPodsPerNode.");
    }
    return fix.toString();
  }

  /** OKE-DOCTOR-002 for pods no node has room for. */
  private DoctorFinding nodesFull(List<Pod> pods, Map<Pod, Event> why) {
    List<String> evidence = new ArrayList<>();
    examples(pods, why, evidence);
    Map<String, Integer> bound = new LinkedHashMap<>();
    kube.pods().stream().filter(p -> p.getSpec() != null && p.getSpec().getNodeName() != null && isLive(p))
        .forEach(p -> bound.merge(p.getSpec().getNodeName(), 1, Integer::sum));
    int maxAllocatable = 0;
    for (Node n : kube.nodes()) {
      int pods1 = allocatablePods(n);
      maxAllocatable = Math.max(maxAllocatable, pods1);
      evidence.add("node " + n.getMetadata().getName() + cloud.nodeOf(n).map(p -> " (pool " + p.pool().getName() + ")").orElse("")
          + ": " + bound.getOrDefault(n.getMetadata().getName(), 0) + " pods of " + pods1 + " allocatable");
    }
    record Room(NodePool pool, long nodes) {}
    List<Room> rooms = new ArrayList<>();
    for (NodePool p : cloud.nodePools()) {
      List<String> subnets = CloudSnapshot.podSubnetIds(p);
      if (subnets.isEmpty()) {
        continue;
      }
      int perNode = perNode(maxPods(p)).podSubnetAddressesPerNode(PodNetworking.vcnNative());
      long free = 0;
      for (String id : subnets) {
        free += cloud.usable(id).orElse(0L) - cloud.privateIpsInUse(id).orElse(0);
      }
      long room = Math.max(0, free / perNode);
      rooms.add(new Room(p, room));
      evidence.add("node pool " + p.getName() + ": " + CloudSnapshot.liveNodes(p).size() + " nodes; its pod subnet has " + free
          + " free addresses, room for " + room + " more node" + plural(room) + " at " + perNode + " addresses each");
    }
    // The pool to grow: one that runs nodes already (its pods' placement is known to work), with the most room.
    Room best = rooms.stream().filter(r -> r.nodes() > 0).max(java.util.Comparator
        .comparing((Room r) -> !CloudSnapshot.liveNodes(r.pool()).isEmpty()).thenComparingLong(Room::nodes)).orElse(null);
    int per = Math.max(1, maxAllocatable);
    long nodesNeeded = (pods.size() + per - 1) / per;
    String message = pods.size() + " pod" + plural(pods.size()) + " " + (pods.size() == 1 ? "is" : "are") + " unschedulable: all "
        + kube.nodes().size() + " node" + plural(kube.nodes().size()) + " hold as many pods as they may (FailedScheduling: "
        + TOO_MANY_PODS + "); on VCN-native pod networking that is each node's maxPodsPerNode, the pod IPs it pre-allocated.";
    String fix = best == null ? "No node pool's pod subnet has room for another node: give the pools a larger pod subnet (in the "
        + "DSL .pods(Subnet.privateSubnet(n))), or run fewer replicas."
        : "Scale node pool " + best.pool().getName() + " up by " + nodesNeeded + " node" + plural(nodesNeeded) + " (oci ce node-pool "
        + "update --node-pool-id " + best.pool().getId() + " --size " + (CloudSnapshot.liveNodes(best.pool()).size() + nodesNeeded)
        + "; its pod subnet has room for " + best.nodes() + " more); in the DSL raise its maximum, NodePool.of(\""
        + best.pool().getName() + "\", shape, min, max). "
        + "Or raise maxPodsPerNode (a new node pool), or run fewer replicas.";
    return new DoctorFinding(DoctorIds.NODES_FULL, Severity.ERROR, "pods " + Quote.ref(pods.get(0)) + (pods.size() > 1 ? " and "
        + (pods.size() - 1) + " more" : ""), message, evidence, fix);
  }

  private static boolean isLive(Pod pod) {
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    return pod.getMetadata().getDeletionTimestamp() == null && !"Succeeded".equals(phase) && !"Failed".equals(phase);
  }

  /** The pods by node (a few names each), then each distinct message they got, quoted once. */
  private void examples(List<Pod> pods, Map<Pod, Event> why, List<String> evidence) {
    Map<String, List<Pod>> byNode = new LinkedHashMap<>();
    pods.forEach(p -> byNode.computeIfAbsent(p.getSpec() == null || p.getSpec().getNodeName() == null ? "" : p.getSpec().getNodeName(),
        k -> new ArrayList<>()).add(p));
    byNode.forEach((nodeName, onNode) -> {
      String names = String.join(", ", onNode.subList(0, Math.min(EXAMPLES, onNode.size())).stream().map(Quote::ref).toList())
          + (onNode.size() > EXAMPLES ? " and " + (onNode.size() - EXAMPLES) + " more" : "");
      String where = nodeName.isEmpty() ? "not bound to a node" : "on node " + nodeName + node(onNode.get(0)).flatMap(cloud::nodeOf)
          .map(n -> " (pool " + n.pool().getName() + ", OCI node " + n.node().getName() + ")").orElse("");
      evidence.add(onNode.size() + " pod" + plural(onNode.size()) + " " + where + ": " + names);
    });
    Set<String> messages = new LinkedHashSet<>();
    for (Pod p : pods) {
      Event e = why.get(p);
      if (messages.add(e.getReason() + e.getMessage()) && messages.size() <= 2) {
        evidence.add(Quote.event(e) + " (pod " + Quote.ref(p) + ")");
      }
    }
  }

  /** OCI's maxPodsPerNode for the pool, else the allocatable pods of one of its nodes, else OKE's default. */
  private int maxPods(NodePool pool) {
    return CloudSnapshot.maxPodsPerNode(pool).orElseGet(() -> kube.nodes().stream()
        .filter(n -> cloud.nodeOf(n).map(p -> p.pool().getId().equals(pool.getId())).orElse(false))
        .map(PodAddressCheck::allocatablePods).filter(p -> p > 0).findFirst().orElse(DEFAULT_MAX_PODS));
  }

  private static int allocatablePods(Node n) {
    Quantity q = n.getStatus() == null || n.getStatus().getAllocatable() == null ? null : n.getStatus().getAllocatable().get("pods");
    try {
      return q == null ? 0 : Integer.parseInt(q.getAmount());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * A model pool with this maxPodsPerNode, for the api's per-node arithmetic (maxPodsPerNode + one
   * address per pod VNIC); its name, shape and size play no part in it.
   */
  private static dev.okenet.cluster.NodePool perNode(int maxPods) {
    return dev.okenet.cluster.NodePool.of("pool", Shape.of("live", 2), 0, 0).withMaxPodsPerNode(Math.max(1, Math.min(250, maxPods)));
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }
}
