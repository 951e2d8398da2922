package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import com.oracle.bmc.core.requests.GetNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.responses.ListNetworkSecurityGroupSecurityRulesResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the security rules that apply to a VNIC from the cloud: the security lists of its subnet and
 * the rules of its NSGs, fresh on every call (the CCM may just have written some).
 */
public final class RuleBook {
    private final VirtualNetwork network;

    public RuleBook(VirtualNetwork network) {
        this.network = network;
    }

    /** Every rule on {@code endpoint}'s VNIC; none for outside clients. */
    List<NormalRule> rulesAt(Endpoint endpoint) {
        List<NormalRule> rules = new ArrayList<>();
        if (endpoint.subnetId().isEmpty()) {
            return rules;
        }
        var subnet = network.getSubnet(GetSubnetRequest.builder().subnetId(endpoint.subnetId().get()).build()).getSubnet();
        if (subnet.getSecurityListIds() != null) {
            for (String listId : subnet.getSecurityListIds()) {
                SecurityList list = network.getSecurityList(GetSecurityListRequest.builder().securityListId(listId).build())
                        .getSecurityList();
                String origin = "security list '" + list.getDisplayName() + "'";
                for (IngressSecurityRule r : nullSafe(list.getIngressSecurityRules())) {
                    rules.add(new NormalRule(origin, true, sourceType(r.getSourceType()), r.getSource(), r.getProtocol(),
                            min(r.getTcpOptions(), r.getUdpOptions()), max(r.getTcpOptions(), r.getUdpOptions())));
                }
                for (EgressSecurityRule r : nullSafe(list.getEgressSecurityRules())) {
                    rules.add(new NormalRule(origin, false, destinationType(r.getDestinationType()), r.getDestination(),
                            r.getProtocol(), min(r.getTcpOptions(), r.getUdpOptions()), max(r.getTcpOptions(), r.getUdpOptions())));
                }
            }
        }
        for (String nsgId : endpoint.nsgIds()) {
            String origin = "NSG '" + network.getNetworkSecurityGroup(GetNetworkSecurityGroupRequest.builder()
                    .networkSecurityGroupId(nsgId).build()).getNetworkSecurityGroup().getDisplayName() + "'";
            for (SecurityRule r : nsgRules(nsgId)) {
                boolean ingress = r.getDirection() == SecurityRule.Direction.Ingress;
                NormalRule.PeerType type = nsgPeerType(ingress ? r.getSourceType() == null ? null : r.getSourceType().getValue()
                        : r.getDestinationType() == null ? null : r.getDestinationType().getValue());
                rules.add(new NormalRule(origin, ingress, type, ingress ? r.getSource() : r.getDestination(), r.getProtocol(),
                        min(r.getTcpOptions(), r.getUdpOptions()), max(r.getTcpOptions(), r.getUdpOptions())));
            }
        }
        return rules;
    }

    /** Where {@code rules} live, for messages. */
    String originsOf(List<NormalRule> rules) {
        List<String> origins = rules.stream().map(NormalRule::origin).distinct().toList();
        return origins.isEmpty() ? "no security list or NSG" : String.join(", ", origins);
    }

    private List<SecurityRule> nsgRules(String nsgId) {
        List<SecurityRule> out = new ArrayList<>();
        String page = null;
        do {
            ListNetworkSecurityGroupSecurityRulesResponse response = network.listNetworkSecurityGroupSecurityRules(
                    ListNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(nsgId).page(page).build());
            out.addAll(response.getItems());
            page = response.getOpcNextPage();
        } while (page != null);
        return out;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static NormalRule.PeerType sourceType(IngressSecurityRule.SourceType type) {
        return type == IngressSecurityRule.SourceType.ServiceCidrBlock ? NormalRule.PeerType.SERVICE : NormalRule.PeerType.CIDR;
    }

    private static NormalRule.PeerType destinationType(EgressSecurityRule.DestinationType type) {
        return type == EgressSecurityRule.DestinationType.ServiceCidrBlock ? NormalRule.PeerType.SERVICE
                : NormalRule.PeerType.CIDR;
    }

    private static NormalRule.PeerType nsgPeerType(String value) {
        if ("NETWORK_SECURITY_GROUP".equals(value)) {
            return NormalRule.PeerType.NSG;
        }
        return "SERVICE_CIDR_BLOCK".equals(value) ? NormalRule.PeerType.SERVICE : NormalRule.PeerType.CIDR;
    }

    private static PortRange range(TcpOptions tcp, UdpOptions udp) {
        if (tcp != null) {
            return tcp.getDestinationPortRange();
        }
        return udp == null ? null : udp.getDestinationPortRange();
    }

    private static int min(TcpOptions tcp, UdpOptions udp) {
        PortRange r = range(tcp, udp);
        return r == null || r.getMin() == null ? 1 : r.getMin();
    }

    private static int max(TcpOptions tcp, UdpOptions udp) {
        PortRange r = range(tcp, udp);
        return r == null || r.getMax() == null ? 65535 : r.getMax();
    }
}
