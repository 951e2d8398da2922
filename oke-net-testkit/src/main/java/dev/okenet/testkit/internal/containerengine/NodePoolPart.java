package dev.okenet.testkit.internal.containerengine;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.NodePoolLifecycleState;
import com.oracle.bmc.containerengine.model.NodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.NodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.NodePoolSummary;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolDetails;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.containerengine.requests.DeleteNodePoolRequest;
import com.oracle.bmc.containerengine.requests.GetNodePoolRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.containerengine.requests.UpdateNodePoolRequest;
import com.oracle.bmc.core.model.Subnet;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.core.VirtualNetworkBackend;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.Work;
import dev.okenet.testkit.internal.state.WorkTracker;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Node pools and their nodes. The pool object is ready in seconds; each node comes up after the
 * clock's node latency, taking an address in its placement subnet and, with VCN-native pods,
 * maxPodsPerNode + one per pod VNIC in the pod subnet. A node that finds its subnet full fails,
 * the pool goes to NEEDS_ATTENTION and its work request fails with the reason.
 */
final class NodePoolPart extends Part<NodePool> {
    private final VirtualNetworkBackend network;
    private final WorkTracker works;
    private final ContainerEngineBackend engine;
    private final Map<String, List<NodeRecord>> nodesByPool = new HashMap<>();

    NodePoolPart(World world, VirtualNetworkBackend network, WorkTracker works, ContainerEngineBackend engine) {
        super(world, ResourceKind.NODE_POOL);
        this.network = network;
        this.works = works;
        this.engine = engine;
    }

    @Override
    protected NodePool withState(NodePool model, String state) {
        return model.toBuilder().lifecycleState(NodePoolLifecycleState.create(state)).build();
    }

    @Override
    public NodePool render(Resource<NodePool> pool) {
        NodePool base = super.render(pool);
        List<NodeRecord> nodes = nodesByPool.getOrDefault(pool.id(), List.of());
        return base.toBuilder().nodes(nodes.stream().filter(n -> now() < n.deletedAt)
                .map(n -> n.render(now(), base.getKubernetesVersion())).toList()).build();
    }

    void register(OperationTable table) {
        table.on("createNodePool", CreateNodePoolRequest.class, this::create)
                .on("getNodePool", GetNodePoolRequest.class, r -> {
                    Resource<NodePool> pool = require(r.getNodePoolId(), "nodePoolId", "GetNodePool");
                    long pending = works.latestFor(pool.id()).map(w -> w.nextTransitionAfter(now())).orElse(-1L);
                    long own = pool.lifecycle().nextTransitionAfter(now());
                    return reply(pool).about(pool.id(), own > 0 ? own : pending);
                })
                .on("listNodePools", ListNodePoolsRequest.class, this::list)
                .on("updateNodePool", UpdateNodePoolRequest.class, this::update)
                .on("deleteNodePool", DeleteNodePoolRequest.class, this::delete);
    }

    String clusterOf(String nodePoolId) {
        return find(nodePoolId).map(Resource::parentId).orElse(null);
    }

    private Reply create(CreateNodePoolRequest request) {
        CreateNodePoolDetails details = request.getCreateNodePoolDetails();
        if (details == null) {
            throw OciErrors.missing("createNodePoolDetails", "CreateNodePool");
        }
        var earlier = world.retryTokens().replay("createNodePool", request.getOpcRetryToken(), details, now());
        if (earlier.isPresent()) {
            return Reply.accepted(works.latestFor(earlier.get()).orElseThrow().id(), earlier.get());
        }
        Resource<NodePool> pool = createNew(details);
        world.retryTokens().remember("createNodePool", request.getOpcRetryToken(), details, pool.id(), now());
        return Reply.accepted(works.latestFor(pool.id()).orElseThrow().id(), pool.id());
    }

