package dev.okenet.testkit.kube.internal;

import dev.okenet.testkit.internal.net.Ipv4Cidr;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a Kubernetes Node for every worker of the cluster's node pools in FakeOci that joined
 * (ACTIVE with an address, or up without pod addresses), as the kubelet registers it and OKE's
 * cloud controller manager labels it, and removes the Nodes of workers gone.
 *
 * <ul>
 *   <li>Name: the node's private IP, as OKE names its nodes (unverified: Oracle's pages show
 *       {@code kubectl get nodes} listing addresses such as 10.0.10.150); a node that joined without
 *       pod addresses, which FakeOci reports without an address, by its node pool name.
 *   <li>{@code spec.providerID} {@code oci://<instance OCID>} (CCM {@code ccm.go} {@code providerPrefix}).
 *   <li>{@code status.addresses}: InternalIP, and Hostname (CCM {@code instances.go} {@code extractNodeAddresses}).
 *   <li>Labels: {@code topology.kubernetes.io/zone} (the short AD name) and
 *       {@code oci.oraclecloud.com/fault-domain} (Oracle, "Supported Labels for Different Usecases";
 *       CCM {@code node_info_controller.go} {@code FaultDomainLabel}), {@code topology.kubernetes.io/region},
 *       {@code node.kubernetes.io/instance-type} (the shape), the kubelet's {@code kubernetes.io/hostname},
 *       {@code kubernetes.io/os}, {@code kubernetes.io/arch}; on VCN-native pools
 *       {@code oci.oraclecloud.com/vcn-native-ip-cni: "true"}, the label the VCN-native CNI's
 *       DaemonSet selects nodes by (unverified).
 *   <li>Annotation {@code oci.oraclecloud.com/compartment-id} (CCM {@code node_info_controller.go}).
 *   <li>Flannel: {@code spec.podCIDR} is the node's /25 and the annotations flannel's kube subnet
 *       manager writes ({@code flannel.alpha.coreos.com/backend-type: vxlan},
 *       {@code .../public-ip}: flannel {@code pkg/subnet/kube}, unverified here); a node that got no /25
 *       keeps the {@code node.kubernetes.io/network-unavailable} taint and condition.
 *   <li>Capacity and allocatable {@code pods}: maxPodsPerNode (VCN-native) or 110 (flannel).
 * </ul>
 */
public final class NodeController {
    static final String COMPONENT = "kubelet";
    public static final String VCN_NATIVE_LABEL = "oci.oraclecloud.com/vcn-native-ip-cni";
    public static final String FAULT_DOMAIN_LABEL = "oci.oraclecloud.com/fault-domain";
    public static final String COMPARTMENT_ANNOTATION = "oci.oraclecloud.com/compartment-id";
    public static final String POOL_LABEL = "oke.oraclecloud.com/pool.name";
    static final String NETWORK_UNAVAILABLE = "node.kubernetes.io/network-unavailable";

    private final KubernetesClient client;
    private final ClusterState cluster;

    public NodeController(KubernetesClient client, ClusterState cluster) {
        this.client = client;
        this.cluster = cluster;
    }

    /** Reads FakeOci and brings the Nodes in line; returns whether anything changed. */
    public boolean sync() {
        List<CloudNodes.CloudNode> cloud = cluster.readCloudNodes();
        cluster.ipam().ifPresent(ipam -> ipam.sync(
                cloud.stream().filter(n -> !"DELETED".equals(n.state())).map(CloudNodes.CloudNode::id).toList(),
                cloud.stream().filter(CloudNodes.CloudNode::joined).map(CloudNodes.CloudNode::id).toList()));
        Map<String, CloudNodes.CloudNode> joined = new LinkedHashMap<>();
        cloud.stream().filter(CloudNodes.CloudNode::joined).forEach(n -> joined.put(n.nodeName(), n));
        cluster.nodes(joined);
        boolean changed = false;
        Map<String, Node> existing = new LinkedHashMap<>();
        client.nodes().list().getItems().forEach(n -> existing.put(n.getMetadata().getName(), n));
        for (var entry : joined.entrySet()) {
            Node desired = desired(entry.getKey(), entry.getValue());
            Node current = existing.remove(entry.getKey());
            if (current == null) {
                client.nodes().resource(desired).create();
                client.nodes().withName(entry.getKey()).editStatus(n -> new NodeBuilder(n).withStatus(desired.getStatus()).build());
                changed = true;
            } else if (!sameShape(current, desired)) {
                // The comparison is loose (defaults the API server fills in); a write that changes nothing keeps
                // the resource version, which is what tells a real change.
                Node edited = client.nodes().withName(entry.getKey()).edit(n -> new NodeBuilder(n).editMetadata()
                        .withLabels(desired.getMetadata().getLabels()).withAnnotations(desired.getMetadata().getAnnotations())
                        .endMetadata().withSpec(desired.getSpec()).build());
                Node statused = client.nodes().withName(entry.getKey()).editStatus(n -> new NodeBuilder(n)
                        .withStatus(desired.getStatus()).build());
                changed |= !current.getMetadata().getResourceVersion().equals(statused.getMetadata().getResourceVersion())
                        || !current.getMetadata().getResourceVersion().equals(edited.getMetadata().getResourceVersion());
            }
        }
        for (Node gone : existing.values()) {
            if (gone.getSpec() != null && gone.getSpec().getProviderID() != null
                    && gone.getSpec().getProviderID().startsWith("oci://")) {
                client.nodes().withName(gone.getMetadata().getName()).delete();
                changed = true;
            }
        }
        return changed;
    }

    private static boolean sameShape(Node current, Node desired) {
        return Objects.equals(current.getMetadata().getLabels(), desired.getMetadata().getLabels())
                && Objects.equals(current.getMetadata().getAnnotations(), desired.getMetadata().getAnnotations())
                && Objects.equals(current.getSpec(), desired.getSpec())
                && current.getStatus() != null && Objects.equals(current.getStatus().getConditions(),
                        desired.getStatus().getConditions());
    }

    private Node desired(String name, CloudNodes.CloudNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("kubernetes.io/hostname", name);
        labels.put("kubernetes.io/os", "linux");
        labels.put("kubernetes.io/arch", "amd64");
        labels.put("node.kubernetes.io/instance-type", String.valueOf(node.shape()));
        labels.put("topology.kubernetes.io/region", cluster.oci().region().getRegionId());
        labels.put("topology.kubernetes.io/zone", shortAd(node.availabilityDomain()));
        labels.put(FAULT_DOMAIN_LABEL, String.valueOf(node.faultDomain()));
        labels.put(POOL_LABEL, node.pool());
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(COMPARTMENT_ANNOTATION, cluster.compartmentId());
        List<Taint> taints = new ArrayList<>();
        String podCidr = null;
        boolean networkReady = true;
        if (node.vcnNative()) {
            labels.put(VCN_NATIVE_LABEL, "true");
        } else {
            annotations.put("flannel.alpha.coreos.com/backend-type", "vxlan");
            node.privateIp().ifPresent(ip -> annotations.put("flannel.alpha.coreos.com/public-ip", ip));
            var block = cluster.ipam().flatMap(ipam -> ipam.blockOf(node.id()));
            if (block.isPresent()) {
                podCidr = block.get().toString();
            } else {
                networkReady = false;
                taints.add(new TaintBuilder().withKey(NETWORK_UNAVAILABLE).withEffect("NoSchedule").build());
            }
        }
        List<NodeCondition> conditions = new ArrayList<>();
        conditions.add(new NodeConditionBuilder().withType("Ready").withStatus("True").withReason("KubeletReady")
                .withMessage("kubelet is posting ready status").build());
        conditions.add(new NodeConditionBuilder().withType("NetworkUnavailable").withStatus(networkReady ? "False" : "True")
                .withReason(networkReady ? "RouteCreated" : "NoRouteCreated")
                .withMessage(networkReady ? "the node's pod network is set up" : "pods CIDR " + cluster.podsCidr()
                        + " has no /25 left for this node (CIDRNotAvailable)").build());
        Quantity pods = new Quantity(Integer.toString(node.maxPods()));
        return new NodeBuilder().withNewMetadata().withName(name).withLabels(labels).withAnnotations(annotations).endMetadata()
                .withNewSpec().withProviderID("oci://" + node.id()).withPodCIDR(podCidr)
                .withPodCIDRs(podCidr == null ? null : List.of(podCidr)).withTaints(taints.isEmpty() ? null : taints).endSpec()
                .withNewStatus().withAddresses(addresses(name, node))
                .withConditions(conditions).withCapacity(Map.of("pods", pods)).withAllocatable(Map.of("pods", pods))
                .endStatus().build();
    }

    private static List<io.fabric8.kubernetes.api.model.NodeAddress> addresses(String name, CloudNodes.CloudNode node) {
        List<io.fabric8.kubernetes.api.model.NodeAddress> out = new ArrayList<>();
        node.privateIp().ifPresent(ip -> out.add(new io.fabric8.kubernetes.api.model.NodeAddress(ip, "InternalIP")));
        out.add(new io.fabric8.kubernetes.api.model.NodeAddress(name, "Hostname"));
        return out;
    }

    /** "Uocm:US-ASHBURN-AD-1" is "US-ASHBURN-AD-1" in the zone label (Oracle: the shortened AD name). */
    static String shortAd(String ad) {
        if (ad == null) {
            return "";
        }
        int colon = ad.indexOf(':');
        return colon < 0 ? ad : ad.substring(colon + 1);
    }

    /** Whether {@code ip} is inside {@code cidr}. */
    static boolean contains(String cidr, String ip) {
        return Ipv4Cidr.parse(cidr).flatMap(c -> Ipv4Cidr.parseAddress(ip).map(c::contains)).orElse(false);
    }
}
