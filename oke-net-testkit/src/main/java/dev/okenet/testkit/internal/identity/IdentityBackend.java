package dev.okenet.testkit.internal.identity;

import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.identity.IdentityPaginators;
import com.oracle.bmc.identity.IdentityWaiters;
import com.oracle.bmc.identity.model.AvailabilityDomain;
import com.oracle.bmc.identity.requests.ListAvailabilityDomainsRequest;
import dev.okenet.testkit.internal.dispatch.Dispatcher;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.dispatch.ServiceProxy;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.World;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The in-memory Identity service: {@code ListAvailabilityDomains}, the region's availability
 * domains as OCI lists them — "Lists the availability domains in your tenancy. Specify the OCID of
 * either the tenancy or another of your compartments as the value for the compartment ID"
 * ({@code Identity.listAvailabilityDomains}) — each with its name, a stable OCID and the
 * tenancy's OCID as its {@code compartmentId} ({@code AvailabilityDomain}: "The OCID of the
 * tenancy"). The list has no paging (the request has no {@code limit} or {@code page}).
 *
 * <pre>{@code
 * IdentityBackend identity = new IdentityBackend(world, List.of("Uocm:US-ASHBURN-AD-1"), tenancyId);
 * Identity client = identity.client(dispatcher, executor);
 * }</pre>
 */
public final class IdentityBackend {
    /**
     * The fake's one tenancy. Declared here, beside the fake's identity service, so that FakeOci
     * need not read it from the HTTP package ({@code ApiKey.TENANCY} is this value).
     */
    public static final String FAKE_TENANCY_ID = "ocid1.tenancy.oc1..aaaaaaaafakeocitenancy";

    private final World world;
    private final List<AvailabilityDomain> domains;
    private final OperationTable table = new OperationTable();

    /**
     * @param names the region's availability domains, in the order they are listed
     * @param tenancyId the tenancy every listed domain belongs to
     */
    public IdentityBackend(World world, List<String> names, String tenancyId) {
        this.world = world;
        this.domains = names.stream().map(name -> AvailabilityDomain.builder().name(name).id(ocid(name))
                .compartmentId(tenancyId).build()).toList();
        table.on("listAvailabilityDomains", ListAvailabilityDomainsRequest.class, this::listAvailabilityDomains);
    }

    public Identity client(Dispatcher dispatcher, ExecutorService waiterExecutor) {
        return ServiceProxy.create(Identity.class, table, dispatcher,
                "https://identity." + world.region().getRegionId() + ".oci.oraclecloud.com",
                proxy -> new IdentityWaiters(waiterExecutor, proxy), IdentityPaginators::new);
    }

    public OperationTable operations() {
        return table;
    }

    private Reply listAvailabilityDomains(ListAvailabilityDomainsRequest request) {
        Compartments.require(request.getCompartmentId(), "ListAvailabilityDomains");
        return Reply.of(domains);
    }

    /** A stable OCID per name, so two fakes of one region list the same domains. */
    private static String ocid(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "ocid1.availabilitydomain.oc1..aaaaaaaa" + HexFormat.of().formatHex(hash, 0, 26);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
