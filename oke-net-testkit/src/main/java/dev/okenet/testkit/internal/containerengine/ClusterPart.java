package dev.okenet.testkit.internal.containerengine;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.ClusterCreateOptions;
import com.oracle.bmc.containerengine.model.ClusterEndpointConfig;
import com.oracle.bmc.containerengine.model.ClusterEndpoints;
import com.oracle.bmc.containerengine.model.ClusterLifecycleState;
import com.oracle.bmc.containerengine.model.ClusterMetadata;
import com.oracle.bmc.containerengine.model.ClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.ClusterSummary;
import com.oracle.bmc.containerengine.model.ClusterType;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.FlannelOverlayClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.ImagePolicyConfig;
import com.oracle.bmc.containerengine.model.KubernetesNetworkConfig;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.UpdateClusterDetails;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.DeleteClusterRequest;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.containerengine.requests.UpdateClusterRequest;
import com.oracle.bmc.core.model.PrivateIp;
import com.oracle.bmc.core.model.Subnet;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.core.VirtualNetworkBackend;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
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
import java.util.regex.Pattern;

/**
 * OKE clusters, created, updated and deleted through work requests. The API endpoint takes an
 * address in its subnet (a public IP needs a public subnet), pods and services CIDRs must be valid
 * and must not overlap the VCN, and deleting a cluster deletes its node pools.
 */
final class ClusterPart extends Part<Cluster> {
    static final String DEFAULT_PODS_CIDR = "10.244.0.0/16";
    static final String DEFAULT_SERVICES_CIDR = "10.96.0.0/16";
    private static final Pattern KUBERNETES_VERSION = Pattern.compile("v\\d+\\.\\d+\\.\\d+");

    private final VirtualNetworkBackend network;
    private final WorkTracker works;
    private final ContainerEngineBackend engine;
    private final Map<String, String> endpointIpIds = new HashMap<>();

    ClusterPart(World world, VirtualNetworkBackend network, WorkTracker works, ContainerEngineBackend engine) {
        super(world, ResourceKind.CLUSTER);
        this.network = network;
        this.works = works;
        this.engine = engine;
    }

