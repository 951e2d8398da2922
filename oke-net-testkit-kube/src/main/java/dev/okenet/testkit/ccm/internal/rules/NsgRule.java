package dev.okenet.testkit.ccm.internal.rules;

import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.TcpOptions;
import java.util.Objects;

/**
 * An NSG security rule as the CCM compares them ({@code findSecurityRule} in
 * {@code load_balancer_network_security_group.go}): description, protocol, peer and direction
 * case-insensitively, peer type and TCP options exactly.
 *
 * @param id the rule's OCID (existing rules only)
 * @param ingress whether it is an ingress rule
 * @param protocol the protocol number
 * @param peer the source (ingress) or destination (egress)
 * @param peerIsNsg whether the peer is an NSG rather than a CIDR block
 * @param portMin the TCP destination port range's minimum, or null without one
 * @param portMax its maximum, or null
 * @param otherOptions whether the rule carries options the CCM never writes (source port range, UDP, ICMP)
 * @param description the description; the CCM's rules carry "service-uid-&lt;uid&gt;"
 */
public record NsgRule(String id, boolean ingress, String protocol, String peer, boolean peerIsNsg, Integer portMin,
        Integer portMax, boolean otherOptions, String description) {
    /** {@code makeNsgSecurityRule}: stateful TCP to one port, described by the Service's uid. */
    public static NsgRule make(boolean ingress, String peer, boolean peerIsNsg, int port, String description) {
        return new NsgRule(null, ingress, "6", peer, peerIsNsg, port, port, false, description);
    }

    /** An NSG rule read from OCI. */
    public static NsgRule of(SecurityRule rule) {
        boolean ingress = rule.getDirection() == SecurityRule.Direction.Ingress;
        String peerType = ingress ? (rule.getSourceType() == null ? null : rule.getSourceType().getValue())
                : (rule.getDestinationType() == null ? null : rule.getDestinationType().getValue());
        TcpOptions tcp = rule.getTcpOptions();
        PortRange range = tcp == null ? null : tcp.getDestinationPortRange();
        boolean other = (tcp != null && tcp.getSourcePortRange() != null) || rule.getUdpOptions() != null
                || rule.getIcmpOptions() != null;
        return new NsgRule(rule.getId(), ingress, rule.getProtocol(), ingress ? rule.getSource() : rule.getDestination(),
                "NETWORK_SECURITY_GROUP".equals(peerType), range == null ? null : range.getMin(),
                range == null ? null : range.getMax(), other, rule.getDescription());
    }

    /** {@code findSecurityRule}'s equality. */
    public boolean sameAs(NsgRule other) {
        return ingress == other.ingress && peerIsNsg == other.peerIsNsg && otherOptions == other.otherOptions
                && equalFold(protocol, other.protocol) && equalFold(peer, other.peer)
                && equalFold(description, other.description) && Objects.equals(portMin, other.portMin)
                && Objects.equals(portMax, other.portMax);
    }

    /** The rule as the request that adds it. */
    public AddSecurityRuleDetails toAddDetails() {
        AddSecurityRuleDetails.Builder b = AddSecurityRuleDetails.builder().protocol(protocol).isStateless(false)
                .description(description).tcpOptions(TcpOptions.builder()
                        .destinationPortRange(PortRange.builder().min(portMin).max(portMax).build()).build());
        if (ingress) {
            return b.direction(AddSecurityRuleDetails.Direction.Ingress).source(peer).sourceType(peerIsNsg
                    ? AddSecurityRuleDetails.SourceType.NetworkSecurityGroup : AddSecurityRuleDetails.SourceType.CidrBlock)
                    .build();
        }
        return b.direction(AddSecurityRuleDetails.Direction.Egress).destination(peer).destinationType(peerIsNsg
                ? AddSecurityRuleDetails.DestinationType.NetworkSecurityGroup : AddSecurityRuleDetails.DestinationType.CidrBlock)
                .build();
    }

    private static boolean equalFold(String a, String b) {
        return (a == null ? "" : a).equalsIgnoreCase(b == null ? "" : b);
    }

    @Override
    public String toString() {
        String port = portMin == null ? "all" : portMin.equals(portMax) ? portMin.toString() : portMin + "-" + portMax;
        return (ingress ? "ingress from " : "egress to ") + (peerIsNsg ? "nsg " : "cidr ") + peer + " protocol " + protocol
                + " port " + port + " [" + description + "]";
    }
}
