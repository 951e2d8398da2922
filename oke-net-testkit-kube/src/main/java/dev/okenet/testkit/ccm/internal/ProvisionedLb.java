package dev.okenet.testkit.ccm.internal;

import java.util.List;

/**
 * A load balancer the CCM created for a Service.
 *
 * @param id its OCID
 * @param address the address the Service shows: public for a public load balancer, else private
 * @param privateIp the private address in its subnet (where health checks come from)
 * @param subnetId its subnet
 * @param nsgIds its NSGs
 */
public record ProvisionedLb(String id, String address, String privateIp, String subnetId, List<String> nsgIds) {
    public ProvisionedLb {
        nsgIds = List.copyOf(nsgIds);
    }

    /** The load balancer as a flow endpoint. */
    public Endpoint endpoint(String service) {
        return Endpoint.vnic("load balancer of " + service + " (" + privateIp + ")", privateIp, subnetId, nsgIds);
    }
}