    @Override
    protected Cluster withState(Cluster model, String state) {
        return model.toBuilder().lifecycleState(ClusterLifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createCluster", CreateClusterRequest.class, this::create)
                .on("getCluster", GetClusterRequest.class, r -> reply(require(r.getClusterId(), "clusterId", "GetCluster")))
                .on("listClusters", ListClustersRequest.class, this::list)
                .on("updateCluster", UpdateClusterRequest.class, this::update)
                .on("deleteCluster", DeleteClusterRequest.class, this::delete);
    }

    /** True if the cluster's pods take addresses in the VCN (OCI_VCN_IP_NATIVE). */
    static boolean isVcnNative(Cluster cluster) {
        return cluster.getClusterPodNetworkOptions() != null && cluster.getClusterPodNetworkOptions().stream()
                .anyMatch(o -> o instanceof OciVcnIpNativeClusterPodNetworkOptionDetails);
    }

    private Reply create(CreateClusterRequest request) {
        CreateClusterDetails details = request.getCreateClusterDetails();
        if (details == null) {
            throw OciErrors.missing("createClusterDetails", "CreateCluster");
        }
        var earlier = world.retryTokens().replay("createCluster", request.getOpcRetryToken(), details, now());
        if (earlier.isPresent()) {
            Work work = works.latestFor(earlier.get()).orElseThrow();
            return Reply.accepted(work.id(), earlier.get());
        }
        Resource<Cluster> cluster = createNew(details);
        world.retryTokens().remember("createCluster", request.getOpcRetryToken(), details, cluster.id(), now());
        Work work = works.latestFor(cluster.id()).orElseThrow();
        return Reply.accepted(work.id(), cluster.id());
    }

    private Resource<Cluster> createNew(CreateClusterDetails details) {
        String where = "CreateClusterDetails";
        if (details.getName() == null || details.getName().isBlank()) {
            throw OciErrors.missing("name", where);
        }
        String compartmentId = Compartments.require(details.getCompartmentId(), where);
        var vcn = network.vcnResources().filter(v -> v.id().equals(details.getVcnId())).findFirst()
                .orElseThrow(() -> details.getVcnId() == null ? OciErrors.missing("vcnId", where)
                        : OciErrors.notFound("VCN", details.getVcnId()));
        if (details.getKubernetesVersion() == null) {
            throw OciErrors.missing("kubernetesVersion", where);
        }
        if (!KUBERNETES_VERSION.matcher(details.getKubernetesVersion()).matches()) {
            throw OciErrors.invalid("kubernetesVersion '" + details.getKubernetesVersion()
                    + "' is not a Kubernetes version; write it like v1.31.1.");
        }
        if (details.getKmsKeyId() != null && !atLeast(details.getKubernetesVersion(), 1, 13)) {
            // CreateClusterDetails.kmsKeyId: "When used, kubernetesVersion must be at least v1.13.0."
            throw OciErrors.invalid("kmsKeyId needs kubernetesVersion v1.13.0 or later, but the cluster asks for "
                    + details.getKubernetesVersion() + "; use a later version or drop kmsKeyId.");
        }
        List<Resource<?>> dependencies = new ArrayList<>(List.of(vcn));
        // CreateClusterEndpointConfigDetails.isPublicIpEnabled: "Defaults to false."
        ClusterEndpointConfig endpoint = details.getEndpointConfig() == null ? null : ClusterEndpointConfig.builder()
                .subnetId(details.getEndpointConfig().getSubnetId()).nsgIds(details.getEndpointConfig().getNsgIds())
                .isPublicIpEnabled(Boolean.TRUE.equals(details.getEndpointConfig().getIsPublicIpEnabled())).build();
        Resource<Subnet> endpointSubnet = null;
        if (endpoint != null) {
            endpointSubnet = requireSubnetOfVcn(endpoint.getSubnetId(), vcn.id(), "endpointConfig.subnetId");
            if (endpointSubnet.model().getAvailabilityDomain() != null) {
                // CreateClusterEndpointConfigDetails.subnetId: "The OCID of the regional subnet in which to place
                // the Cluster endpoint."
                throw OciErrors.invalid("endpointConfig.subnetId names " + endpointSubnet + ", which is specific to "
                        + endpointSubnet.model().getAvailabilityDomain() + "; the cluster endpoint needs a regional"
                        + " subnet (created without availabilityDomain).");
            }
            network.requireNsgs(endpoint.getNsgIds(), vcn.id(), "endpointConfig.nsgIds");
            dependencies.add(endpointSubnet);
        }
        List<ClusterPodNetworkOptionDetails> cni = details.getClusterPodNetworkOptions() != null
                && !details.getClusterPodNetworkOptions().isEmpty() ? details.getClusterPodNetworkOptions()
                : List.of(FlannelOverlayClusterPodNetworkOptionDetails.builder().build());
        if (cni.size() != 1 || cni.get(0) == null) {
            throw OciErrors.invalid("clusterPodNetworkOptions must hold exactly one option with a cniType "
                    + "(OCI_VCN_IP_NATIVE or FLANNEL_OVERLAY).");
        }
        boolean vcnNative = cni.get(0) instanceof OciVcnIpNativeClusterPodNetworkOptionDetails;
        ClusterCreateOptions options = options(details.getOptions(), vcn, vcnNative, dependencies);

        String id = newId();
        long start = startAfter(dependencies);
        Work work = works.start("CLUSTER_CREATE", compartmentId, "cluster", id, "CREATED", start, start + latency());
        String ip = null;
        if (endpointSubnet != null) {
            var taken = network.allocateIp(endpointSubnet, network.newVnicId(), "cluster " + details.getName()
                    + " API endpoint", true);
            if (endpoint.getIsPublicIpEnabled() && !network.isPublic(endpointSubnet)) {
                // CreateClusterEndpointConfigDetails.isPublicIpEnabled: "If set to true on a private subnet, the
                // cluster provisioning will fail." The request is accepted; the work request fails (its error code
                // is unverified, COVERAGE.md).
                work.fail(start, "InvalidParameter", "endpointConfig.isPublicIpEnabled is true but the endpoint subnet "
                        + endpointSubnet + " is private, so the cluster's API endpoint cannot have a public IP; use a"
                        + " public subnet or disable the public IP.");
            } else if (taken.isEmpty()) {
                work.fail(start, "InsufficientAddresses", "The endpoint subnet " + endpointSubnet
                        + " has no free IP address for the cluster's API endpoint; use a larger subnet.");
            }
            if (taken.isPresent()) {
                Resource<PrivateIp> endpointIp = taken.get();
                endpointIpIds.put(id, endpointIp.id());
                ip = endpointIp.model().getIpAddress();
            }
            network.use(endpointSubnet.id(), "cluster " + id);
            if (endpoint.getNsgIds() != null) {
                endpoint.getNsgIds().forEach(nsg -> network.use(nsg, "cluster " + id + " API endpoint"));
            }
        }
        String publicIp = endpoint != null && endpoint.getIsPublicIpEnabled() && network.isPublic(endpointSubnet)
                ? network.nextPublicIp() : null;
        Cluster model = Cluster.builder().id(id).name(details.getName()).compartmentId(compartmentId).vcnId(vcn.id())
                .kubernetesVersion(details.getKubernetesVersion()).kmsKeyId(details.getKmsKeyId())
                .endpointConfig(endpoint).options(options).clusterPodNetworkOptions(List.copyOf(cni))
                .type(details.getType() != null ? details.getType() : ClusterType.BasicCluster)
                .imagePolicyConfig(details.getImagePolicyConfig() == null ? imagePolicy(null, List.of())
                        : imagePolicy(details.getImagePolicyConfig().getIsPolicyEnabled(),
                                details.getImagePolicyConfig().getKeyDetails()))
                .freeformTags(Tags.freeform(details.getFreeformTags()))
                .definedTags(Tags.defined(details.getDefinedTags()))
                .endpoints(ClusterEndpoints.builder()
                        .privateEndpoint(ip == null ? null : ip + ":6443")
                        .publicEndpoint(publicIp == null ? null : publicIp + ":6443").build())
                .metadata(ClusterMetadata.builder().timeCreated(world.date(start)).createdByWorkRequestId(work.id())
                        .build())
                .availableKubernetesUpgrades(List.of())
                .build();
        Resource<Cluster> cluster = store(id, start, latency(), compartmentId, vcn.id(), details.getName(), model);
        if (work.statusAt(Long.MAX_VALUE).equals("FAILED")) {
            cluster.lifecycle().failing(start);
        }
        return cluster;
    }

    private ClusterCreateOptions options(ClusterCreateOptions given, Resource<?> vcn, boolean vcnNative,
            List<Resource<?>> dependencies) {
        ClusterCreateOptions options = given != null ? given : ClusterCreateOptions.builder().build();
        if (options.getServiceLbSubnetIds() != null) {
            for (String subnetId : options.getServiceLbSubnetIds()) {
                dependencies.add(requireSubnetOfVcn(subnetId, vcn.id(), "options.serviceLbSubnetIds"));
            }
        }
        KubernetesNetworkConfig given8s = options.getKubernetesNetworkConfig();
        // KubernetesNetworkConfig.podsCidr: "Optional, defaults to 10.244.0.0/16"; servicesCidr: "Optional, defaults
        // to 10.96.0.0/16". VCN-native pods take VCN addresses, so only a podsCidr given for one is checked.
        String givenPods = given8s == null ? null : given8s.getPodsCidr();
        String pods = givenPods != null ? givenPods : DEFAULT_PODS_CIDR;
        String services = given8s != null && given8s.getServicesCidr() != null ? given8s.getServicesCidr()
                : DEFAULT_SERVICES_CIDR;
        @SuppressWarnings("unchecked")
        Resource<com.oracle.bmc.core.model.Vcn> typedVcn = (Resource<com.oracle.bmc.core.model.Vcn>) vcn;
        String checkedPods = vcnNative && givenPods == null ? null : pods;
        for (String[] named : new String[][] {{"podsCidr", checkedPods}, {"servicesCidr", services}}) {
            if (named[1] == null) {
                continue;
            }
            Ipv4Cidr cidr = Ipv4Cidr.parse(named[1]).orElseThrow(() -> OciErrors.invalid("kubernetesNetworkConfig."
                    + named[0] + " '" + named[1] + "' is not an IPv4 CIDR block; write it like 10.244.0.0/16."));
            for (String block : typedVcn.model().getCidrBlocks()) {
                if (Ipv4Cidr.parse(block).orElseThrow().overlaps(cidr)) {
                    throw OciErrors.invalid("kubernetesNetworkConfig." + named[0] + " " + cidr
                            + " overlaps the VCN CIDR block " + block + "; choose a range outside the VCN.");
                }
            }
        }
        if (checkedPods != null
                && Ipv4Cidr.parse(checkedPods).orElseThrow().overlaps(Ipv4Cidr.parse(services).orElseThrow())) {
            throw OciErrors.invalid("kubernetesNetworkConfig podsCidr " + pods + " overlaps servicesCidr " + services
                    + "; give them separate ranges.");
        }
        return options.toBuilder().kubernetesNetworkConfig(KubernetesNetworkConfig.builder().podsCidr(pods)
                .servicesCidr(services).build()).build();
    }

    /** {@code CreateImagePolicyConfigDetails.isPolicyEnabled}: "Defaults to false." */
    private static ImagePolicyConfig imagePolicy(Boolean enabled, List<com.oracle.bmc.containerengine.model.KeyDetails> keys) {
        return ImagePolicyConfig.builder().isPolicyEnabled(Boolean.TRUE.equals(enabled)).keyDetails(keys).build();
    }

    /** True if {@code version} (vX.Y.Z, already checked) is at least vMAJOR.MINOR.0. */
    static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.substring(1).split("\\.");
        int givenMajor = Integer.parseInt(parts[0]);
        return givenMajor > major || givenMajor == major && Integer.parseInt(parts[1]) >= minor;
    }

