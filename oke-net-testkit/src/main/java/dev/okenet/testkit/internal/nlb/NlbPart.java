package dev.okenet.testkit.internal.nlb;

import com.oracle.bmc.core.model.PrivateIp;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.networkloadbalancer.model.BackendSet;
import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.IpAddress;
import com.oracle.bmc.networkloadbalancer.model.LifecycleState;
import com.oracle.bmc.networkloadbalancer.model.Listener;
import com.oracle.bmc.networkloadbalancer.model.ListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancerCollection;
import com.oracle.bmc.networkloadbalancer.model.NlbIpVersion;
import com.oracle.bmc.networkloadbalancer.model.UpdateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.DeleteNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListNetworkLoadBalancersRequest;
import com.oracle.bmc.networkloadbalancer.requests.UpdateNetworkLoadBalancerRequest;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Network load balancers, through work requests. The NLB's private address comes from its subnet
 * (the requested {@code assignedPrivateIpv4}, or the lowest free one); it is private unless told
 * otherwise, and a public NLB needs a public subnet; at most five NSGs; listeners must name
 * existing backend sets, whose defaults and constraints are {@link NlbRules}'.
 * Changes after creation keep the NLB UPDATING for a quarter of its creation latency (unverified),
 * during which a second change gets 409 IncorrectState.
 */
final class NlbPart extends Part<NetworkLoadBalancer> {
    private final VirtualNetworkBackend network;
    private final WorkTracker works;
    private final Map<String, String> privateIpIds = new HashMap<>();

    NlbPart(World world, VirtualNetworkBackend network, WorkTracker works) {
        super(world, ResourceKind.NETWORK_LOAD_BALANCER);
        this.network = network;
        this.works = works;
    }

