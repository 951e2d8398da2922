package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.DhcpDnsOption;
import com.oracle.bmc.core.model.DhcpOption;
import com.oracle.bmc.core.model.DhcpOptions;
import com.oracle.bmc.core.model.DhcpSearchDomainOption;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetDhcpOptionsRequest;
import com.oracle.bmc.core.requests.ListDhcpOptionsRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.List;

/** DHCP options: each VCN's default set (VCN and internet resolver, the VCN's search domain). Read-only. */
final class DhcpOptionsPart extends Part<DhcpOptions> {

    DhcpOptionsPart(World world) {
        super(world, ResourceKind.DHCP_OPTIONS);
    }

    @Override
    protected DhcpOptions withState(DhcpOptions model, String state) {
        return model.toBuilder().lifecycleState(DhcpOptions.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("getDhcpOptions", GetDhcpOptionsRequest.class,
                        r -> reply(require(r.getDhcpId(), "dhcpId", "GetDhcpOptions")))
                .on("listDhcpOptions", ListDhcpOptionsRequest.class, this::list);
    }

    String createDefault(Resource<Vcn> vcn) {
        List<DhcpOption> options = new ArrayList<>();
        options.add(DhcpDnsOption.builder().serverType(DhcpDnsOption.ServerType.VcnLocalPlusInternet).build());
        if (vcn.model().getVcnDomainName() != null) {
            options.add(DhcpSearchDomainOption.builder().searchDomainNames(List.of(vcn.model().getVcnDomainName()))
                    .build());
        }
        String id = newId();
        String name = "Default DHCP Options for " + vcn.displayName();
        DhcpOptions model = DhcpOptions.builder().id(id).vcnId(vcn.id()).compartmentId(vcn.compartmentId())
                .displayName(name).options(List.copyOf(options))
                .domainNameType(DhcpOptions.DomainNameType.VcnDomain)
                .freeformTags(Tags.freeform(null)).definedTags(Tags.defined(null))
                .timeCreated(world.date(vcn.lifecycle().createdAt())).build();
        store(id, vcn.lifecycle().createdAt(), vcn.lifecycle().readyAt() - vcn.lifecycle().createdAt(),
                vcn.compartmentId(), vcn.id(), name, model);
        return id;
    }

    private Reply list(ListDhcpOptionsRequest request) {
        Compartments.require(request.getCompartmentId(), "ListDhcpOptions");
        return page(list(ListQuery.of(request.getCompartmentId(), request.getVcnId(), request.getDisplayName(),
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), request.getLimit(),
                request.getPage())));
    }
}