    Resource<Subnet> requireSubnetOfVcn(String subnetId, String vcnId, String parameter) {
        Resource<Subnet> subnet = network.requireSubnet(subnetId, parameter, "the request");
        if (!vcnId.equals(subnet.parentId())) {
            throw OciErrors.invalid(parameter + " names " + subnet + " of VCN " + subnet.parentId()
                    + ", not the cluster's VCN " + vcnId + "; use a subnet of the cluster's VCN.");
        }
        return subnet;
    }

    private Reply list(ListClustersRequest request) {
        Compartments.require(request.getCompartmentId(), "ListClusters");
        String sortBy = request.getSortBy() == null ? null
                : switch (request.getSortBy()) {
                    case Name -> "DISPLAYNAME";
                    case TimeCreated -> "TIMECREATED";
                    default -> null;
                };
        var page = list(new ListQuery(request.getCompartmentId(), null, request.getName(), null, sortBy,
                request.getSortOrder() == null ? null : request.getSortOrder().getValue(), 1000, null));
        List<ClusterSummary> items = page.items().stream()
                .filter(c -> request.getLifecycleState() == null || request.getLifecycleState().isEmpty()
                        || request.getLifecycleState().contains(c.getLifecycleState()))
                .map(ClusterPart::summary).toList();
        var sliced = world.listing().slice(items, request.getLimit(), request.getPage());
        return Reply.of(sliced.items()).nextPage(sliced.nextPage());
    }

