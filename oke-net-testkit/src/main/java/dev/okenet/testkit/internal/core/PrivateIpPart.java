package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.PrivateIp;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.requests.GetPrivateIpRequest;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.net.AddressPool;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Private IPs and each subnet's address pool. Node VNICs, pod VNICs with their secondary IPs,
 * cluster endpoints and load balancers take addresses here, so address consumption is visible
 * through ListPrivateIps and a full subnet fails the way OCI does.
 */
final class PrivateIpPart extends Part<PrivateIp> {
    private final VirtualNetworkBackend net;
    private final Map<String, AddressPool> pools = new HashMap<>();
    /** Addresses taken in bulk whose private IP resources nobody has looked at yet, in the order taken. */
    private final List<IpBlock> unseen = new ArrayList<>();

    /**
     * The addresses of one VNIC taken in one go: its primary address and {@code ips.length - 1}
     * secondary ones, all in one subnet. Kept as addresses only until the private IPs are first
     * looked up or listed ({@link #materialize}): a VCN-native node takes dozens per pod VNIC, and
     * storing each as a resource with its own OCID was most of what FakeOci allocated per apply,
     * while nothing in an apply reads them. The holder releases the block as a whole.
     */
    static final class IpBlock {
        private final Resource<Subnet> subnet;
        private final String vnicId;
        private final String primaryHolder;
        private final String secondaryHolder;
        private final long[] ips;
        private final long takenAt;
        /** The private IPs' OCIDs once stored; null while unseen. */
        private List<String> ids;
        private boolean released;

        private IpBlock(Resource<Subnet> subnet, String vnicId, String primaryHolder, String secondaryHolder, long[] ips,
                long takenAt) {
            this.subnet = subnet;
            this.vnicId = vnicId;
            this.primaryHolder = primaryHolder;
            this.secondaryHolder = secondaryHolder;
            this.ips = ips;
            this.takenAt = takenAt;
        }
    }

    PrivateIpPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.PRIVATE_IP);
        this.net = net;
    }

    @Override
    protected PrivateIp withState(PrivateIp model, String state) {
        return model; // private IPs have an ipState, not a lifecycle
    }

    void register(OperationTable table) {
        table.on("getPrivateIp", GetPrivateIpRequest.class,
                        r -> reply(requireLive(r.getPrivateIpId(), "privateIpId", "GetPrivateIp")))
                .on("listPrivateIps", ListPrivateIpsRequest.class, this::list);
    }

    AddressPool openPool(String subnetId, Ipv4Cidr cidr) {
        AddressPool pool = new AddressPool(cidr);
        pools.put(subnetId, pool);
        return pool;
    }

    AddressPool pool(String subnetId) {
        return pools.get(subnetId);
    }

    void closePool(String subnetId) {
        pools.remove(subnetId);
    }

    /**
     * Moves a subnet to a new CIDR. {@code UpdateSubnetDetails.cidrBlock} javadoc: the new block
     * "Must contain all IP addresses in use in the old CIDR range", and "The new CIDR range's
     * broadcast address (last IP address of CIDR range) must not be an IP address in use in the old
     * CIDR range".
     */
    void resizePool(Resource<Subnet> subnet, Ipv4Cidr cidr) {
        AddressPool old = pools.get(subnet.id());
        AddressPool resized = new AddressPool(cidr);
        String broadcastHolder = old.holderOf(cidr.last());
        if (broadcastHolder != null) {
            throw OciErrors.conflict("The " + subnet + " cannot change to " + cidr + ": its broadcast address "
                    + Ipv4Cidr.format(cidr.last()) + " is in use (" + broadcastHolder + "). Free it first or choose"
                    + " another size.");
        }
        for (Map.Entry<Long, String> held : old.holders().entrySet()) {
            if (!resized.allocate(held.getKey(), held.getValue())) {
                throw OciErrors.conflict("The " + subnet + " cannot change to " + cidr + ": address "
                        + Ipv4Cidr.format(held.getKey()) + " (" + held.getValue()
                        + ") is in use outside it. Free it first or choose a CIDR that contains it.");
            }
        }
        pools.put(subnet.id(), resized);
    }

    /**
     * Takes the lowest free address of the subnet for a VNIC; empty when the subnet is full.
     *
     * @param holder who holds the address, kept as the private IP's display name
     */
    Optional<Resource<PrivateIp>> allocate(Resource<Subnet> subnet, String vnicId, String holder, boolean primary) {
        AddressPool pool = pools.get(subnet.id());
        long ip = pool == null ? -1 : pool.allocate(holder);
        return ip < 0 ? Optional.empty() : Optional.of(store(subnet, vnicId, holder, primary, ip));
    }

    /**
     * Takes the address {@code ip} of the subnet for a VNIC: 400 if it is outside the subnet or one
     * of the three addresses OCI reserves, 409 if it is taken.
     */
    Resource<PrivateIp> allocateAt(Resource<Subnet> subnet, String vnicId, String holder, boolean primary, long ip,
            String parameter) {
        AddressPool pool = pools.get(subnet.id());
        Ipv4Cidr cidr = pool.cidr();
        String address = Ipv4Cidr.format(ip);
        if (!cidr.contains(ip)) {
            throw OciErrors.invalid(parameter + " " + address + " is not in the CIDR block " + cidr + " of " + subnet
                    + "; choose an address inside the subnet.");
        }
        if (ip < cidr.first() + 2 || ip == cidr.last()) {
            throw OciErrors.invalid(parameter + " " + address + " is reserved in " + subnet + " (OCI reserves the"
                    + " network address, the virtual router " + pool.virtualRouterIp() + " and the broadcast"
                    + " address); choose another address of " + cidr + ".");
        }
        String holderOfIp = pool.holderOf(ip);
        // The status and code for an address already in use are unverified (COVERAGE.md).
        if (holderOfIp != null) {
            throw OciErrors.conflict(parameter + " " + address + " of " + subnet + " is already in use by "
                    + holderOfIp + "; choose a free address or omit it to take the lowest free one.");
        }
        pool.allocate(ip, holder);
        return store(subnet, vnicId, holder, primary, ip);
    }

    /**
     * Takes a VNIC's primary address and {@code secondaries} more in {@code subnet}, lowest free
     * first, as {@link #allocate} would one by one; their private IPs are stored when first looked
     * at. Fails, taking nothing, when the subnet has too few free addresses.
     */
    IpBlock allocateBlock(Resource<Subnet> subnet, String vnicId, String primaryHolder, String secondaryHolder,
            int secondaries) {
        AddressPool pool = pools.get(subnet.id());
        if (pool == null || pool.free() < secondaries + 1L) {
            throw new IllegalStateException("The " + subnet + " has " + (pool == null ? 0 : pool.free())
                    + " free addresses; " + (secondaries + 1) + " were needed (checked by the caller first)");
        }
        long[] ips = new long[secondaries + 1];
        for (int i = 0; i < ips.length; i++) {
            ips[i] = pool.allocate(i == 0 ? primaryHolder : secondaryHolder);
        }
        long now = now();
        world.timeline().schedule(now);
        IpBlock block = new IpBlock(subnet, vnicId, primaryHolder, secondaryHolder, ips, now);
        unseen.add(block);
        return block;
    }

    /** Frees a block's addresses and forgets its private IPs. */
    void release(IpBlock block) {
        if (block.released) {
            return;
        }
        block.released = true;
        if (block.ids == null) {
            unseen.remove(block);
            AddressPool pool = pools.get(block.subnet.id());
            if (pool != null) {
                for (long ip : block.ips) {
                    pool.release(ip);
                }
            }
            return;
        }
        block.ids.forEach(this::release);
    }

    @Override
    protected void materialize() {
        if (unseen.isEmpty()) {
            return;
        }
        List<IpBlock> blocks = new ArrayList<>(unseen);
        unseen.clear();
        for (IpBlock b : blocks) {
            List<String> ids = new ArrayList<>(b.ips.length);
            for (int i = 0; i < b.ips.length; i++) {
                ids.add(store(b.subnet, b.vnicId, i == 0 ? b.primaryHolder : b.secondaryHolder, i == 0, b.ips[i],
                        b.takenAt).id());
            }
            b.ids = ids;
        }
    }

    @Override
    public void clear() {
        unseen.clear();
        super.clear();
    }

    private Resource<PrivateIp> store(Resource<Subnet> subnet, String vnicId, String holder, boolean primary, long ip) {
        return store(subnet, vnicId, holder, primary, ip, now());
    }

    private Resource<PrivateIp> store(Resource<Subnet> subnet, String vnicId, String holder, boolean primary, long ip,
            long now) {
        String id = newId();
        String subnetId = subnet.id();
        String compartmentId = subnet.compartmentId();
        String availabilityDomain = subnet.model().getAvailabilityDomain();
        // Built on first read: a VCN-native node takes dozens of addresses that are rarely read, and
        // the SDK model was most of the cost of taking one. Every value is fixed here, as before.
        return storeBuiltOnRead(id, now, 0, compartmentId, subnetId, holder,
                () -> PrivateIp.builder().id(id).subnetId(subnetId).vnicId(vnicId)
                        .compartmentId(compartmentId).availabilityDomain(availabilityDomain)
                        .ipAddress(Ipv4Cidr.format(ip)).isPrimary(primary).displayName(holder)
                        .ipState(PrivateIp.IpState.Assigned).lifetime(PrivateIp.Lifetime.Ephemeral)
                        .freeformTags(Tags.freeform(null)).definedTags(Tags.defined(null))
                        .timeCreated(world.date(now)).build());
    }

    void release(String privateIpId) {
        find(privateIpId).ifPresent(ip -> {
            AddressPool pool = pools.get(ip.parentId());
            if (pool != null) {
                pool.release(Ipv4Cidr.parseAddress(ip.model().getIpAddress()).orElseThrow());
            }
            forget(ip.id());
        });
    }

    List<Resource<PrivateIp>> inSubnet(String subnetId) {
        return all().filter(ip -> subnetId.equals(ip.parentId())).toList();
    }

    String vcnOf(Resource<?> privateIp) {
        return net.subnets().find(privateIp.parentId()).map(Resource::parentId).orElse("");
    }

    /**
     * {@code VirtualNetwork.listPrivateIps}: by subnet, by VNIC, or by VLAN (FakeOci has no VLANs,
     * so a vlanId lists nothing), narrowed by address, {@code ipState} and {@code lifetime}. Every
     * address FakeOci hands out is ASSIGNED and EPHEMERAL.
     */
    private Reply list(ListPrivateIpsRequest request) {
        if (request.getVlanId() != null) {
            return Reply.of(List.of());
        }
        if (request.getSubnetId() == null && request.getVnicId() == null) {
            throw OciErrors.missing("subnetId, vnicId or vlanId", "ListPrivateIps");
        }
        if (request.getSubnetId() != null) {
            net.subnets().require(request.getSubnetId(), "subnetId", "ListPrivateIps");
        }
        if (request.getIpState() != null && !request.getIpState().equalsIgnoreCase(PrivateIp.IpState.Assigned.getValue())
                || request.getLifetime() != null
                        && !request.getLifetime().equalsIgnoreCase(PrivateIp.Lifetime.Ephemeral.getValue())) {
            return Reply.of(List.of());
        }
        List<Resource<PrivateIp>> matches = all()
                .filter(ip -> request.getSubnetId() == null || request.getSubnetId().equals(ip.parentId()))
                .filter(ip -> request.getVnicId() == null || request.getVnicId().equals(ip.model().getVnicId()))
                .filter(ip -> request.getIpAddress() == null || request.getIpAddress().equals(ip.model().getIpAddress()))
                .toList();
        var page = world.listing().slice(matches, request.getLimit(), request.getPage());
        return Reply.of(page.items().stream().map(this::render).toList()).nextPage(page.nextPage());
    }

    void clearPools() {
        pools.clear();
    }
}
