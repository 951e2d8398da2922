package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.IcmpOptions;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import java.util.AbstractList;
import java.util.Date;
import java.util.List;

/**
 * One NSG security rule as FakeOci keeps it: the values OCI answers with, made into the SDK's
 * {@link SecurityRule} when first read. Building a {@code SecurityRule} (its builder and the model
 * each record the fields set in a {@code HashSet}) cost more than everything else of adding a rule,
 * and an apply adds dozens of rules it never reads back. The model is built the same way as
 * before, with the same fields set, so what a read answers is unchanged.
 */
final class StoredRule {
    final String id;
    final String direction;
    final String protocol;
    final String source;
    final String sourceType;
    final String destination;
    final String destinationType;
    final boolean stateless;
    final String description;
    final TcpOptions tcp;
    final UdpOptions udp;
    final IcmpOptions icmp;
    final boolean valid;
    final Date created;
    private SecurityRule model;

    /** A rule; {@code source}/{@code sourceType} for an INGRESS rule, {@code destination}/{@code destinationType} for EGRESS. */
    StoredRule(String id, String direction, String protocol, String source, String sourceType, String destination,
            String destinationType, boolean stateless, String description, TcpOptions tcp, UdpOptions udp,
            IcmpOptions icmp, boolean valid, Date created) {
        this.id = id;
        this.direction = direction;
        this.protocol = protocol;
        this.source = source;
        this.sourceType = sourceType;
        this.destination = destination;
        this.destinationType = destinationType;
        this.stateless = stateless;
        this.description = description;
        this.tcp = tcp;
        this.udp = udp;
        this.icmp = icmp;
        this.valid = valid;
        this.created = created;
    }

    boolean isIngress() {
        return "INGRESS".equals(direction);
    }

    /** The same rule with {@code isValid} false (its peer NSG was deleted). */
    StoredRule invalid() {
        return new StoredRule(id, direction, protocol, source, sourceType, destination, destinationType, stateless,
                description, tcp, udp, icmp, false, created);
    }

    /** The same rule created at {@code time} (an update keeps the rule's creation time). */
    StoredRule createdAt(Date time) {
        return new StoredRule(id, direction, protocol, source, sourceType, destination, destinationType, stateless,
                description, tcp, udp, icmp, valid, time);
    }

    /** The SDK model, made once. */
    synchronized SecurityRule model() {
        SecurityRule m = model;
        if (m == null) {
            SecurityRule.Builder b = SecurityRule.builder().id(id).direction(SecurityRule.Direction.create(direction))
                    .protocol(protocol).isStateless(stateless).description(description)
                    .tcpOptions(tcp).udpOptions(udp).icmpOptions(icmp).isValid(valid).timeCreated(created);
            if (isIngress()) {
                b.source(source).sourceType(SecurityRule.SourceType.create(sourceType));
            } else {
                b.destination(destination).destinationType(SecurityRule.DestinationType.create(destinationType));
            }
            m = b.build();
            model = m;
        }
        return m;
    }

    /**
     * The models of {@code rules}, each made when first read: the answer of an add or update holds
     * this list, and an in-process caller that ignores the answer never pays for the models. The
     * rules are immutable, so a later read sees what the call answered.
     */
    static List<SecurityRule> models(List<StoredRule> rules) {
        List<StoredRule> fixed = List.copyOf(rules);
        return new AbstractList<>() {
            @Override
            public SecurityRule get(int index) {
                return fixed.get(index).model();
            }

            @Override
            public int size() {
                return fixed.size();
            }
        };
    }
}
