package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateSubnetDetails;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.UpdateSubnetDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.DeleteSubnetRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.ListSubnetsRequest;
import com.oracle.bmc.core.requests.UpdateSubnetRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.net.AddressPool;
import dev.okenet.testkit.internal.net.DnsLabels;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Subnets: CIDR inside one VCN block and overlapping no other subnet, DNS label rules, at most
 * five security lists, the VCN's defaults when none are named, and an address pool with OCI's
 * three reserved addresses.
 */
final class SubnetPart extends Part<Subnet> {
    static final int MAX_SECURITY_LISTS = 5;

    private final VirtualNetworkBackend net;

    SubnetPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.SUBNET);
        this.net = net;
    }

    @Override
    protected Subnet withState(Subnet model, String state) {
        return model.toBuilder().lifecycleState(Subnet.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createSubnet", CreateSubnetRequest.class, this::create)
                .on("getSubnet", GetSubnetRequest.class, r -> reply(require(r.getSubnetId(), "subnetId", "GetSubnet")))
                .on("listSubnets", ListSubnetsRequest.class, this::list)
                .on("updateSubnet", UpdateSubnetRequest.class, this::update)
                .on("deleteSubnet", DeleteSubnetRequest.class, this::delete);
    }

    /** A subnet is public when VNICs in it may have public IPs. */
    static boolean isPublic(Subnet subnet) {
        return !Boolean.TRUE.equals(subnet.getProhibitPublicIpOnVnic());
    }

    private Reply create(CreateSubnetRequest request) {
        CreateSubnetDetails details = request.getCreateSubnetDetails();
        if (details == null) {
            throw OciErrors.missing("createSubnetDetails", "CreateSubnet");
        }
        return createOnce("createSubnet", request.getOpcRetryToken(), details, () -> createNew(details));
    }

    private Resource<Subnet> createNew(CreateSubnetDetails details) {
        Resource<Vcn> vcn = net.vcns().requireLive(details.getVcnId(), "vcnId", "CreateSubnetDetails");
        String compartmentId = Compartments.require(details.getCompartmentId(), "CreateSubnetDetails");
        if (details.getIpv6CidrBlock() != null || details.getIpv6CidrBlocks() != null) {
            throw new UnsupportedOperationException("FakeOci does not model IPv6 subnets; see "
                    + "oke-net-testkit/COVERAGE.md for what it supports");
        }
        String cidrText = cidrOf(details);
        Ipv4Cidr cidr = requireFreeCidr(vcn, cidrText, null);
        requireDnsLabel(vcn, details.getDnsLabel());
        boolean prohibitPublic = publicIpRule(details.getProhibitPublicIpOnVnic(), details.getProhibitInternetIngress());
        String routeTableId = details.getRouteTableId() != null ? details.getRouteTableId()
                : vcn.model().getDefaultRouteTableId();
        var routeTable = net.routeTables().requireInVcn(routeTableId, vcn, "CreateSubnetDetails.routeTableId");
        List<String> securityListIds = details.getSecurityListIds() != null
                ? List.copyOf(new LinkedHashSet<>(details.getSecurityListIds()))
                : List.of(vcn.model().getDefaultSecurityListId());
        List<Resource<?>> dependencies = new ArrayList<>(List.of(vcn, routeTable));
        dependencies.addAll(requireSecurityLists(vcn, securityListIds));
        String dhcpId = details.getDhcpOptionsId() != null ? details.getDhcpOptionsId()
                : vcn.model().getDefaultDhcpOptionsId();
        dependencies.add(net.dhcpOptions().requireInVcn(dhcpId, vcn, "CreateSubnetDetails.dhcpOptionsId"));
        if (!prohibitPublic) {
            net.routeTables().requirePublicSafe(routeTable, "the public subnet " + cidr);
        }

        String id = newId();
        long start = startAfter(dependencies);
        String name = details.getDisplayName() != null ? details.getDisplayName() : world.defaultName("subnet", start);
        AddressPool pool = net.privateIps().openPool(id, cidr);
        Subnet.Builder model = Subnet.builder()
                .id(id)
                .vcnId(vcn.id())
                .compartmentId(compartmentId)
                .availabilityDomain(details.getAvailabilityDomain())
                .cidrBlock(cidr.toString())
                .ipv4CidrBlocks(List.of(cidr.toString()))
                .displayName(name)
                .dnsLabel(details.getDnsLabel())
                .subnetDomainName(details.getDnsLabel() == null ? null
                        : details.getDnsLabel() + "." + vcn.model().getVcnDomainName())
                .prohibitPublicIpOnVnic(prohibitPublic)
                .prohibitInternetIngress(prohibitPublic)
                .routeTableId(routeTableId)
                .securityListIds(securityListIds)
                .dhcpOptionsId(dhcpId)
                .freeformTags(Tags.freeform(details.getFreeformTags()))
                .definedTags(Tags.defined(details.getDefinedTags()))
                .virtualRouterIp(pool.virtualRouterIp())
                .virtualRouterMac("00:00:17:" + macTail(id))
                .timeCreated(world.date(start));
        return storeShown(id, start, latency(), compartmentId, vcn.id(), name,
                state -> model.lifecycleState(Subnet.LifecycleState.create(state)).build());
    }

    /**
     * The subnet's one IPv4 block, from {@code cidrBlock} or {@code ipv4CidrBlocks}. Subnets with
     * several IPv4 blocks are not modelled (COVERAGE.md); where both fields are given they must
     * name the same block.
     */
    private static String cidrOf(CreateSubnetDetails details) {
        List<String> blocks = details.getIpv4CidrBlocks();
        if (blocks != null && blocks.size() > 1) {
            throw new UnsupportedOperationException("FakeOci does not model subnets with several IPv4 CIDR blocks"
                    + " (ipv4CidrBlocks " + blocks + "); see oke-net-testkit/COVERAGE.md for what it supports");
        }
        String listed = blocks == null || blocks.isEmpty() ? null : blocks.get(0);
        String given = details.getCidrBlock();
        if (given != null && listed != null && !given.equals(listed)) {
            throw OciErrors.invalid("cidrBlock '" + given + "' and ipv4CidrBlocks " + blocks + " name different"
                    + " blocks; give one of them, or the same block in both.");
        }
        String cidr = given != null ? given : listed;
        if (cidr == null) {
            throw OciErrors.missing("cidrBlock", "CreateSubnetDetails");
        }
        return cidr;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String macTail(String id) {
        // String.format("%02X:%02X:%02X", ...) by hand: the formatter parses its pattern on every subnet.
        int hash = id.hashCode();
        char[] mac = new char[8];
        for (int i = 0, shift = 16; i < 8; i += 3, shift -= 8) {
            mac[i] = HEX[(hash >> (shift + 4)) & 15];
            mac[i + 1] = HEX[(hash >> shift) & 15];
            if (i < 6) {
                mac[i + 2] = ':';
            }
        }
        return new String(mac);
    }

    private static boolean publicIpRule(Boolean prohibitPublicIpOnVnic, Boolean prohibitInternetIngress) {
        if (prohibitPublicIpOnVnic != null && prohibitInternetIngress != null
                && !prohibitPublicIpOnVnic.equals(prohibitInternetIngress)) {
            throw OciErrors.invalid("prohibitPublicIpOnVnic (" + prohibitPublicIpOnVnic
                    + ") and prohibitInternetIngress (" + prohibitInternetIngress
                    + ") must agree; set one of them, or both to the same value.");
        }
        return Boolean.TRUE.equals(prohibitPublicIpOnVnic != null ? prohibitPublicIpOnVnic : prohibitInternetIngress);
    }

    private Ipv4Cidr requireFreeCidr(Resource<Vcn> vcn, String text, String exceptSubnetId) {
        Ipv4Cidr cidr = VcnCidrRules.requireCidr(text, "subnet CIDR block");
        if (cidr.prefix() > VcnCidrRules.SMALLEST_PREFIX) {
            throw OciErrors.invalid("The subnet CIDR block " + cidr + " is too small; the smallest subnet is /"
                    + VcnCidrRules.SMALLEST_PREFIX + " (OCI reserves 3 addresses per subnet).");
        }
        boolean inside = net.vcns().cidrs(vcn).stream().anyMatch(block -> block.contains(cidr));
        if (!inside) {
            throw OciErrors.invalid("The requested CIDR " + cidr + " is invalid: it is not within the VCN "
                    + vcn + " CIDR blocks " + vcn.model().getCidrBlocks() + "; choose a block inside one of them.");
        }
        existing().filter(s -> s.parentId().equals(vcn.id()) && !s.id().equals(exceptSubnetId))
                .filter(s -> Ipv4Cidr.parse(s.model().getCidrBlock()).orElseThrow().overlaps(cidr))
                .findFirst()
                .ifPresent(s -> {
                    throw OciErrors.invalid("The requested CIDR " + cidr + " is invalid: subnet " + s.id() + " ("
                            + s.displayName() + ") with CIDR " + s.model().getCidrBlock()
                            + " overlaps with this CIDR; choose a free block of the VCN.");
                });
        return cidr;
    }

    private void requireDnsLabel(Resource<Vcn> vcn, String label) {
        if (label == null) {
            return;
        }
        if (vcn.model().getDnsLabel() == null) {
            throw OciErrors.invalid("Subnet dnsLabel '" + label + "' is not allowed: the " + vcn
                    + " has no DNS label. Create the VCN with a dnsLabel, or omit the subnet's.");
        }
        if (!DnsLabels.isValid(label)) {
            throw OciErrors.invalid("Subnet dnsLabel '" + label + "' is invalid: " + DnsLabels.rule() + ".");
        }
        existing().filter(s -> s.parentId().equals(vcn.id()) && label.equalsIgnoreCase(s.model().getDnsLabel()))
                .findFirst()
                .ifPresent(s -> {
                    throw OciErrors.invalid("Subnet dnsLabel '" + label + "' is already used by subnet " + s.id()
                            + " in the same VCN; DNS labels must be unique within a VCN.");
                });
    }

    private List<Resource<?>> requireSecurityLists(Resource<Vcn> vcn, List<String> ids) {
        if (ids.size() > MAX_SECURITY_LISTS) {
            throw OciErrors.invalid("A subnet takes at most " + MAX_SECURITY_LISTS + " security lists; "
                    + ids.size() + " were given. Merge rules into fewer lists or use NSGs.");
        }
        List<Resource<?>> lists = new ArrayList<>();
        for (String id : ids) {
            lists.add(net.securityLists().requireInVcn(id, vcn, "securityListIds"));
        }
        return lists;
    }

    private Reply list(ListSubnetsRequest request) {
        Compartments.require(request.getCompartmentId(), "ListSubnets");
        return page(list(ListQuery.of(request.getCompartmentId(), request.getVcnId(), request.getDisplayName(),
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), request.getLimit(),
                request.getPage())));
    }

    private Reply update(UpdateSubnetRequest request) {
        Resource<Subnet> subnet = requireMutable(request.getSubnetId(), "subnetId", "UpdateSubnet", request.getIfMatch());
        UpdateSubnetDetails details = request.getUpdateSubnetDetails();
        if (details == null) {
            throw OciErrors.missing("updateSubnetDetails", "UpdateSubnet");
        }
        Resource<Vcn> vcn = net.vcns().require(subnet.parentId(), "vcnId", "UpdateSubnet");
        Subnet current = subnet.model();
        Subnet.Builder next = current.toBuilder();
        if (details.getRouteTableId() != null) {
            var routeTable = net.routeTables().requireInVcn(details.getRouteTableId(), vcn, "routeTableId");
            if (isPublic(current)) {
                net.routeTables().requirePublicSafe(routeTable, "the public " + subnet);
            }
            next.routeTableId(details.getRouteTableId());
        }
        if (details.getSecurityListIds() != null) {
            List<String> ids = List.copyOf(new LinkedHashSet<>(details.getSecurityListIds()));
            requireSecurityLists(vcn, ids);
            next.securityListIds(ids);
        }
        if (details.getDhcpOptionsId() != null) {
            net.dhcpOptions().requireInVcn(details.getDhcpOptionsId(), vcn, "dhcpOptionsId");
            next.dhcpOptionsId(details.getDhcpOptionsId());
        }
        if (details.getIpv6CidrBlock() != null || details.getIpv6CidrBlocks() != null) {
            throw new UnsupportedOperationException("FakeOci does not model IPv6 subnets; see "
                    + "oke-net-testkit/COVERAGE.md for what it supports");
        }
        if (details.getCidrBlock() != null && !details.getCidrBlock().equals(current.getCidrBlock())) {
            Ipv4Cidr cidr = requireFreeCidr(vcn, details.getCidrBlock(), subnet.id());
            requireSameNetworkAddress(subnet, cidr);
            net.privateIps().resizePool(subnet, cidr);
            next.cidrBlock(cidr.toString()).ipv4CidrBlocks(List.of(cidr.toString()))
                    .virtualRouterIp(net.privateIps().pool(subnet.id()).virtualRouterIp());
        }
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        next.displayName(name)
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()));
        subnet.update(next.build(), name);
        return reply(subnet);
    }

    /**
     * {@code UpdateSubnetDetails.cidrBlock} javadoc: "The old and new CIDR block ranges must use the
     * same network address. Example: 10.0.0.0/25 and 10.0.0.0/24."
     */
    private static void requireSameNetworkAddress(Resource<Subnet> subnet, Ipv4Cidr cidr) {
        Ipv4Cidr old = Ipv4Cidr.parse(subnet.model().getCidrBlock()).orElseThrow();
        if (old.first() != cidr.first()) {
            throw OciErrors.invalid("The " + subnet + " cannot change from " + old + " to " + cidr + ": the old and new"
                    + " CIDR blocks must use the same network address. Grow or shrink it in place, e.g. "
                    + Ipv4Cidr.format(old.first()) + "/" + cidr.prefix() + ".");
        }
    }

    private Reply delete(DeleteSubnetRequest request) {
        Resource<Subnet> subnet = requireMutable(request.getSubnetId(), "subnetId", "DeleteSubnet", request.getIfMatch());
        net.references().requireSubnetUnused(subnet);
        beginDelete(subnet, latency());
        net.privateIps().closePool(subnet.id());
        return Reply.noContent().about(subnet.id(), -1);
    }
}
