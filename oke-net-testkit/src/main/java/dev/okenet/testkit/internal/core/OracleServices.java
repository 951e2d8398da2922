package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.Service;
import com.oracle.bmc.core.requests.GetServiceRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.World;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The region's Oracle Services Network services a service gateway can enable: "All &lt;KEY&gt;
 * Services In Oracle Services Network" (cidrBlock {@code all-<key>-services-in-oracle-services-network})
 * and Object Storage ({@code oci-<key>-objectstorage}).
 */
final class OracleServices {
    private final List<Service> services;

    OracleServices(World world) {
        String key = world.regionKey();
        String upper = key.toUpperCase(Locale.ROOT);
        this.services = List.of(
                Service.builder().id(world.ocids().next("service")).name("All " + upper + " Services In Oracle Services Network")
                        .cidrBlock("all-" + key + "-services-in-oracle-services-network")
                        .description("All " + upper + " Services In Oracle Services Network").build(),
                Service.builder().id(world.ocids().next("service")).name("OCI " + upper + " Object Storage")
                        .cidrBlock("oci-" + key + "-objectstorage")
                        .description("OCI " + upper + " Object Storage").build());
    }

    void register(OperationTable table, World world) {
        table.on("listServices", ListServicesRequest.class,
                        r -> {
                            var page = world.listing().slice(services, r.getLimit(), r.getPage());
                            return Reply.of(page.items()).nextPage(page.nextPage());
                        })
                .on("getService", GetServiceRequest.class, r -> {
                    Service service = require(r.getServiceId());
                    return Reply.of(service).etag(etagOf(service));
                });
    }

    /**
     * GetService answers an {@code etag} header, as every core get does (GetServiceResponse has one).
     * A region's services never change, so each one's etag is fixed.
     */
    static String etagOf(Service service) {
        return Integer.toHexString(service.getId().hashCode()) + "-1";
    }

    Service require(String serviceId) {
        if (serviceId == null) {
            throw OciErrors.missing("serviceId", "the request");
        }
        return find(serviceId).orElseThrow(() -> OciErrors.notFound("service", serviceId));
    }

    Optional<Service> find(String serviceId) {
        return services.stream().filter(s -> s.getId().equals(serviceId)).findFirst();
    }

    String cidrOf(String serviceId) {
        return find(serviceId).map(Service::getCidrBlock).orElse("");
    }

    boolean isServiceCidr(String cidrLabel) {
        return services.stream().anyMatch(s -> s.getCidrBlock().equals(cidrLabel));
    }

    String allServicesCidr() {
        return services.get(0).getCidrBlock();
    }

    List<Service> all() {
        return services;
    }
}
