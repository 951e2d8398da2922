package dev.okenet.testkit.internal.loadbalancer;

import com.oracle.bmc.core.model.PrivateIp;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.loadbalancer.model.BackendSet;
import com.oracle.bmc.loadbalancer.model.BackendSetDetails;
import com.oracle.bmc.loadbalancer.model.CreateLoadBalancerDetails;
import com.oracle.bmc.loadbalancer.model.IpAddress;
import com.oracle.bmc.loadbalancer.model.Listener;
import com.oracle.bmc.loadbalancer.model.ListenerDetails;
import com.oracle.bmc.loadbalancer.model.LoadBalancer;
import com.oracle.bmc.loadbalancer.model.ShapeDetails;
import com.oracle.bmc.loadbalancer.requests.CreateLoadBalancerRequest;
import com.oracle.bmc.loadbalancer.requests.DeleteLoadBalancerRequest;
import com.oracle.bmc.loadbalancer.requests.GetLoadBalancerRequest;
import com.oracle.bmc.loadbalancer.requests.ListLoadBalancersRequest;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * OCI (layer 7) load balancers, created through work requests, judged the way the Load Balancer
 * service judges the requests the cloud controller manager sends ({@code CreateLoadBalancerDetails}
 * javadoc of oci-java-sdk-loadbalancer 3.47.0 unless said otherwise):
 *
 * <ul>
 *   <li>compartmentId, displayName, shapeName and subnetIds are required; one regional subnet or
 *       two AD-specific ones, each live and in one VCN.
 *   <li>{@code isPrivate} defaults to false; a public load balancer needs a public subnet (a
 *       private one is refused with 400 InvalidParameter, and the Service stays pending).
 *   <li>Shape "flexible" needs {@code shapeDetails} with 10 to 8000 Mbps and minimum &lt;= maximum
 *       ({@code ShapeDetails} javadoc); the refusal's wording is unverified.
 *   <li>The fixed 100Mbps shape counts against the tenancy's {@code lb-100mbps-count}
 *       ({@link dev.okenet.testkit.ServiceLimits}): over it, 400 LimitExceeded.
 *   <li>At most 5 NSGs, of the subnet's VCN.
 *   <li>Listeners name a backend set of the request and a protocol of {@code ListProtocols} (HTTP,
 *       HTTP2, TCP, GRPC; in any case, unverified); a backend set has a health checker.
 *   <li>Addresses (unverified): a public load balancer takes 2 private addresses of its subnet
 *       (primary and standby) and a public one; a private one 3 (primary, standby, floating). They
 *       show in ListPrivateIps; a subnet without them refuses the request with 400 InvalidParameter.
 *   <li>{@code reservedIps} is not modelled (UnsupportedOperationException).
 * </ul>
 * Deleting releases the addresses after the deletion latency.
 */
final class LbPart extends Part<LoadBalancer> {
    static final String FIXED_SHAPE = "100Mbps";
    static final String FLEXIBLE = "flexible";
    static final int FLEX_MIN = 10;
    static final int FLEX_MAX = 8000;
    static final int PUBLIC_LB_ADDRESSES = 2;
    static final int PRIVATE_LB_ADDRESSES = 3;
    private static final Set<String> LISTENER_PROTOCOLS = Set.of("HTTP", "HTTP2", "TCP", "GRPC");

    private final VirtualNetworkBackend network;
    private final WorkTracker works;
    private final IntSupplier fixedShapeLimit;
    private final Map<String, List<String>> privateIpIds = new HashMap<>();

    LbPart(World world, VirtualNetworkBackend network, WorkTracker works, IntSupplier fixedShapeLimit) {
        super(world, ResourceKind.LOAD_BALANCER);
        this.network = network;
        this.works = works;
        this.fixedShapeLimit = fixedShapeLimit;
    }