    private static ClusterSummary summary(Cluster c) {
        return ClusterSummary.builder().id(c.getId()).name(c.getName()).compartmentId(c.getCompartmentId())
                .endpointConfig(c.getEndpointConfig()).vcnId(c.getVcnId()).kubernetesVersion(c.getKubernetesVersion())
                .freeformTags(c.getFreeformTags()).definedTags(c.getDefinedTags()).options(c.getOptions())
                .metadata(c.getMetadata()).lifecycleState(c.getLifecycleState())
                .lifecycleDetails(c.getLifecycleDetails()).endpoints(c.getEndpoints())
                .availableKubernetesUpgrades(c.getAvailableKubernetesUpgrades())
                .imagePolicyConfig(c.getImagePolicyConfig()).clusterPodNetworkOptions(c.getClusterPodNetworkOptions())
                .type(c.getType()).build();
    }

    private Reply update(UpdateClusterRequest request) {
        Resource<Cluster> cluster = requireMutable(request.getClusterId(), "clusterId", "UpdateCluster",
                request.getIfMatch());
        UpdateClusterDetails details = request.getUpdateClusterDetails();
        if (details == null) {
            throw OciErrors.missing("updateClusterDetails", "UpdateCluster");
        }
        Cluster current = cluster.model();
        if (details.getKubernetesVersion() != null && !KUBERNETES_VERSION.matcher(details.getKubernetesVersion()).matches()) {
            throw OciErrors.invalid("kubernetesVersion '" + details.getKubernetesVersion()
                    + "' is not a Kubernetes version; write it like v1.31.1.");
        }
        if (current.getType() == ClusterType.EnhancedCluster && details.getType() == ClusterType.BasicCluster) {
            throw OciErrors.invalid("The " + cluster + " is an ENHANCED_CLUSTER; OKE cannot downgrade it to"
                    + " BASIC_CLUSTER.");
        }
        boolean upgrade = details.getKubernetesVersion() != null
                && !details.getKubernetesVersion().equals(current.getKubernetesVersion());
        long start = world.timeline().startAfter(now());
        long until = start + (upgrade ? latency() : 0);
        beginUpdate(cluster, until - start);
        Work work = works.start("CLUSTER_UPDATE", cluster.compartmentId(), "cluster", cluster.id(), "UPDATED", start, until);
        String name = Objects.requireNonNullElse(details.getName(), current.getName());
        ClusterCreateOptions options = current.getOptions();
        if (details.getOptions() != null) {
            var change = details.getOptions();
            options = options.toBuilder()
                    .admissionControllerOptions(Tags.replaceIfGiven(change.getAdmissionControllerOptions(),
                            options.getAdmissionControllerOptions()))
                    .persistentVolumeConfig(Tags.replaceIfGiven(change.getPersistentVolumeConfig(),
                            options.getPersistentVolumeConfig()))
                    .serviceLbConfig(Tags.replaceIfGiven(change.getServiceLbConfig(), options.getServiceLbConfig()))
                    .build();
        }
        ImagePolicyConfig imagePolicy = details.getImagePolicyConfig() == null ? current.getImagePolicyConfig()
                : imagePolicy(details.getImagePolicyConfig().getIsPolicyEnabled(),
                        details.getImagePolicyConfig().getKeyDetails());
        cluster.update(current.toBuilder().name(name).options(options).imagePolicyConfig(imagePolicy)
                .kubernetesVersion(Objects.requireNonNullElse(details.getKubernetesVersion(), current.getKubernetesVersion()))
                .type(Objects.requireNonNullElse(details.getType(), current.getType()))
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        return Reply.accepted(work.id(), cluster.id());
    }

    private Reply delete(DeleteClusterRequest request) {
        Resource<Cluster> cluster = requireMutable(request.getClusterId(), "clusterId", "DeleteCluster",
                request.getIfMatch());
        long start = world.timeline().startAfter(now());
        long until = start + latency();
        engine.nodePools().deleteAllOf(cluster.id());
        beginDelete(cluster, until - start);
        Work work = works.start("CLUSTER_DELETE", cluster.compartmentId(), "cluster", cluster.id(), "DELETED", start, until);
        world.scheduler().at(until, () -> {
            String ipId = endpointIpIds.remove(cluster.id());
            if (ipId != null) {
                network.releaseIp(ipId);
            }
            network.release("cluster " + cluster.id());
            network.release("cluster " + cluster.id() + " API endpoint");
        });
        return Reply.accepted(work.id(), cluster.id());
    }

    @Override
    public void clear() {
        super.clear();
        endpointIpIds.clear();
    }
}
