package dev.okenet.testkit.scheduling.internal;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.PrivateIp;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.core.responses.ListPrivateIpsResponse;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import dev.okenet.testkit.scheduling.SubnetUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pod subnets' private IPs as the cloud lists them. A node's pod addresses are the secondary
 * (non-primary) IPs of its pod VNICs, which FakeOci names after the node ("&lt;node&gt; pod VNIC n pod IP").
 */
public final class PodAddressBook {
    private final Map<String, List<PrivateIp>> bySubnet = new LinkedHashMap<>();
    private final Map<String, SubnetUsage> usage = new LinkedHashMap<>();

    /** Reads every private IP of {@code podSubnetIds}. */
    public static PodAddressBook read(VirtualNetwork network, List<String> podSubnetIds) {
        PodAddressBook book = new PodAddressBook();
        for (String subnetId : podSubnetIds) {
            if (book.bySubnet.containsKey(subnetId)) {
                continue;
            }
            String cidr = network.getSubnet(GetSubnetRequest.builder().subnetId(subnetId).build()).getSubnet().getCidrBlock();
            List<PrivateIp> ips = new ArrayList<>();
            String page = null;
            do {
                ListPrivateIpsResponse response = network.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(subnetId)
                        .page(page).build());
                ips.addAll(response.getItems());
                page = response.getOpcNextPage();
            } while (page != null);
            book.bySubnet.put(subnetId, ips);
            long usable = Ipv4Cidr.parse(cidr).map(c -> c.size() - 3).orElse(0L);
            book.usage.put(subnetId, new SubnetUsage(subnetId, cidr, usable, ips.size()));
        }
        return book;
    }

    /** The secondary pod IPs node {@code nodeName} holds, in address order. */
    public List<String> podAddressesOf(String nodeName) {
        String prefix = nodeName + " ";
        return bySubnet.values().stream().flatMap(List::stream)
                .filter(ip -> !Boolean.TRUE.equals(ip.getIsPrimary()) && ip.getDisplayName() != null
                        && ip.getDisplayName().startsWith(prefix))
                .map(PrivateIp::getIpAddress).toList();
    }

    /** Usage of every pod subnet read. */
    public List<SubnetUsage> usage() {
        return List.copyOf(usage.values());
    }
}