    private Resource<NodePool> createNew(CreateNodePoolDetails details) {
        String where = "CreateNodePoolDetails";
        String compartmentId = Compartments.require(details.getCompartmentId(), where);
        Resource<Cluster> cluster = engine.clusters().requireLive(details.getClusterId(), "clusterId", where);
        if (details.getName() == null || details.getName().isBlank()) {
            throw OciErrors.missing("name", where);
        }
        if (details.getNodeShape() == null) {
            throw OciErrors.missing("nodeShape", where);
        }
        CreateNodePoolNodeConfigDetails config = details.getNodeConfigDetails();
        NodePoolRules.requireOnePlacement(config != null, details.getSubnetIds(), details.getQuantityPerSubnet(), true,
                where);
        // size is a required field of CreateNodePoolNodeConfigDetails (OCI API reference).
        if (config.getSize() == null) {
            throw OciErrors.missing("nodeConfigDetails.size", where);
        }
        NodePoolRules.requireSource(details.getNodeSourceDetails(), where);
        NodePoolNodeConfigDetails stored = NodePoolNodeConfigDetails.builder().size(config.getSize())
                .nsgIds(config.getNsgIds()).kmsKeyId(config.getKmsKeyId())
                // CreateNodePoolNodeConfigDetails.isPvEncryptionInTransitEnabled: "The default value is false."
                .isPvEncryptionInTransitEnabled(Boolean.TRUE.equals(config.getIsPvEncryptionInTransitEnabled()))
                .freeformTags(config.getFreeformTags()).definedTags(config.getDefinedTags())
                .placementConfigs(config.getPlacementConfigs())
                .nodePoolPodNetworkOptionDetails(podOptions(cluster.model(), config.getNodePoolPodNetworkOptionDetails(),
                        details.getNodeShape(), details.getNodeShapeConfig() == null ? null
                                : details.getNodeShapeConfig().getOcpus()))
                .build();
        List<Resource<?>> dependencies = validatePlacement(cluster, stored);

        String id = newId();
        long start = startAfter(dependencies);
        long ready = start + latency();
        // kubernetesVersion is optional in CreateNodePoolDetails; without it the pool runs the cluster's version
        // (FakeOci's choice, COVERAGE.md).
        String version = details.getKubernetesVersion() != null ? details.getKubernetesVersion()
                : cluster.model().getKubernetesVersion();
        NodePool model = NodePool.builder().id(id).compartmentId(compartmentId).clusterId(cluster.id())
                .name(details.getName()).kubernetesVersion(version)
                .nodeShape(details.getNodeShape()).nodeShapeConfig(shapeConfig(details))
                .nodeSourceDetails(details.getNodeSourceDetails()).nodeMetadata(details.getNodeMetadata())
                .initialNodeLabels(details.getInitialNodeLabels()).sshPublicKey(details.getSshPublicKey())
                .nodeConfigDetails(stored)
                .nodeEvictionNodePoolSettings(NodePoolRules.eviction(details.getNodeEvictionNodePoolSettings(), where))
                .nodePoolCyclingDetails(NodePoolRules.cycling(details.getNodePoolCyclingDetails(), stored.getSize(), where))
                .freeformTags(Tags.freeform(details.getFreeformTags()))
                .definedTags(Tags.defined(details.getDefinedTags()))
                .build();
        Resource<NodePool> pool = store(id, start, latency(), compartmentId, cluster.id(), details.getName(), model);
        registerUse(pool);
        int size = stored.getSize();
        long nodesUp = start + world.timeline().nodeLatencyMillis();
        Work work = works.start("NODEPOOL_CREATE", compartmentId, "nodepool", id, "CREATED", start,
                Math.max(ready, size > 0 ? nodesUp : ready));
        addNodes(pool, size, nodesUp, work);
        return pool;
    }

    private com.oracle.bmc.containerengine.model.NodeShapeConfig shapeConfig(CreateNodePoolDetails details) {
        var config = details.getNodeShapeConfig();
        return config == null ? null : com.oracle.bmc.containerengine.model.NodeShapeConfig.builder()
                .ocpus(config.getOcpus()).memoryInGBs(config.getMemoryInGBs()).build();
    }

