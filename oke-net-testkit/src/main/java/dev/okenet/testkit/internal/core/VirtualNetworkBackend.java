package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.VirtualNetworkPaginators;
import com.oracle.bmc.core.VirtualNetworkWaiters;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.PrivateIp;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import dev.okenet.testkit.internal.dispatch.Dispatcher;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.ServiceProxy;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.net.AddressPool;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.World;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

/**
 * The in-memory Virtual Network (core) service: one part per resource kind, one operation table,
 * and what the other fake services need from the network (subnets, addresses, NSGs).
 */
public final class VirtualNetworkBackend {
    /** NSGs a single VNIC (or load balancer) may carry. */
    public static final int MAX_NSGS_PER_VNIC = 5;

    private final World world;
    private final VcnPart vcns;
    private final SubnetPart subnets;
    private final InternetGatewayPart internetGateways;
    private final NatGatewayPart natGateways;
    private final ServiceGatewayPart serviceGateways;
    private final RouteTablePart routeTables;
    private final SecurityListPart securityLists;
    private final DhcpOptionsPart dhcpOptions;
    private final NetworkSecurityGroupPart nsgs;
    private final NsgRulesPart nsgRules;
    private final DrgPart drgs;
    private final DrgAttachmentPart drgAttachments;
    private final LocalPeeringGatewayPart localPeeringGateways;
    private final RemotePeeringConnectionPart remotePeeringConnections;
    private final PrivateIpPart privateIps;
    private final OracleServices services;
    private final RouteRules routeRules;
    private final References references;
    private final PublicIps publicIps = new PublicIps();
    private final OperationTable table = new OperationTable();

    public VirtualNetworkBackend(World world, long seed) {
        this.world = world;
        this.services = new OracleServices(world);
        this.vcns = new VcnPart(world, this);
        this.subnets = new SubnetPart(world, this);
        this.internetGateways = new InternetGatewayPart(world, this);
        this.natGateways = new NatGatewayPart(world, this);
        this.serviceGateways = new ServiceGatewayPart(world, this);
        this.routeTables = new RouteTablePart(world, this);
        this.securityLists = new SecurityListPart(world, this);
        this.dhcpOptions = new DhcpOptionsPart(world);
        this.nsgs = new NetworkSecurityGroupPart(world, this);
        this.nsgRules = new NsgRulesPart(world, this, seed);
        this.drgs = new DrgPart(world, this);
        this.drgAttachments = new DrgAttachmentPart(world, this);
        this.localPeeringGateways = new LocalPeeringGatewayPart(world, this);
        this.remotePeeringConnections = new RemotePeeringConnectionPart(world, this);
        this.privateIps = new PrivateIpPart(world, this);
        this.routeRules = new RouteRules(this);
        this.references = new References(this);
        vcns.register(table);
        subnets.register(table);
        internetGateways.register(table);
        natGateways.register(table);
        serviceGateways.register(table);
        routeTables.register(table);
        securityLists.register(table);
        dhcpOptions.register(table);
        nsgs.register(table);
        nsgRules.register(table);
        drgs.register(table);
        drgAttachments.register(table);
        localPeeringGateways.register(table);
        remotePeeringConnections.register(table);
        privateIps.register(table);
        services.register(table, world);
    }

    /** The SDK interface over this backend, with the SDK's own waiters and paginators. */
    public VirtualNetwork client(Dispatcher dispatcher, ExecutorService waiterExecutor) {
        return ServiceProxy.create(VirtualNetwork.class, table, dispatcher,
                "https://iaas." + world.region().getRegionId() + ".oraclecloud.com",
                proxy -> new VirtualNetworkWaiters(waiterExecutor, proxy, null),
                VirtualNetworkPaginators::new);
    }

    public OperationTable operations() {
        return table;
    }

    /** Forgets every resource. */
    public void reset() {
        for (Part<?> part : allParts()) {
            part.clear();
        }
        nsgRules.clear();
        privateIps.clearPools();
        references.clear();
        publicIps.reset();
    }

    List<Part<?>> allParts() {
        return List.of(vcns, subnets, internetGateways, natGateways, serviceGateways, routeTables, securityLists,
                dhcpOptions, nsgs, drgs, drgAttachments, localPeeringGateways, remotePeeringConnections, privateIps);
    }

    // ---- for other fake services (container engine, network load balancer) and assertions ----

    /** A live subnet, 404 if unknown. */
    public Resource<Subnet> requireSubnet(String subnetId, String parameter, String where) {
        return subnets.requireLive(subnetId, parameter, where);
    }

    public Optional<Resource<Subnet>> findSubnet(String subnetId) {
        return subnets.find(subnetId);
    }

    public boolean isPublic(Resource<Subnet> subnet) {
        return SubnetPart.isPublic(subnet.model());
    }

    /** True if the subnet's route table sends 0.0.0.0/0 (or a covering route) to an internet gateway. */
    public boolean reachesInternetGateway(Resource<Subnet> subnet) {
        return routeTables.find(subnet.model().getRouteTableId())
                .map(t -> t.model().getRouteRules().stream().anyMatch(r -> r.getNetworkEntityId() != null
                        && r.getNetworkEntityId().startsWith("ocid1.internetgateway.")))
                .orElse(false);
    }

