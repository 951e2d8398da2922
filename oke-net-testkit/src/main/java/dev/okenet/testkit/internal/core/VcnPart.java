package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.UpdateVcnDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.DeleteVcnRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.core.requests.UpdateVcnRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.net.DnsLabels;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** VCNs: CIDR blocks (/16 to /30, non-overlapping, at most 5), DNS label, and the three defaults. */
final class VcnPart extends Part<Vcn> {
    /** CIDR blocks per VCN; OCI-FACTS.md marks 5 as unverified. */
    static final int MAX_CIDR_BLOCKS = 5;

    private final VirtualNetworkBackend net;

    VcnPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.VCN);
        this.net = net;
    }

    @Override
    protected Vcn withState(Vcn model, String state) {
        return model.toBuilder().lifecycleState(Vcn.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createVcn", CreateVcnRequest.class, this::create)
                .on("getVcn", GetVcnRequest.class, r -> reply(require(r.getVcnId(), "vcnId", "GetVcn")))
                .on("listVcns", ListVcnsRequest.class, this::list)
                .on("updateVcn", UpdateVcnRequest.class, this::update)
                .on("deleteVcn", DeleteVcnRequest.class, this::delete);
    }

    List<Ipv4Cidr> cidrs(Resource<Vcn> vcn) {
        return vcn.model().getCidrBlocks().stream().map(c -> Ipv4Cidr.parse(c).orElseThrow()).toList();
    }

    private Reply create(CreateVcnRequest request) {
        CreateVcnDetails details = request.getCreateVcnDetails();
        if (details == null) {
            throw OciErrors.missing("createVcnDetails", "CreateVcn");
        }
        return createOnce("createVcn", request.getOpcRetryToken(), details, () -> createNew(details));
    }

    private Resource<Vcn> createNew(CreateVcnDetails details) {
        String compartmentId = Compartments.require(details.getCompartmentId(), "CreateVcnDetails");
        List<Ipv4Cidr> cidrs = validCidrs(details);
        if (details.getDnsLabel() != null && !DnsLabels.isValid(details.getDnsLabel())) {
            throw OciErrors.invalid("VCN dnsLabel '" + details.getDnsLabel() + "' is invalid: " + DnsLabels.rule()
                    + ". Choose a label such as 'prod'.");
        }
        if (Boolean.TRUE.equals(details.getIsIpv6Enabled()) || details.getIpv6PrivateCidrBlocks() != null
                || details.getByoipv6CidrDetails() != null) {
            throw new UnsupportedOperationException("FakeOci does not model IPv6 VCNs (isIpv6Enabled / "
                    + "ipv6PrivateCidrBlocks / byoipv6CidrDetails); see oke-net-testkit/COVERAGE.md for what it supports");
        }
        String id = newId();
        long start = startAfter(List.of());
        String name = details.getDisplayName() != null ? details.getDisplayName() : world.defaultName("vcn", start);
        List<String> blocks = cidrs.stream().map(Ipv4Cidr::toString).toList();
        Vcn model = Vcn.builder()
                .id(id)
                .compartmentId(compartmentId)
                .cidrBlock(blocks.get(0))
                .cidrBlocks(blocks)
                .displayName(name)
                .dnsLabel(details.getDnsLabel())
                .vcnDomainName(details.getDnsLabel() == null ? null : details.getDnsLabel() + ".oraclevcn.com")
                .freeformTags(Tags.freeform(details.getFreeformTags()))
                .definedTags(Tags.defined(details.getDefinedTags()))
                .securityAttributes(details.getSecurityAttributes())
                .isZprOnly(details.getIsZprOnly())
                .timeCreated(world.date(start))
                .build();
        Resource<Vcn> vcn = store(id, start, latency(), compartmentId, null, name, model);
        String routeTableId = net.routeTables().createDefault(vcn);
        String securityListId = net.securityLists().createDefault(vcn, blocks);
        String dhcpId = net.dhcpOptions().createDefault(vcn);
        vcn.update(model.toBuilder().defaultRouteTableId(routeTableId).defaultSecurityListId(securityListId)
                .defaultDhcpOptionsId(dhcpId).build(), name);
        return vcn;
    }

    private static List<Ipv4Cidr> validCidrs(CreateVcnDetails details) {
        List<String> given = new ArrayList<>();
        if (details.getCidrBlocks() != null) {
            given.addAll(details.getCidrBlocks());
        }
        if (details.getCidrBlock() != null && !given.contains(details.getCidrBlock())) {
            if (!given.isEmpty()) {
                throw OciErrors.invalid("cidrBlock '" + details.getCidrBlock() + "' is not among cidrBlocks "
                        + given + "; set only cidrBlocks (cidrBlock is deprecated).");
            }
            given.add(details.getCidrBlock());
        }
        if (given.isEmpty()) {
            throw OciErrors.missing("cidrBlocks", "CreateVcnDetails");
        }
        if (given.size() > MAX_CIDR_BLOCKS) {
            throw OciErrors.limitExceeded("A VCN takes at most " + MAX_CIDR_BLOCKS + " IPv4 CIDR blocks; "
                    + given.size() + " were given.");
        }
        List<Ipv4Cidr> cidrs = new ArrayList<>();
        for (String text : given) {
            Ipv4Cidr cidr = VcnCidrRules.requireVcnCidr(text);
            for (Ipv4Cidr other : cidrs) {
                if (other.overlaps(cidr)) {
                    throw OciErrors.invalid("The VCN CIDR blocks " + other + " and " + cidr
                            + " overlap; give non-overlapping blocks.");
                }
            }
            cidrs.add(cidr);
        }
        return cidrs;
    }

    private Reply list(ListVcnsRequest request) {
        Compartments.require(request.getCompartmentId(), "ListVcns");
        return page(list(ListQuery.of(request.getCompartmentId(), null, request.getDisplayName(),
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), request.getLimit(),
                request.getPage())));
    }

    private Reply update(UpdateVcnRequest request) {
        Resource<Vcn> vcn = requireMutable(request.getVcnId(), "vcnId", "UpdateVcn", request.getIfMatch());
        UpdateVcnDetails details = Optional.ofNullable(request.getUpdateVcnDetails())
                .orElseThrow(() -> OciErrors.missing("updateVcnDetails", "UpdateVcn"));
        Vcn current = vcn.model();
        String name = Tags.replaceIfGiven(details.getDisplayName(), current.getDisplayName());
        vcn.update(current.toBuilder()
                .displayName(name)
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .securityAttributes(Tags.replaceIfGiven(details.getSecurityAttributes(), current.getSecurityAttributes()))
                .isZprOnly(Tags.replaceIfGiven(details.getIsZprOnly(), current.getIsZprOnly()))
                .build(), name);
        return reply(vcn);
    }

    private Reply delete(DeleteVcnRequest request) {
        Resource<Vcn> vcn = requireMutable(request.getVcnId(), "vcnId", "DeleteVcn", request.getIfMatch());
        net.references().requireNoChildren(vcn);
        beginDelete(vcn, latency());
        net.routeTables().find(vcn.model().getDefaultRouteTableId()).ifPresent(r -> net.routeTables().beginDelete(r, 0));
        net.securityLists().find(vcn.model().getDefaultSecurityListId())
                .ifPresent(r -> net.securityLists().beginDelete(r, 0));
        net.dhcpOptions().find(vcn.model().getDefaultDhcpOptionsId()).ifPresent(r -> net.dhcpOptions().beginDelete(r, 0));
        return Reply.noContent().about(vcn.id(), -1);
    }
}