    private NodePoolPodNetworkOptionDetails podOptions(Cluster cluster, NodePoolPodNetworkOptionDetails given,
            String nodeShape, Float ocpus) {
        boolean vcnNative = ClusterPart.isVcnNative(cluster);
        if (!vcnNative) {
            if (given instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails) {
                throw OciErrors.invalid("The node pool asks for OCI_VCN_IP_NATIVE pod networking but cluster "
                        + cluster.getId() + " uses FLANNEL_OVERLAY; the node pool's cniType must match the cluster's.");
            }
            return given;
        }
        if (!(given instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails options)) {
            throw OciErrors.invalid("Cluster " + cluster.getId() + " uses OCI_VCN_IP_NATIVE pod networking; give the"
                    + " node pool nodePoolPodNetworkOptionDetails with cniType OCI_VCN_IP_NATIVE and podSubnetIds.");
        }
        if (options.getPodSubnetIds() == null || options.getPodSubnetIds().isEmpty()) {
            throw OciErrors.missing("nodePoolPodNetworkOptionDetails.podSubnetIds", "the node pool details");
        }
        int maxPods = options.getMaxPodsPerNode() == null ? PodAddressing.DEFAULT_MAX_PODS : options.getMaxPodsPerNode();
        int cap = PodAddressing.maxPodsFor(nodeShape, ocpus);
        if (maxPods < 1 || maxPods > cap) {
            throw OciErrors.invalid("maxPodsPerNode " + maxPods + " is out of range for shape " + nodeShape
                    + (ocpus == null ? "" : " with " + ocpus + " OCPUs") + ": it must be 1 to " + cap
                    + " (min((VNICs - 1) x 31, 110)). Lower maxPodsPerNode or use more OCPUs.");
        }
        return options.toBuilder().maxPodsPerNode(maxPods).build();
    }

    private List<Resource<?>> validatePlacement(Resource<Cluster> cluster, NodePoolNodeConfigDetails config) {
        if (config.getSize() != null && config.getSize() < 0) {
            throw OciErrors.invalid("nodeConfigDetails.size " + config.getSize() + " must be 0 or more.");
        }
        if (config.getPlacementConfigs() == null || config.getPlacementConfigs().isEmpty()) {
            throw OciErrors.missing("nodeConfigDetails.placementConfigs", "the node pool details");
        }
        List<Resource<?>> dependencies = new ArrayList<>(List.of(cluster));
        String vcnId = cluster.model().getVcnId();
        var domains = NodePoolRules.newDomainSet();
        for (NodePoolPlacementConfigDetails placement : config.getPlacementConfigs()) {
            if (placement == null || placement.getAvailabilityDomain() == null) {
                throw OciErrors.missing("placementConfigs[].availabilityDomain", "the node pool details");
            }
            Resource<Subnet> subnet = engine.clusters().requireSubnetOfVcn(placement.getSubnetId(), vcnId,
                    "placementConfigs[].subnetId");
            NodePoolRules.requirePlacement(placement, subnet, domains, "the node pool details");
            dependencies.add(subnet);
        }
        network.requireNsgs(config.getNsgIds(), vcnId, "nodeConfigDetails.nsgIds");
        if (config.getNodePoolPodNetworkOptionDetails() instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails pods) {
            for (String podSubnetId : pods.getPodSubnetIds()) {
                Resource<Subnet> podSubnet = engine.clusters().requireSubnetOfVcn(podSubnetId, vcnId, "podSubnetIds");
                if (network.isPublic(podSubnet)) {
                    throw OciErrors.invalid("The pod subnet " + podSubnet + " is public; VCN-native pod subnets must"
                            + " be private (prohibitPublicIpOnVnic true).");
                }
                dependencies.add(podSubnet);
            }
            network.requireNsgs(pods.getPodNsgIds(), vcnId, "podNsgIds");
        }
        return dependencies;
    }

    private static String userOf(Resource<NodePool> pool) {
        return "node pool " + pool.displayName() + " (" + pool.id() + ")";
    }

    private void registerUse(Resource<NodePool> pool) {
        String user = userOf(pool);
        NodePoolNodeConfigDetails config = pool.model().getNodeConfigDetails();
        config.getPlacementConfigs().forEach(p -> network.use(p.getSubnetId(), user));
        if (config.getNsgIds() != null) {
            config.getNsgIds().forEach(id -> network.use(id, user));
        }
        if (config.getNodePoolPodNetworkOptionDetails() instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails pods) {
            pods.getPodSubnetIds().forEach(id -> network.use(id, user));
            if (pods.getPodNsgIds() != null) {
                pods.getPodNsgIds().forEach(id -> network.use(id, user));
            }
        }
    }

    /** Adds {@code count} nodes that come up at {@code upAt}, spread round-robin over the placements. */
    private void addNodes(Resource<NodePool> pool, int count, long upAt, Work work) {
        List<NodeRecord> nodes = nodesByPool.computeIfAbsent(pool.id(), k -> new ArrayList<>());
        List<NodePoolPlacementConfigDetails> placements = pool.model().getNodeConfigDetails().getPlacementConfigs();
        for (int i = 0; i < count; i++) {
            NodePoolPlacementConfigDetails placement = placements.get(nodes.size() % placements.size());
            NodeRecord node = new NodeRecord(world.ocids().next("instance"),
                    "oke-" + pool.displayName() + "-" + nodes.size(), pool.id(), placement.getSubnetId(),
                    placement.getAvailabilityDomain(), upAt);
            nodes.add(node);
            world.scheduler().at(upAt, () -> bringUp(pool, node, work));
        }
    }

