package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateServiceGatewayDetails;
import com.oracle.bmc.core.model.Service;
import com.oracle.bmc.core.model.ServiceGateway;
import com.oracle.bmc.core.model.ServiceIdRequestDetails;
import com.oracle.bmc.core.model.ServiceIdResponseDetails;
import com.oracle.bmc.core.model.UpdateServiceGatewayDetails;
import com.oracle.bmc.core.requests.CreateServiceGatewayRequest;
import com.oracle.bmc.core.requests.DeleteServiceGatewayRequest;
import com.oracle.bmc.core.requests.GetServiceGatewayRequest;
import com.oracle.bmc.core.requests.ListServiceGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateServiceGatewayRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Service gateways: one per VCN, enabling services from ListServices; not deletable while routed to. */
final class ServiceGatewayPart extends VcnGatewayPart<ServiceGateway> {
    ServiceGatewayPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.SERVICE_GATEWAY, net, "ServiceGateway", "serviceGatewayId");
    }

    @Override
    protected ServiceGateway withState(ServiceGateway model, String state) {
        return model.toBuilder().lifecycleState(ServiceGateway.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createServiceGateway", CreateServiceGatewayRequest.class, this::create)
                .on("getServiceGateway", GetServiceGatewayRequest.class, r -> getGateway(r.getServiceGatewayId()))
                .on("listServiceGateways", ListServiceGatewaysRequest.class, r -> listGateways(ListQuery.of(
                        r.getCompartmentId(), r.getVcnId(), null, r.getLifecycleState(), r.getSortBy(),
                        r.getSortOrder(), r.getLimit(), r.getPage())))
                .on("updateServiceGateway", UpdateServiceGatewayRequest.class, this::update)
                .on("deleteServiceGateway", DeleteServiceGatewayRequest.class,
                        r -> deleteGateway(r.getServiceGatewayId(), r.getIfMatch(), gateway -> {}));
    }

    private List<ServiceIdResponseDetails> services(List<ServiceIdRequestDetails> requested) {
        if (requested == null) {
            throw OciErrors.missing("services", "CreateServiceGatewayDetails");
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (ServiceIdRequestDetails service : requested) {
            if (service == null || service.getServiceId() == null) {
                throw OciErrors.missing("services[].serviceId", "CreateServiceGatewayDetails");
            }
            ids.add(service.getServiceId());
        }
        List<ServiceIdResponseDetails> enabled = new ArrayList<>();
        for (String id : ids) {
            Service service = net.services().find(id).orElseThrow(() -> OciErrors.invalid("The service '" + id
                    + "' is not a service of this region; take the id from ListServices."));
            enabled.add(ServiceIdResponseDetails.builder().serviceId(id).serviceName(service.getName()).build());
        }
        return List.copyOf(enabled);
    }

    private Reply create(CreateServiceGatewayRequest request) {
        return createGateway(request.getOpcRetryToken(), request.getCreateServiceGatewayDetails(),
                (CreateServiceGatewayDetails d) -> Given.of(d.getVcnId(), d.getCompartmentId(),
                        d.getRouteTableId(), d.getDisplayName(), d.getFreeformTags(), d.getDefinedTags()),
                (vcn, details) -> {
                    List<ServiceIdResponseDetails> services = services(details.getServices());
                    requireNoneYetIn(vcn, "service gateway");
                    return at -> ServiceGateway.builder().id(at.id()).vcnId(at.vcnId())
                            .compartmentId(at.compartmentId()).displayName(at.displayName()).blockTraffic(false)
                            .services(services).routeTableId(at.routeTableId()).freeformTags(at.freeformTags())
                            .definedTags(at.definedTags()).timeCreated(at.timeCreated()).build();
                });
    }

    private Reply update(UpdateServiceGatewayRequest request) {
        return updateGateway(request.getServiceGatewayId(), request.getIfMatch(),
                request.getUpdateServiceGatewayDetails(),
                (UpdateServiceGatewayDetails d) -> Given.change(d.getRouteTableId(), d.getDisplayName(),
                        d.getFreeformTags(), d.getDefinedTags()),
                (gateway, details) -> {
                    // Checked before the route table, as OCI does; a service still routed to stays.
                    List<ServiceIdResponseDetails> services = null;
                    if (details.getServices() != null) {
                        services = services(details.getServices());
                        net.references().requireServicesStillRouted(gateway, services);
                    }
                    List<ServiceIdResponseDetails> enabled = services;
                    return change -> {
                        ServiceGateway current = gateway.model();
                        return current.toBuilder().displayName(change.displayName())
                                .services(Tags.replaceIfGiven(enabled, current.getServices()))
                                .blockTraffic(Tags.replaceIfGiven(details.getBlockTraffic(), current.getBlockTraffic()))
                                .routeTableId(change.routeTableIdOr(current.getRouteTableId()))
                                .freeformTags(change.freeformTagsOr(current.getFreeformTags()))
                                .definedTags(change.definedTagsOr(current.getDefinedTags())).build();
                    };
                });
    }
}
