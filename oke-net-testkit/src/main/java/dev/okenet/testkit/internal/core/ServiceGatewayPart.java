package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateServiceGatewayDetails;
import com.oracle.bmc.core.model.Service;
import com.oracle.bmc.core.model.ServiceGateway;
import com.oracle.bmc.core.model.ServiceIdRequestDetails;
import com.oracle.bmc.core.model.ServiceIdResponseDetails;
import com.oracle.bmc.core.model.UpdateServiceGatewayDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateServiceGatewayRequest;
import com.oracle.bmc.core.requests.DeleteServiceGatewayRequest;
import com.oracle.bmc.core.requests.GetServiceGatewayRequest;
import com.oracle.bmc.core.requests.ListServiceGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateServiceGatewayRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
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

/** Service gateways: one per VCN, enabling services from ListServices; not deletable while routed to. */
final class ServiceGatewayPart extends Part<ServiceGateway> {
    private final VirtualNetworkBackend net;

    ServiceGatewayPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.SERVICE_GATEWAY);
        this.net = net;
    }

    @Override
    protected ServiceGateway withState(ServiceGateway model, String state) {
        return model.toBuilder().lifecycleState(ServiceGateway.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createServiceGateway", CreateServiceGatewayRequest.class, this::create)
                .on("getServiceGateway", GetServiceGatewayRequest.class,
                        r -> reply(require(r.getServiceGatewayId(), "serviceGatewayId", "GetServiceGateway")))
                .on("listServiceGateways", ListServiceGatewaysRequest.class, this::list)
                .on("updateServiceGateway", UpdateServiceGatewayRequest.class, this::update)
                .on("deleteServiceGateway", DeleteServiceGatewayRequest.class, this::delete);
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
        CreateServiceGatewayDetails details = request.getCreateServiceGatewayDetails();
        if (details == null) {
            throw OciErrors.missing("createServiceGatewayDetails", "CreateServiceGateway");
        }
        return createOnce("createServiceGateway", request.getOpcRetryToken(), details, () -> {
            Resource<Vcn> vcn = net.vcns().requireLive(details.getVcnId(), "vcnId", "CreateServiceGatewayDetails");
            String compartmentId = Compartments.require(details.getCompartmentId(), "CreateServiceGatewayDetails");
            List<ServiceIdResponseDetails> services = services(details.getServices());
            existing().filter(g -> vcn.id().equals(g.parentId())).findFirst().ifPresent(g -> {
                throw OciErrors.limitExceeded("The " + vcn + " already has service gateway " + g.id()
                        + "; a VCN can have only one service gateway. Reuse it.");
            });
            List<Resource<?>> dependencies = new ArrayList<>(List.of(vcn));
            if (details.getRouteTableId() != null) {
                dependencies.add(net.routeTables().requireInVcn(details.getRouteTableId(), vcn, "routeTableId"));
            }
            String id = newId();
            long start = startAfter(dependencies);
            String name = details.getDisplayName() != null ? details.getDisplayName()
                    : world.defaultName("servicegateway", start);
            ServiceGateway model = ServiceGateway.builder().id(id).vcnId(vcn.id()).compartmentId(compartmentId)
                    .displayName(name).blockTraffic(false).services(services)
                    .routeTableId(details.getRouteTableId())
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start)).build();
            return store(id, start, latency(), compartmentId, vcn.id(), name, model);
        });
    }

    private Reply list(ListServiceGatewaysRequest request) {
        Compartments.require(request.getCompartmentId(), "ListServiceGateways");
        return page(list(ListQuery.of(request.getCompartmentId(), request.getVcnId(), null,
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), request.getLimit(),
                request.getPage())));
    }

    private Reply update(UpdateServiceGatewayRequest request) {
        Resource<ServiceGateway> gateway = requireMutable(request.getServiceGatewayId(), "serviceGatewayId",
                "UpdateServiceGateway", request.getIfMatch());
        UpdateServiceGatewayDetails details = request.getUpdateServiceGatewayDetails();
        if (details == null) {
            throw OciErrors.missing("updateServiceGatewayDetails", "UpdateServiceGateway");
        }
        ServiceGateway current = gateway.model();
        ServiceGateway.Builder next = current.toBuilder();
        if (details.getServices() != null) {
            List<ServiceIdResponseDetails> services = services(details.getServices());
            net.references().requireServicesStillRouted(gateway, services);
            next.services(services);
        }
        if (details.getRouteTableId() != null) {
            net.routeTables().requireInVcn(details.getRouteTableId(),
                    net.vcns().require(gateway.parentId(), "vcnId", "UpdateServiceGateway"), "routeTableId");
            next.routeTableId(details.getRouteTableId());
        }
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        gateway.update(next.displayName(name)
                .blockTraffic(Tags.replaceIfGiven(details.getBlockTraffic(), current.getBlockTraffic()))
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        return reply(gateway);
    }

    private Reply delete(DeleteServiceGatewayRequest request) {
        Resource<ServiceGateway> gateway = requireMutable(request.getServiceGatewayId(), "serviceGatewayId",
                "DeleteServiceGateway", request.getIfMatch());
        net.references().requireNotRouteTarget(gateway);
        beginDelete(gateway, latency());
        return Reply.noContent().about(gateway.id(), -1);
    }
}