    /** The node takes its addresses, all or nothing; a full subnet fails it and the work request. */
    private void bringUp(Resource<NodePool> pool, NodeRecord node, Work work) {
        if (node.deletingAt <= node.upAt || !network.findSubnet(node.subnetId).map(s -> network.addressPool(s.id()) != null).orElse(false)) {
            return;
        }
        Resource<Subnet> workerSubnet = network.findSubnet(node.subnetId).orElseThrow();
        NodePoolPodNetworkOptionDetails podOptions = pool.model().getNodeConfigDetails().getNodePoolPodNetworkOptionDetails();
        Resource<Subnet> podSubnet = null;
        int podIps = 0;
        int podVnics = 0;
        if (podOptions instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails pods) {
            int maxPods = pods.getMaxPodsPerNode();
            podVnics = PodAddressing.podVnics(maxPods);
            podIps = PodAddressing.podSubnetIpsPerNode(maxPods);
            int needed = podIps;
            podSubnet = pods.getPodSubnetIds().stream().map(network::findSubnet).flatMap(java.util.Optional::stream)
                    .filter(s -> network.addressPool(s.id()) != null && network.addressPool(s.id()).free() >= needed)
                    .findFirst().orElse(null);
            if (podSubnet == null) {
                String podSubnetId = pods.getPodSubnetIds().get(0);
                long free = network.findSubnet(podSubnetId).map(s -> network.addressPool(s.id()))
                        .map(p -> p == null ? 0L : p.free()).orElse(0L);
                failNode(pool, node, work, "The pod subnet " + podSubnetId + " does not have enough free IP addresses"
                        + " for node " + node.name + ": it needs " + podIps + " (maxPodsPerNode " + maxPods + " + "
                        + podVnics + " pod VNICs), " + free + " are free. Use a larger pod subnet or lower"
                        + " maxPodsPerNode.");
                return;
            }
        }
        if (network.addressPool(workerSubnet.id()).free() < 1) {
            failNode(pool, node, work, "The worker subnet " + workerSubnet.id() + " has no free IP address for node "
                    + node.name + ". Use a larger worker subnet.");
            return;
        }
        String primaryVnic = network.newVnicId();
        var primary = network.allocateIp(workerSubnet, primaryVnic, node.name + " primary VNIC", true).orElseThrow();
        node.privateIp = primary.model().getIpAddress();
        node.privateIpIds.add(primary.id());
        for (int vnic = 0; vnic < podVnics; vnic++) {
            String vnicId = network.newVnicId();
            int secondaries = Math.min(PodAddressing.IPS_PER_POD_VNIC,
                    podIps - podVnics - vnic * PodAddressing.IPS_PER_POD_VNIC);
            String vnicName = node.name + " pod VNIC " + (vnic + 1);
            String podIpName = vnicName + " pod IP";   // one string for the VNIC's dozens of pod IPs
            node.podIpBlocks.add(network.allocateIpBlock(podSubnet, vnicId, vnicName, podIpName, secondaries));
        }
    }

    private void failNode(Resource<NodePool> pool, NodeRecord node, Work work, String message) {
        node.errorCode = "LimitExceeded";
        node.errorMessage = message;
        work.fail(now(), "LimitExceeded", message);
        pool.lifecycle().failing(now());
    }

    private Reply list(ListNodePoolsRequest request) {
        Compartments.require(request.getCompartmentId(), "ListNodePools");
        String sortBy = request.getSortBy() == null ? null
                : switch (request.getSortBy()) {
                    case Name -> "DISPLAYNAME";
                    case TimeCreated -> "TIMECREATED";
                    default -> null;
                };
        var page = list(new ListQuery(request.getCompartmentId(), request.getClusterId(), request.getName(), null,
                sortBy, request.getSortOrder() == null ? null : request.getSortOrder().getValue(), 1000, null));
        List<NodePoolSummary> items = page.items().stream()
                .filter(p -> request.getLifecycleState() == null || request.getLifecycleState().isEmpty()
                        || request.getLifecycleState().contains(p.getLifecycleState()))
                .map(NodePoolPart::summary).toList();
        var sliced = world.listing().slice(items, request.getLimit(), request.getPage());
        return Reply.of(sliced.items()).nextPage(sliced.nextPage());
    }

