package dev.okenet.testkit.http;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;

/**
 * The OCI services a provider talks to, as the SDK's interfaces, through one {@link Door}: Identity
 * for the availability domains node pools are placed in.
 *
 * <pre>{@code
 * OciServices oci = Door.HTTP.services(fake);
 * oci.virtualNetwork().listVcns(request);
 * oci.identity().listAvailabilityDomains(request);
 * }</pre>
 */
public record OciServices(
        VirtualNetwork virtualNetwork, ContainerEngine containerEngine, NetworkLoadBalancer networkLoadBalancer,
        Identity identity) {
    /** Checks that every service is given. */
    public OciServices {
        notNull(virtualNetwork, "OciServices: virtualNetwork", "Give the service, e.g. fake.virtualNetwork(), or take all four from Door.services(fake).");
        notNull(containerEngine, "OciServices: containerEngine", "Give the service, e.g. fake.containerEngine(), or take all four from Door.services(fake).");
        notNull(networkLoadBalancer, "OciServices: networkLoadBalancer",
                "Give the service, e.g. fake.networkLoadBalancer(), or take all four from Door.services(fake).");
        notNull(identity, "OciServices: identity", "Give the service, e.g. fake.identity(), or take all four from Door.services(fake).");
    }
}