    /** A new VNIC id. */
    public String newVnicId() {
        return world.ocids().next("vnic");
    }

    /** Takes an address in the subnet; empty when it is full. */
    public Optional<Resource<PrivateIp>> allocateIp(Resource<Subnet> subnet, String vnicId, String holder,
            boolean primary) {
        return privateIps.allocate(subnet, vnicId, holder, primary);
    }

    /** Takes the given address in the subnet: 400 if outside it or reserved, 409 if taken. */
    public Resource<PrivateIp> allocateIpAt(Resource<Subnet> subnet, String vnicId, String holder, boolean primary,
            long ip, String parameter) {
        return privateIps.allocateAt(subnet, vnicId, holder, primary, ip, parameter);
    }

    public void releaseIp(String privateIpId) {
        privateIps.release(privateIpId);
    }

    /**
     * Takes a VNIC's primary address and {@code secondaries} more in the subnet (the caller has
     * checked that they are free); their private IPs appear on the first read that could see them.
     */
    public IpBlockHandle allocateIpBlock(Resource<Subnet> subnet, String vnicId, String primaryHolder,
            String secondaryHolder, int secondaries) {
        PrivateIpPart.IpBlock block = privateIps.allocateBlock(subnet, vnicId, primaryHolder, secondaryHolder, secondaries);
        return () -> privateIps.release(block);
    }

    /** Frees the addresses of a block taken with {@link #allocateIpBlock}. */
    @FunctionalInterface
    public interface IpBlockHandle {
        void release();
    }

    public AddressPool addressPool(String subnetId) {
        return privateIps.pool(subnetId);
    }

    public String nextPublicIp() {
        return publicIps.next();
    }

    /** Checks NSG ids for a VNIC: at most five, each live and in {@code vcnId}. */
    public List<Resource<NetworkSecurityGroup>> requireNsgs(List<String> nsgIds, String vcnId, String parameter) {
        if (nsgIds == null) {
            return List.of();
        }
        if (nsgIds.size() > MAX_NSGS_PER_VNIC) {
            throw OciErrors.invalid(parameter + " names " + nsgIds.size() + " network security groups; a VNIC or load"
                    + " balancer may have at most " + MAX_NSGS_PER_VNIC + ".");
        }
        return nsgIds.stream().map(id -> {
            Resource<NetworkSecurityGroup> group = nsgs.requireLive(id, parameter, "the request");
            if (vcnId != null && !vcnId.equals(group.parentId())) {
                throw OciErrors.invalid(parameter + " names " + group + " of VCN " + group.parentId()
                        + ", but the VNIC is in VCN " + vcnId + "; use NSGs of the same VCN.");
            }
            return group;
        }).toList();
    }

    /** Records that {@code user} (e.g. "node pool np1") uses a subnet or NSG, so deleting it gets 409. */
    public void use(String resourceId, String user) {
        references.use(resourceId, user);
    }

    public void release(String user) {
        references.release(user);
    }

    public Stream<Resource<Vcn>> vcnResources() {
        return vcns.all();
    }

    public Stream<Resource<Subnet>> subnetResources() {
        return subnets.all();
    }

    public String stateOf(Resource<?> resource) {
        return resource.kind().stateName(resource.lifecycle().phaseAt(world.now()));
    }

    public List<SecurityRule> nsgRulesOf(String nsgId) {
        return nsgRules.rulesOf(nsgId);
    }

    public Stream<Resource<NetworkSecurityGroup>> nsgResources() {
        return nsgs.all();
    }

    /** Every resource of every kind that is not TERMINATED (default route tables etc. included). */
    public Stream<Resource<?>> existingResources() {
        return allParts().stream().flatMap(Part::existing);
    }

    // ---- parts, for each other ----

    VcnPart vcns() {
        return vcns;
    }

    SubnetPart subnets() {
        return subnets;
    }

    InternetGatewayPart internetGateways() {
        return internetGateways;
    }

    NatGatewayPart natGateways() {
        return natGateways;
    }

    ServiceGatewayPart serviceGateways() {
        return serviceGateways;
    }

    RouteTablePart routeTables() {
        return routeTables;
    }

    SecurityListPart securityLists() {
        return securityLists;
    }

    DhcpOptionsPart dhcpOptions() {
        return dhcpOptions;
    }

    NetworkSecurityGroupPart nsgs() {
        return nsgs;
    }

    NsgRulesPart nsgRules() {
        return nsgRules;
    }

    DrgPart drgs() {
        return drgs;
    }

    DrgAttachmentPart drgAttachments() {
        return drgAttachments;
    }

    LocalPeeringGatewayPart localPeeringGateways() {
        return localPeeringGateways;
    }

    RemotePeeringConnectionPart remotePeeringConnections() {
        return remotePeeringConnections;
    }

    PrivateIpPart privateIps() {
        return privateIps;
    }

    OracleServices services() {
        return services;
    }

    RouteRules routeRules() {
        return routeRules;
    }

    References references() {
        return references;
    }

    PublicIps publicIps() {
        return publicIps;
    }
}