    @Override
    protected LoadBalancer withState(LoadBalancer model, String state) {
        return model.toBuilder().lifecycleState(LoadBalancer.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createLoadBalancer", CreateLoadBalancerRequest.class, this::create)
                .on("getLoadBalancer", GetLoadBalancerRequest.class, r -> reply(require(r.getLoadBalancerId(),
                        "loadBalancerId", "GetLoadBalancer")))
                .on("listLoadBalancers", ListLoadBalancersRequest.class, this::list)
                .on("deleteLoadBalancer", DeleteLoadBalancerRequest.class, this::delete);
    }

    private Reply create(CreateLoadBalancerRequest request) {
        CreateLoadBalancerDetails details = request.getCreateLoadBalancerDetails();
        if (details == null) {
            throw OciErrors.missing("createLoadBalancerDetails", "CreateLoadBalancer");
        }
        var earlier = world.retryTokens().replay("createLoadBalancer", request.getOpcRetryToken(), details, now());
        Resource<LoadBalancer> lb = earlier.flatMap(this::find).orElseGet(() -> createNew(details));
        world.retryTokens().remember("createLoadBalancer", request.getOpcRetryToken(), details, lb.id(), now());
        Work work = works.latestFor(lb.id()).orElseThrow();
        // CreateLoadBalancerResponse has no body: the new id is the work request's loadBalancerId.
        return Reply.accepted(work.id(), lb.id());
    }

    private Resource<LoadBalancer> createNew(CreateLoadBalancerDetails details) {
        String where = "CreateLoadBalancerDetails";
        String compartmentId = Compartments.require(details.getCompartmentId(), where);
        if (details.getDisplayName() == null) {
            throw OciErrors.missing("displayName", where);
        }
        if (details.getShapeName() == null) {
            throw OciErrors.missing("shapeName", where);
        }
        if (details.getSubnetIds() == null || details.getSubnetIds().isEmpty()) {
            throw OciErrors.missing("subnetIds", where);
        }
        if (details.getSubnetIds().size() > 2) {
            throw OciErrors.invalid("subnetIds names " + details.getSubnetIds().size() + " subnets; give one regional"
                    + " subnet or two AD-specific ones.");
        }
        if (details.getReservedIps() != null && !details.getReservedIps().isEmpty()) {
            throw new UnsupportedOperationException("FakeOci does not model reserved public IPs (reservedIps); see "
                    + "oke-net-testkit/COVERAGE.md for what it supports");
        }
        List<Resource<Subnet>> subnets = details.getSubnetIds().stream()
                .map(id -> network.requireSubnet(id, "subnetIds", where)).toList();
        Resource<Subnet> subnet = subnets.get(0);
        if (subnets.stream().anyMatch(s -> !s.parentId().equals(subnet.parentId()))) {
            throw OciErrors.invalid("subnetIds name subnets of different VCNs; a load balancer's subnets share one VCN.");
        }
        boolean isPrivate = Boolean.TRUE.equals(details.getIsPrivate());
        if (!isPrivate && !network.isPublic(subnet)) {
            throw OciErrors.invalid("A public load balancer cannot be created in private subnet " + subnet.id() + " ("
                    + subnet.model().getCidrBlock() + "), which prohibits public IPs");
        }
        checkShape(details.getShapeName(), details.getShapeDetails());
        network.requireNsgs(details.getNetworkSecurityGroupIds(), subnet.parentId(), "networkSecurityGroupIds");
        Map<String, BackendSet> backendSets = new LinkedHashMap<>();
        if (details.getBackendSets() != null) {
            details.getBackendSets().forEach((name, set) -> backendSets.put(name, backendSet(name, set)));
        }
        Map<String, Listener> listeners = new LinkedHashMap<>();
        if (details.getListeners() != null) {
            details.getListeners().forEach((name, l) -> listeners.put(name, listener(name, l, backendSets)));
        }
        String id = newId();
        List<Resource<PrivateIp>> taken = takeAddresses(subnet, isPrivate ? PRIVATE_LB_ADDRESSES : PUBLIC_LB_ADDRESSES,
                "load balancer " + details.getDisplayName());
        privateIpIds.put(id, taken.stream().map(Resource::id).toList());
        List<IpAddress> addresses = new ArrayList<>();
        addresses.add(IpAddress.builder().ipAddress(taken.get(0).model().getIpAddress()).isPublic(false).build());
        if (!isPrivate) {
            addresses.add(0, IpAddress.builder().ipAddress(network.nextPublicIp()).isPublic(true).build());
        }
        long start = startAfter(subnets);
        works.start("CreateLoadBalancer", compartmentId, "LoadBalancer", id, "CREATED", start, start + latency());
        subnets.forEach(s -> network.use(s.id(), "load balancer " + id));
        if (details.getNetworkSecurityGroupIds() != null) {
            details.getNetworkSecurityGroupIds().forEach(nsg -> network.use(nsg, "load balancer " + id));
        }
        LoadBalancer model = LoadBalancer.builder().id(id).compartmentId(compartmentId).displayName(details.getDisplayName())
                .shapeName(details.getShapeName()).shapeDetails(details.getShapeDetails()).isPrivate(isPrivate)
                .subnetIds(List.copyOf(details.getSubnetIds()))
                .networkSecurityGroupIds(details.getNetworkSecurityGroupIds() == null ? List.of()
                        : List.copyOf(details.getNetworkSecurityGroupIds()))
                .ipAddresses(List.copyOf(addresses)).listeners(listeners).backendSets(backendSets)
                .freeformTags(Tags.freeform(details.getFreeformTags())).definedTags(Tags.defined(details.getDefinedTags()))
                .timeCreated(world.date(start)).build();
        return store(id, start, latency(), compartmentId, subnet.parentId(), details.getDisplayName(), model);
    }

    private void checkShape(String shape, ShapeDetails shapeDetails) {
        if (FLEXIBLE.equalsIgnoreCase(shape)) {
            if (shapeDetails == null || shapeDetails.getMinimumBandwidthInMbps() == null
                    || shapeDetails.getMaximumBandwidthInMbps() == null) {
                throw OciErrors.missing("shapeDetails", "CreateLoadBalancerDetails with shape flexible");
            }
            int min = shapeDetails.getMinimumBandwidthInMbps();
            int max = shapeDetails.getMaximumBandwidthInMbps();
            if (min < FLEX_MIN || max > FLEX_MAX || min > max) {
                throw OciErrors.invalid("The flexible shape's bandwidth " + min + "-" + max + " Mbps is invalid: it must"
                        + " be " + FLEX_MIN + " to " + FLEX_MAX + " Mbps with minimum <= maximum");
            }
            return;
        }
        if (FIXED_SHAPE.equalsIgnoreCase(shape)) {
            long inUse = existing().filter(r -> FIXED_SHAPE.equalsIgnoreCase(r.model().getShapeName())).count();
            int limit = fixedShapeLimit.getAsInt();
            if (inUse >= limit) {
                throw OciErrors.limitExceeded("The following service limits were exceeded: lb-100mbps-count (limit "
                        + limit + ", in use " + inUse + "). Request a limit increase, or use the flexible shape");
            }
        }
    }

    private static BackendSet backendSet(String name, BackendSetDetails details) {
        if (details == null || details.getHealthChecker() == null) {
            throw OciErrors.missing("healthChecker", "backend set '" + name + "'");
        }
        return LbModels.backendSet(name, details);
    }

    private static Listener listener(String name, ListenerDetails details, Map<String, BackendSet> backendSets) {
        String where = "listener '" + name + "'";
        if (details.getPort() == null) {
            throw OciErrors.missing("port", where);
        }
        if (details.getPort() < 1 || details.getPort() > 65535) {
            throw OciErrors.invalid("The port " + details.getPort() + " of " + where + " is invalid; use 1-65535.");
        }
        // Case-insensitive (unverified): the CCM sends the backend-protocol annotation as written ("http"),
        // and nothing shows OCI refusing it.
        if (details.getProtocol() == null
                || !LISTENER_PROTOCOLS.contains(details.getProtocol().toUpperCase(java.util.Locale.ROOT))) {
            throw OciErrors.invalid("The protocol " + details.getProtocol() + " of " + where + " is invalid; use one of "
                    + "HTTP, HTTP2, TCP, GRPC (ListProtocols).");
        }
        if (details.getDefaultBackendSetName() == null || !backendSets.containsKey(details.getDefaultBackendSetName())) {
            throw OciErrors.invalid("Listener '" + name + "' names backend set '" + details.getDefaultBackendSetName()
                    + "', which the load balancer does not have; create the backend set first.");
        }
        return LbModels.listener(name, details);
    }

    /** Takes all {@code count} addresses or none. */
    private List<Resource<PrivateIp>> takeAddresses(Resource<Subnet> subnet, int count, String holder) {
        List<Resource<PrivateIp>> taken = new ArrayList<>();
        String vnic = network.newVnicId();
        for (int i = 0; i < count; i++) {
            Optional<Resource<PrivateIp>> ip = network.allocateIp(subnet, vnic, holder, i == 0);
            if (ip.isEmpty()) {
                taken.forEach(t -> network.releaseIp(t.id()));
                throw OciErrors.invalid("Subnet " + subnet.id() + " (" + subnet.model().getCidrBlock() + ") does not have "
                        + count + " free private IP addresses for the load balancer; use a larger subnet");
            }
            taken.add(ip.get());
        }
        return taken;
    }

    private Reply list(ListLoadBalancersRequest request) {
        Compartments.require(request.getCompartmentId(), "ListLoadBalancers");
        String sortBy = request.getSortBy() != null && request.getSortBy().getValue().equals("DISPLAYNAME")
                ? "DISPLAYNAME" : "TIMECREATED";
        var page = list(new ListQuery(request.getCompartmentId(), null, request.getDisplayName(),
                request.getLifecycleState() == null ? null : request.getLifecycleState().getValue(), sortBy,
                request.getSortOrder() == null ? null : request.getSortOrder().getValue(), request.getLimit() == null
                        ? null : Math.toIntExact(request.getLimit()), request.getPage()));
        return page(page);
    }

    private Reply delete(DeleteLoadBalancerRequest request) {
        Resource<LoadBalancer> lb = requireMutable(request.getLoadBalancerId(), "loadBalancerId", "DeleteLoadBalancer",
                request.getIfMatch());
        long start = world.timeline().startAfter(now());
        long until = start + latency();
        beginDelete(lb, until - start);
        Work work = works.start("DeleteLoadBalancer", lb.compartmentId(), "LoadBalancer", lb.id(), "DELETED", start, until);
        world.scheduler().at(until, () -> {
            privateIpIds.getOrDefault(lb.id(), List.of()).forEach(network::releaseIp);
            privateIpIds.remove(lb.id());
            network.release("load balancer " + lb.id());
        });
        return Reply.accepted(work.id(), lb.id());
    }

    @Override
    public void clear() {
        super.clear();
        privateIpIds.clear();
    }
}