    private static NodePoolSummary summary(NodePool p) {
        return NodePoolSummary.builder().id(p.getId()).lifecycleState(p.getLifecycleState())
                .lifecycleDetails(p.getLifecycleDetails()).compartmentId(p.getCompartmentId()).clusterId(p.getClusterId())
                .name(p.getName()).kubernetesVersion(p.getKubernetesVersion()).nodeShape(p.getNodeShape())
                .nodeShapeConfig(p.getNodeShapeConfig()).nodeSourceDetails(p.getNodeSourceDetails())
                .initialNodeLabels(p.getInitialNodeLabels()).sshPublicKey(p.getSshPublicKey())
                .nodeConfigDetails(p.getNodeConfigDetails()).freeformTags(p.getFreeformTags())
                .definedTags(p.getDefinedTags()).build();
    }

    private Reply update(UpdateNodePoolRequest request) {
        Resource<NodePool> pool = requireMutable(request.getNodePoolId(), "nodePoolId", "UpdateNodePool",
                request.getIfMatch());
        UpdateNodePoolDetails details = request.getUpdateNodePoolDetails();
        if (details == null) {
            throw OciErrors.missing("updateNodePoolDetails", "UpdateNodePool");
        }
        String where = "UpdateNodePoolDetails";
        NodePoolRules.requireOnePlacement(details.getNodeConfigDetails() != null, details.getSubnetIds(),
                details.getQuantityPerSubnet(), false, where);
        NodePoolRules.requireGrace(request.getOverrideEvictionGraceDuration(), "overrideEvictionGraceDuration",
                "UpdateNodePool");
        NodePoolRules.requireSource(details.getNodeSourceDetails(), where);
        NodePool current = pool.model();
        long start = world.timeline().startAfter(now());
        long finish = start;
        List<NodeRecord> nodes = nodesByPool.computeIfAbsent(pool.id(), k -> new ArrayList<>());
        Integer newSize = details.getNodeConfigDetails() == null ? null : details.getNodeConfigDetails().getSize();
        if (newSize != null && newSize < 0) {
            throw OciErrors.invalid("nodeConfigDetails.size " + newSize + " must be 0 or more.");
        }
        // Every field the update gives replaces the pool's; the rest is kept. Placement, NSG and pod networking
        // changes apply to nodes that come up afterwards, as in OKE.
        String shape = Objects.requireNonNullElse(details.getNodeShape(), current.getNodeShape());
        var shapeConfig = details.getNodeShapeConfig() == null ? current.getNodeShapeConfig()
                : com.oracle.bmc.containerengine.model.NodeShapeConfig.builder()
                        .ocpus(details.getNodeShapeConfig().getOcpus())
                        .memoryInGBs(details.getNodeShapeConfig().getMemoryInGBs()).build();
        NodePoolNodeConfigDetails config = current.getNodeConfigDetails();
        boolean placementChanged = false;
        if (details.getNodeConfigDetails() != null) {
            var change = details.getNodeConfigDetails();
            Cluster cluster = engine.clusters().require(pool.parentId(), "clusterId", where).model();
            config = config.toBuilder()
                    .size(Objects.requireNonNullElse(change.getSize(), config.getSize()))
                    .nsgIds(Tags.replaceIfGiven(change.getNsgIds(), config.getNsgIds()))
                    .kmsKeyId(Tags.replaceIfGiven(change.getKmsKeyId(), config.getKmsKeyId()))
                    .isPvEncryptionInTransitEnabled(Tags.replaceIfGiven(change.getIsPvEncryptionInTransitEnabled(),
                            config.getIsPvEncryptionInTransitEnabled()))
                    .freeformTags(Tags.replaceIfGiven(change.getFreeformTags(), config.getFreeformTags()))
                    .definedTags(Tags.replaceIfGiven(change.getDefinedTags(), config.getDefinedTags()))
                    .placementConfigs(Tags.replaceIfGiven(change.getPlacementConfigs(), config.getPlacementConfigs()))
                    .nodePoolPodNetworkOptionDetails(change.getNodePoolPodNetworkOptionDetails() == null
                            ? config.getNodePoolPodNetworkOptionDetails()
                            : podOptions(cluster, change.getNodePoolPodNetworkOptionDetails(), shape,
                                    shapeConfig == null ? null : shapeConfig.getOcpus()))
                    .build();
            placementChanged = change.getNsgIds() != null || change.getPlacementConfigs() != null
                    || change.getNodePoolPodNetworkOptionDetails() != null;
            if (placementChanged) {
                validatePlacement(engine.clusters().require(pool.parentId(), "clusterId", where), config);
            }
        }
        int size = config.getSize() == null ? 0 : config.getSize();
        String name = Objects.requireNonNullElse(details.getName(), current.getName());
        pool.update(current.toBuilder().name(name)
                .kubernetesVersion(Objects.requireNonNullElse(details.getKubernetesVersion(), current.getKubernetesVersion()))
                .nodeShape(shape).nodeShapeConfig(shapeConfig).nodeConfigDetails(config)
                .initialNodeLabels(Tags.replaceIfGiven(details.getInitialNodeLabels(), current.getInitialNodeLabels()))
                .nodeMetadata(Tags.replaceIfGiven(details.getNodeMetadata(), current.getNodeMetadata()))
                .nodeSourceDetails(Tags.replaceIfGiven(details.getNodeSourceDetails(), current.getNodeSourceDetails()))
                .sshPublicKey(Tags.replaceIfGiven(details.getSshPublicKey(), current.getSshPublicKey()))
                .nodeEvictionNodePoolSettings(details.getNodeEvictionNodePoolSettings() == null
                        ? current.getNodeEvictionNodePoolSettings()
                        : NodePoolRules.eviction(details.getNodeEvictionNodePoolSettings(), where))
                .nodePoolCyclingDetails(details.getNodePoolCyclingDetails() == null ? current.getNodePoolCyclingDetails()
                        : NodePoolRules.cycling(details.getNodePoolCyclingDetails(), size, where))
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        if (placementChanged) {
            network.release(userOf(pool));
            registerUse(pool);
        }
        List<NodeRecord> live = nodes.stream().filter(n -> n.deletingAt == Long.MAX_VALUE).toList();
        Work work;
        if (newSize != null && newSize > live.size()) {
            finish = start + world.timeline().nodeLatencyMillis();
            work = works.start("NODEPOOL_UPDATE", pool.compartmentId(), "nodepool", pool.id(), "UPDATED", start, finish);
            addNodes(pool, newSize - live.size(), finish, work);
        } else {
            work = works.start("NODEPOOL_UPDATE", pool.compartmentId(), "nodepool", pool.id(), "UPDATED", start, finish);
            if (newSize != null) {
                live.subList(newSize, live.size()).forEach(n -> terminate(n, start));
            }
        }
        return Reply.accepted(work.id(), pool.id());
    }

    private void terminate(NodeRecord node, long at) {
        node.deletingAt = at;
        node.deletedAt = at + world.timeline().latencyMillis(ResourceKind.NODE_POOL);
        world.scheduler().at(node.deletedAt, () -> {
            node.privateIpIds.forEach(network::releaseIp);
            node.podIpBlocks.forEach(VirtualNetworkBackend.IpBlockHandle::release);
        });
    }

    private Reply delete(DeleteNodePoolRequest request) {
        Resource<NodePool> pool = requireMutable(request.getNodePoolId(), "nodePoolId", "DeleteNodePool",
                request.getIfMatch());
        // DeleteNodePoolRequest.overrideEvictionGraceDuration: "Default PT60M, Min PT0M, Max: PT60M".
        NodePoolRules.requireGrace(request.getOverrideEvictionGraceDuration(), "overrideEvictionGraceDuration",
                "DeleteNodePool");
        return Reply.accepted(deletePool(pool).id(), pool.id());
    }

    private Work deletePool(Resource<NodePool> pool) {
        long start = world.timeline().startAfter(now());
        long until = start + latency();
        beginDelete(pool, until - start);
        nodesByPool.getOrDefault(pool.id(), List.of()).stream().filter(n -> n.deletingAt == Long.MAX_VALUE)
                .forEach(n -> terminate(n, start));
        String user = userOf(pool);
        world.scheduler().at(until, () -> network.release(user));
        return works.start("NODEPOOL_DELETE", pool.compartmentId(), "nodepool", pool.id(), "DELETED", start, until);
    }

    /** Deletes every node pool of a cluster being deleted. */
    void deleteAllOf(String clusterId) {
        live().filter(p -> clusterId.equals(p.parentId())).forEach(this::deletePool);
    }

    @Override
    public void clear() {
        super.clear();
        nodesByPool.clear();
    }
}
