package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.PrivateIp;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.core.responses.ListPrivateIpsResponse;
import dev.okenet.testkit.ccm.internal.spec.LbSpec;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OCI (layer 7) load balancers, which FakeOci does not serve: the simulated CCM keeps them here
 * and judges their creation the way the Load Balancer service does.
 *
 * <ul>
 *   <li>The request is the CCM's spec ({@code createLoadBalancer} in {@code load_balancer.go}); OCI's
 *       refusals come back as "creating load balancer: Error returned by LoadBalancer Service...".
 *   <li>A public load balancer needs a public subnet: a private one is refused with 400
 *       InvalidParameter and the Service stays pending.
 *   <li>A flexible shape takes 10 to 8000 Mbps with minimum &lt;= maximum (the Load Balancer API's
 *       {@code ShapeDetails}; the CCM clamps to 10-8192 first, so only 8001-8192 reaches this check);
 *       the refusal's wording is unverified.
 *   <li>A reserved public IP (spec.loadBalancerIP) becomes the address as given; OCI's reserved-IP
 *       lookup is not simulated.
 *   <li>The fixed 100Mbps shape counts against a quota ({@code fixedShapeQuota}; many tenancies
 *       have none, so the default is 0, unverified): over it, 400 LimitExceeded.
 *   <li>At most 5 NSGs.
 *   <li>Addresses: a public load balancer takes 2 private addresses of its subnet (primary and
 *       standby), a private one 3 (primary, standby, floating). They are taken from the top of
 *       the subnet, because FakeOci, which does not know about them, hands out addresses from the
 *       bottom; they never show in ListPrivateIps.
 * </ul>
 */
public final class ClassicLoadBalancers {
    static final int PUBLIC_LB_ADDRESSES = 2;
    static final int PRIVATE_LB_ADDRESSES = 3;
    static final int MAX_NSGS = 5;
    static final String FIXED_SHAPE = "100Mbps";
    static final int FLEX_MIN = 10;
    static final int FLEX_MAX = 8000;

    private final VirtualNetwork network;
    private final int fixedShapeQuota;
    private final Map<String, Record> byId = new LinkedHashMap<>();
    private int nextPublic = 10;

    /** What one load balancer holds. */
    private record Record(String id, String subnetId, String shape, List<Long> privateIps) {}

    public ClassicLoadBalancers(VirtualNetwork network, int fixedShapeQuota) {
        this.network = network;
        this.fixedShapeQuota = fixedShapeQuota;
    }

    /**
     * Creates a load balancer for {@code request} in {@code subnet}.
     *
     * @throws CcmFailure with the Load Balancer service's error
     */
    public ProvisionedLb create(ServiceRequest request, Subnet subnet, List<String> nsgIds) {
        LbSpec spec = request.spec();
        if (!request.internal() && Boolean.TRUE.equals(subnet.getProhibitPublicIpOnVnic())) {
            throw new CcmFailure(error(400, "InvalidParameter", "A public load balancer cannot be created in private subnet "
                    + subnet.getId() + " (" + subnet.getCidrBlock() + "), which prohibits public IPs"));
        }
        if (spec.flexMin().isPresent() && (spec.flexMin().get() < FLEX_MIN || spec.flexMax().get() > FLEX_MAX
                || spec.flexMin().get() > spec.flexMax().get())) {
            throw new CcmFailure(error(400, "InvalidParameter", "The flexible shape's bandwidth " + spec.flexMin().get() + "-"
                    + spec.flexMax().get() + " Mbps is invalid: it must be " + FLEX_MIN + " to " + FLEX_MAX
                    + " Mbps with minimum <= maximum"));
        }
        boolean fixed = FIXED_SHAPE.equalsIgnoreCase(spec.shape());
        long fixedInUse = byId.values().stream().filter(r -> FIXED_SHAPE.equalsIgnoreCase(r.shape())).count();
        if (fixed && fixedInUse >= fixedShapeQuota) {
            throw new CcmFailure(error(400, "LimitExceeded", "The following service limits were exceeded: lb-100mbps-count"
                    + " (limit " + fixedShapeQuota + ", in use " + fixedInUse + "). Request a limit increase, or use the"
                    + " flexible shape (" + dev.okenet.testkit.ccm.internal.spec.Annotations.LB_SHAPE + ": flexible)"));
        }
        if (nsgIds.size() > MAX_NSGS) {
            throw new CcmFailure(error(400, "InvalidParameter", "A load balancer takes at most " + MAX_NSGS + " network"
                    + " security groups, " + nsgIds.size() + " were given"));
        }
        int count = request.internal() ? PRIVATE_LB_ADDRESSES : PUBLIC_LB_ADDRESSES;
        List<Long> taken = takeFromTop(subnet, count);
        String id = "ocid1.loadbalancer.oc1.simulated." + String.format("%06d", byId.size() + 1);
        byId.put(id, new Record(id, subnet.getId(), spec.shape(), taken));
        String privateIp = Ipv4Cidr.format(taken.get(0));
        String address = request.internal() ? privateIp : spec.loadBalancerIp().orElseGet(() -> "198.51.100." + nextPublic++);
        return new ProvisionedLb(id, address, privateIp, subnet.getId(), nsgIds);
    }

    /** The private addresses the load balancers hold in {@code subnetId}. */
    public List<String> addressesIn(String subnetId) {
        return byId.values().stream().filter(r -> r.subnetId().equals(subnetId))
                .flatMap(r -> r.privateIps().stream()).map(Ipv4Cidr::format).toList();
    }

    private List<Long> takeFromTop(Subnet subnet, int count) {
        Ipv4Cidr cidr = Ipv4Cidr.parse(subnet.getCidrBlock()).orElseThrow();
        Set<Long> used = new HashSet<>();
        for (PrivateIp ip : privateIps(subnet.getId())) {
            Ipv4Cidr.parseAddress(ip.getIpAddress()).ifPresent(used::add);
        }
        addressesIn(subnet.getId()).forEach(a -> used.add(Ipv4Cidr.parseAddress(a).orElseThrow()));
        List<Long> taken = new ArrayList<>();
        // OCI reserves the first two addresses and the last one of every subnet.
        for (long ip = cidr.last() - 1; ip >= cidr.first() + 2 && taken.size() < count; ip--) {
            if (!used.contains(ip)) {
                taken.add(ip);
            }
        }
        if (taken.size() < count) {
            throw new CcmFailure(error(400, "InvalidParameter", "Subnet " + subnet.getId() + " (" + subnet.getCidrBlock()
                    + ") does not have " + count + " free private IP addresses for the load balancer; use a larger subnet"));
        }
        return taken;
    }

    private List<PrivateIp> privateIps(String subnetId) {
        List<PrivateIp> out = new ArrayList<>();
        String page = null;
        do {
            ListPrivateIpsResponse response = network.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(subnetId)
                    .page(page).build());
            out.addAll(response.getItems());
            page = response.getOpcNextPage();
        } while (page != null);
        return out;
    }

    private static String error(int status, String code, String message) {
        return "creating load balancer: Error returned by LoadBalancer Service. Http Status Code: " + status
                + ". Error Code: " + code + ". Message: " + message + ".";
    }
}
