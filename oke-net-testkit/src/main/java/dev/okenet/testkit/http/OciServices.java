package dev.okenet.testkit.http;

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
        Identity identity) {}