    @Override
    protected NetworkLoadBalancer withState(NetworkLoadBalancer model, String state) {
        return model.toBuilder().lifecycleState(LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createNetworkLoadBalancer", CreateNetworkLoadBalancerRequest.class, this::create)
                .on("getNetworkLoadBalancer", GetNetworkLoadBalancerRequest.class, this::get)
                .on("listNetworkLoadBalancers", ListNetworkLoadBalancersRequest.class, this::list)
                .on("updateNetworkLoadBalancer", UpdateNetworkLoadBalancerRequest.class, this::update)
                .on("deleteNetworkLoadBalancer", DeleteNetworkLoadBalancerRequest.class, this::delete);
    }

    /**
     * GetNetworkLoadBalancer; 304 Not Modified without a body when {@code ifNoneMatch} is the
     * current etag ({@code GetNetworkLoadBalancerRequest.ifNoneMatch} javadoc).
     */
    private Reply get(GetNetworkLoadBalancerRequest request) {
        Resource<NetworkLoadBalancer> nlb = require(request.getNetworkLoadBalancerId(), "networkLoadBalancerId",
                "GetNetworkLoadBalancer");
        Reply full = reply(nlb);
        return request.getIfNoneMatch() != null && request.getIfNoneMatch().equals(nlb.etag())
                ? new Reply(null, full.etag(), null, null, 304, full.resourceId(), full.pendingUntil(), full.since())
                : full;
    }

    long updateLatency() {
        return latency() / 4;
    }

    private Reply create(CreateNetworkLoadBalancerRequest request) {
        CreateNetworkLoadBalancerDetails details = request.getCreateNetworkLoadBalancerDetails();
        if (details == null) {
            throw OciErrors.missing("createNetworkLoadBalancerDetails", "CreateNetworkLoadBalancer");
        }
        var earlier = world.retryTokens().replay("createNetworkLoadBalancer", request.getOpcRetryToken(), details, now());
        Resource<NetworkLoadBalancer> nlb = earlier.flatMap(this::find).orElseGet(() -> createNew(details));
        world.retryTokens().remember("createNetworkLoadBalancer", request.getOpcRetryToken(), details, nlb.id(), now());
        Work work = works.latestFor(nlb.id()).orElseThrow();
        return reply(nlb).workRequest(work.id()).status(200);
    }

    private Resource<NetworkLoadBalancer> createNew(CreateNetworkLoadBalancerDetails details) {
        String where = "CreateNetworkLoadBalancerDetails";
        String compartmentId = Compartments.require(details.getCompartmentId(), where);
        if (details.getDisplayName() == null) {
            throw OciErrors.missing("displayName", where);
        }
        Resource<Subnet> subnet = network.requireSubnet(details.getSubnetId(), "subnetId", where);
        requireIpv4Only(details.getNlbIpVersion(), details.getAssignedIpv6(), details.getSubnetIpv6Cidr());
        if (details.getReservedIps() != null && !details.getReservedIps().isEmpty()) {
            throw new UnsupportedOperationException("FakeOci does not model reserved public IPs (reservedIps); see "
                    + "oke-net-testkit/COVERAGE.md for what it supports");
        }
        // CreateNetworkLoadBalancerDetails.isPrivate: "This value is true by default."
        boolean isPrivate = details.getIsPrivate() == null || details.getIsPrivate();
        if (!isPrivate && !network.isPublic(subnet)) {
            throw OciErrors.invalid("A public network load balancer needs a public subnet, but " + subnet
                    + " prohibits public IPs; set isPrivate true or use a public subnet.");
        }
        boolean preserveSourceDestination = Boolean.TRUE.equals(details.getIsPreserveSourceDestination());
        NlbRules.requireSymmetricHashFits(details.getIsSymmetricHashEnabled(), preserveSourceDestination, where);
        network.requireNsgs(details.getNetworkSecurityGroupIds(), subnet.parentId(), "networkSecurityGroupIds");
        Map<String, BackendSet> backendSets = new LinkedHashMap<>();
        if (details.getBackendSets() != null) {
            details.getBackendSets().forEach((name, set) -> backendSets.put(name,
                    validBackendSet(name, set, preserveSourceDestination)));
        }
        Map<String, Listener> listeners = new LinkedHashMap<>();
        if (details.getListeners() != null) {
            details.getListeners().forEach((name, listener) -> listeners.put(name, validListener(name, listener, backendSets)));
        }
        String holder = "network load balancer " + details.getDisplayName();
        // CreateNetworkLoadBalancerDetails.assignedPrivateIpv4: "This IP address has to be in the CIDR range of the
        // subnet where network load balancer is being created." Taken before anything else is made, so a refusal
        // leaves nothing behind.
        Resource<PrivateIp> assigned = null;
        if (details.getAssignedPrivateIpv4() != null) {
            long address = Ipv4Cidr.parseAddress(details.getAssignedPrivateIpv4()).orElseThrow(() -> OciErrors.invalid(
                    "assignedPrivateIpv4 '" + details.getAssignedPrivateIpv4() + "' is not an IPv4 address; write it"
                            + " like 10.0.0.10."));
            assigned = network.allocateIpAt(subnet, network.newVnicId(), holder, true, address, "assignedPrivateIpv4");
        }
        String id = newId();
        long start = startAfter(List.of(subnet));
        long ready = start + latency();
        Work work = works.start("CREATE_NETWORK_LOAD_BALANCER", compartmentId, "NetworkLoadBalancer", id, "CREATED",
                start, ready);
        List<IpAddress> addresses = new ArrayList<>();
        var ip = assigned != null ? java.util.Optional.of(assigned)
                : network.allocateIp(subnet, network.newVnicId(), holder, true);
        if (ip.isPresent()) {
            Resource<PrivateIp> taken = ip.get();
            privateIpIds.put(id, taken.id());
            addresses.add(IpAddress.builder().ipAddress(taken.model().getIpAddress()).isPublic(false).build());
            if (!isPrivate) {
                addresses.add(IpAddress.builder().ipAddress(network.nextPublicIp()).isPublic(true).build());
            }
        } else {
            work.fail(start, "InsufficientAddresses", "The subnet " + subnet + " has no free IP address for network"
                    + " load balancer " + details.getDisplayName() + "; use a larger subnet or free addresses.");
        }
        network.use(subnet.id(), "network load balancer " + id);
        if (details.getNetworkSecurityGroupIds() != null) {
            details.getNetworkSecurityGroupIds().forEach(nsg -> network.use(nsg, "network load balancer " + id));
        }
        NetworkLoadBalancer model = NetworkLoadBalancer.builder().id(id).compartmentId(compartmentId)
                .displayName(details.getDisplayName()).subnetId(subnet.id()).isPrivate(isPrivate)
                .isPreserveSourceDestination(preserveSourceDestination)
                .isSymmetricHashEnabled(details.getIsSymmetricHashEnabled()).nlbIpVersion(details.getNlbIpVersion())
                .networkSecurityGroupIds(details.getNetworkSecurityGroupIds() == null ? List.of()
                        : List.copyOf(details.getNetworkSecurityGroupIds()))
                .listeners(listeners).backendSets(backendSets).ipAddresses(List.copyOf(addresses))
                .freeformTags(Tags.freeform(details.getFreeformTags())).definedTags(Tags.defined(details.getDefinedTags()))
                .timeCreated(world.date(start)).timeUpdated(world.date(start)).build();
        Resource<NetworkLoadBalancer> nlb = store(id, start, latency(), compartmentId, subnet.id(),
                details.getDisplayName(), model);
        if (ip.isEmpty()) {
            nlb.lifecycle().failing(start);
        }
        return nlb;
    }

    static BackendSet validBackendSet(String name, BackendSetDetails details, boolean preserveSourceDestination) {
        if (details == null) {
            throw OciErrors.invalid("Backend set '" + name + "' has no details; give its healthChecker at least.");
        }
        return NlbRules.backendSet(NlbModels.backendSet(name, details), preserveSourceDestination,
                "backend set '" + name + "'");
    }

    /**
     * FakeOci models IPv4 network load balancers: an IPv6 or dual-stack {@code nlbIpVersion}, an
     * {@code assignedIpv6} or a {@code subnetIpv6Cidr} is not supported (COVERAGE.md).
     */
    static void requireIpv4Only(NlbIpVersion version, String assignedIpv6, String subnetIpv6Cidr) {
        if (version != null && version != NlbIpVersion.Ipv4 || assignedIpv6 != null || subnetIpv6Cidr != null) {
            throw new UnsupportedOperationException("FakeOci does not model IPv6 network load balancers (nlbIpVersion "
                    + version + ", assignedIpv6, subnetIpv6Cidr); see oke-net-testkit/COVERAGE.md for what it supports");
        }
    }

    static Listener validListener(String name, ListenerDetails details, Map<String, BackendSet> backendSets) {
        if (details.getProtocol() == null) {
            throw OciErrors.missing("protocol", "listener '" + name + "'");
        }
        requirePort(details.getPort(), "listener '" + name + "'");
        if (details.getDefaultBackendSetName() == null || !backendSets.containsKey(details.getDefaultBackendSetName())) {
            throw OciErrors.invalid("Listener '" + name + "' names backend set '" + details.getDefaultBackendSetName()
                    + "', which the network load balancer does not have; create the backend set first.");
        }
        return NlbModels.listener(name, details);
    }

    static void requirePort(Integer port, String where) {
        if (port == null) {
            throw OciErrors.missing("port", where);
        }
        if (port < 0 || port > 65535) {
            throw OciErrors.invalid("The port " + port + " of " + where + " is invalid; use 1-65535 (or 0 for any port).");
        }
    }

    private Reply list(ListNetworkLoadBalancersRequest request) {
        Compartments.require(request.getCompartmentId(), "ListNetworkLoadBalancers");
        // ListNetworkLoadBalancersRequest.sortBy: "If no value is specified, then timeCreated is the default"
        // (descending, its default order).
        String sortBy = request.getSortBy() != null && request.getSortBy().getValue().equals("displayName")
                ? "DISPLAYNAME" : "TIMECREATED";
        var page = list(new ListQuery(request.getCompartmentId(), null, request.getDisplayName(),
                request.getLifecycleState() == null ? null : request.getLifecycleState().getValue(), sortBy,
                request.getSortOrder() == null ? null : request.getSortOrder().getValue(), request.getLimit(),
                request.getPage()));
        return Reply.of(NetworkLoadBalancerCollection.builder()
                .items(page.items().stream().map(NlbModels::summary).toList()).build()).nextPage(page.nextPage());
    }

    /** Applies a change to the NLB's model and tracks it as an UPDATING period with a work request. */
    Reply change(Resource<NetworkLoadBalancer> nlb, String operation, NetworkLoadBalancer changed) {
        long start = world.timeline().startAfter(now());
        beginUpdate(nlb, updateLatency());
        nlb.update(changed.toBuilder().timeUpdated(world.date(start)).build(), changed.getDisplayName());
        Work work = works.start(operation, nlb.compartmentId(), "NetworkLoadBalancer", nlb.id(), "UPDATED", start,
                start + updateLatency());
        return Reply.accepted(work.id(), nlb.id());
    }

    private Reply update(UpdateNetworkLoadBalancerRequest request) {
        Resource<NetworkLoadBalancer> nlb = requireMutable(request.getNetworkLoadBalancerId(), "networkLoadBalancerId",
                "UpdateNetworkLoadBalancer", request.getIfMatch());
        UpdateNetworkLoadBalancerDetails details = request.getUpdateNetworkLoadBalancerDetails();
        if (details == null) {
            throw OciErrors.missing("updateNetworkLoadBalancerDetails", "UpdateNetworkLoadBalancer");
        }
        NetworkLoadBalancer current = nlb.model();
        requireIpv4Only(details.getNlbIpVersion(), details.getAssignedIpv6(), details.getSubnetIpv6Cidr());
        boolean preserveSourceDestination = Tags.replaceIfGiven(details.getIsPreserveSourceDestination(),
                current.getIsPreserveSourceDestination());
        NlbRules.requireSymmetricHashFits(Tags.replaceIfGiven(details.getIsSymmetricHashEnabled(),
                current.getIsSymmetricHashEnabled()), preserveSourceDestination, "UpdateNetworkLoadBalancerDetails");
        if (preserveSourceDestination && !Boolean.TRUE.equals(current.getIsPreserveSourceDestination())) {
            NlbRules.requireSetsFit(current, true);
        }
        return change(nlb, "UPDATE_NETWORK_LOAD_BALANCER", current.toBuilder()
                .displayName(Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName()))
                .isPreserveSourceDestination(preserveSourceDestination)
                .isSymmetricHashEnabled(Tags.replaceIfGiven(details.getIsSymmetricHashEnabled(),
                        current.getIsSymmetricHashEnabled()))
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build());
    }

    private Reply delete(DeleteNetworkLoadBalancerRequest request) {
        Resource<NetworkLoadBalancer> nlb = requireMutable(request.getNetworkLoadBalancerId(), "networkLoadBalancerId",
                "DeleteNetworkLoadBalancer", request.getIfMatch());
        long start = world.timeline().startAfter(now());
        long until = start + latency();
        beginDelete(nlb, until - start);
        Work work = works.start("DELETE_NETWORK_LOAD_BALANCER", nlb.compartmentId(), "NetworkLoadBalancer", nlb.id(),
                "DELETED", start, until);
        world.scheduler().at(until, () -> {
            String ipId = privateIpIds.remove(nlb.id());
            if (ipId != null) {
                network.releaseIp(ipId);
            }
            network.release("network load balancer " + nlb.id());
        });
        return Reply.accepted(work.id(), nlb.id());
    }

    @Override
    public void clear() {
        super.clear();
        privateIpIds.clear();
    }
}
