package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.AddedNetworkSecurityGroupSecurityRules;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.UpdateSecurityRuleDetails;
import com.oracle.bmc.core.model.UpdatedNetworkSecurityGroupSecurityRules;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.RemoveNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.UpdateNetworkSecurityGroupSecurityRulesRequest;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The security rules of NSGs: at most 25 added or updated per call and 120 per NSG (ingress and
 * egress together); peers may be CIDRs, service labels or NSGs of the same VCN; each rule gets a
 * six-hex-digit id as OCI's do. Removing an id the NSG does not hold is refused (unverified: OCI
 * may ignore it).
 */
final class NsgRulesPart {
    static final int MAX_RULES_PER_CALL = 25;
    static final int MAX_RULES_PER_NSG = 120;

    private final World world;
    private final VirtualNetworkBackend net;
    private final Map<String, List<SecurityRule>> rulesByNsg = new HashMap<>();
    private final Random ids;

    NsgRulesPart(World world, VirtualNetworkBackend net, long seed) {
        this.world = world;
        this.net = net;
        this.ids = new Random(seed);
    }

    void register(OperationTable table) {
        table.on("addNetworkSecurityGroupSecurityRules", AddNetworkSecurityGroupSecurityRulesRequest.class, this::add)
                .on("updateNetworkSecurityGroupSecurityRules", UpdateNetworkSecurityGroupSecurityRulesRequest.class,
                        this::update)
                .on("removeNetworkSecurityGroupSecurityRules", RemoveNetworkSecurityGroupSecurityRulesRequest.class,
                        this::remove)
                .on("listNetworkSecurityGroupSecurityRules", ListNetworkSecurityGroupSecurityRulesRequest.class,
                        this::list);
    }

    /** The rules of an NSG, oldest first. */
    List<SecurityRule> rulesOf(String nsgId) {
        return List.copyOf(rulesByNsg.getOrDefault(nsgId, List.of()));
    }

    void forget(String nsgId) {
        rulesByNsg.remove(nsgId);
    }

    /** NSGs (other than {@code nsgId} itself) with a rule whose peer is {@code nsgId}. */
    List<String> referencing(String nsgId) {
        List<String> holders = new ArrayList<>();
        rulesByNsg.forEach((holder, rules) -> {
            boolean refers = rules.stream().anyMatch(r -> nsgId.equals(r.getSource()) || nsgId.equals(r.getDestination()));
            if (refers && !holder.equals(nsgId)) {
                holders.add(holder);
            }
        });
        return holders;
    }

    void clear() {
        rulesByNsg.clear();
    }

    private Resource<NetworkSecurityGroup> requireGroup(String id, String operation) {
        Resource<NetworkSecurityGroup> group = net.nsgs().requireLive(id, "networkSecurityGroupId", operation);
        if (group.lifecycle().isTransitionalAt(world.now())) {
            throw OciErrors.busy(group, net.nsgs().stateOf(group));
        }
        return group;
    }

    private Reply add(AddNetworkSecurityGroupSecurityRulesRequest request) {
        Resource<NetworkSecurityGroup> group = requireGroup(request.getNetworkSecurityGroupId(),
                "AddNetworkSecurityGroupSecurityRules");
        if (request.getAddNetworkSecurityGroupSecurityRulesDetails() == null
                || request.getAddNetworkSecurityGroupSecurityRulesDetails().getSecurityRules() == null) {
            throw OciErrors.missing("securityRules", "AddNetworkSecurityGroupSecurityRulesDetails");
        }
        List<AddSecurityRuleDetails> given = request.getAddNetworkSecurityGroupSecurityRulesDetails().getSecurityRules();
        requirePerCall(given.size(), "add");
        List<SecurityRule> current = rulesByNsg.computeIfAbsent(group.id(), k -> new ArrayList<>());
        if (current.size() + given.size() > MAX_RULES_PER_NSG) {
            throw OciErrors.limitExceeded("The " + group + " has " + current.size() + " rules; adding " + given.size()
                    + " would exceed the " + MAX_RULES_PER_NSG + " rules an NSG may hold. Split the rules over"
                    + " more NSGs.");
        }
        List<SecurityRule> added = new ArrayList<>();
        for (AddSecurityRuleDetails rule : given) {
            String where = "security rule " + (added.size() + 1) + " of the request";
            if (rule == null) {
                throw OciErrors.invalid(where + " is null; remove it.");
            }
            added.add(toRule(group, newRuleId(current), rule.getDirection() == null ? null : rule.getDirection().getValue(),
                    rule.getProtocol(), rule.getSource(), rule.getSourceType() == null ? null : rule.getSourceType().getValue(),
                    rule.getDestination(), rule.getDestinationType() == null ? null : rule.getDestinationType().getValue(),
                    rule.getIsStateless(), rule.getDescription(), rule, where));
            current.add(added.get(added.size() - 1));
        }
        group.touch();
        return Reply.of(AddedNetworkSecurityGroupSecurityRules.builder().securityRules(List.copyOf(added)).build());
    }

    private Reply update(UpdateNetworkSecurityGroupSecurityRulesRequest request) {
        Resource<NetworkSecurityGroup> group = requireGroup(request.getNetworkSecurityGroupId(),
                "UpdateNetworkSecurityGroupSecurityRules");
        if (request.getUpdateNetworkSecurityGroupSecurityRulesDetails() == null
                || request.getUpdateNetworkSecurityGroupSecurityRulesDetails().getSecurityRules() == null) {
            throw OciErrors.missing("securityRules", "UpdateNetworkSecurityGroupSecurityRulesDetails");
        }
        List<UpdateSecurityRuleDetails> given =
                request.getUpdateNetworkSecurityGroupSecurityRulesDetails().getSecurityRules();
        requirePerCall(given.size(), "update");
        List<SecurityRule> current = rulesByNsg.computeIfAbsent(group.id(), k -> new ArrayList<>());
        List<SecurityRule> next = new ArrayList<>(current);
        List<SecurityRule> updated = new ArrayList<>();
        for (UpdateSecurityRuleDetails rule : given) {
            String where = "security rule " + (rule == null ? "null" : rule.getId());
            if (rule == null || rule.getId() == null) {
                throw OciErrors.missing("securityRules[].id", "UpdateNetworkSecurityGroupSecurityRulesDetails");
            }
            int index = indexOf(next, rule.getId());
            if (index < 0) {
                throw OciErrors.invalid("The " + group + " has no security rule with id '" + rule.getId()
                        + "'; list its rules to find the id.");
            }
            SecurityRule replaced = toRule(group, rule.getId(),
                    rule.getDirection() == null ? null : rule.getDirection().getValue(), rule.getProtocol(),
                    rule.getSource(), rule.getSourceType() == null ? null : rule.getSourceType().getValue(),
                    rule.getDestination(), rule.getDestinationType() == null ? null : rule.getDestinationType().getValue(),
                    rule.getIsStateless(), rule.getDescription(), rule, where);
            replaced = replaced.toBuilder().timeCreated(next.get(index).getTimeCreated()).build();
            next.set(index, replaced);
            updated.add(replaced);
        }
        rulesByNsg.put(group.id(), next);
        group.touch();
        return Reply.of(UpdatedNetworkSecurityGroupSecurityRules.builder().securityRules(List.copyOf(updated)).build());
    }

    private Reply remove(RemoveNetworkSecurityGroupSecurityRulesRequest request) {
        Resource<NetworkSecurityGroup> group = requireGroup(request.getNetworkSecurityGroupId(),
                "RemoveNetworkSecurityGroupSecurityRules");
        if (request.getRemoveNetworkSecurityGroupSecurityRulesDetails() == null
                || request.getRemoveNetworkSecurityGroupSecurityRulesDetails().getSecurityRuleIds() == null) {
            throw OciErrors.missing("securityRuleIds", "RemoveNetworkSecurityGroupSecurityRulesDetails");
        }
        List<String> ruleIds = request.getRemoveNetworkSecurityGroupSecurityRulesDetails().getSecurityRuleIds();
        List<SecurityRule> current = rulesByNsg.computeIfAbsent(group.id(), k -> new ArrayList<>());
        for (String id : ruleIds) {
            if (indexOf(current, id) < 0) {
                throw OciErrors.invalid("The " + group + " has no security rule with id '" + id
                        + "'; list its rules to find the id.");
            }
        }
        Set<String> gone = new HashSet<>(ruleIds);
        current.removeIf(rule -> gone.contains(rule.getId()));
        group.touch();
        return Reply.of(null);
    }

    private Reply list(ListNetworkSecurityGroupSecurityRulesRequest request) {
        Resource<NetworkSecurityGroup> group = net.nsgs().requireLive(request.getNetworkSecurityGroupId(),
                "networkSecurityGroupId", "ListNetworkSecurityGroupSecurityRules");
        String direction = request.getDirection() == null ? null : request.getDirection().getValue();
        List<SecurityRule> rules = rulesOf(group.id()).stream()
                .filter(rule -> direction == null || direction.equals(rule.getDirection().getValue()))
                .toList();
        if (request.getSortBy() != null || request.getSortOrder() != null) {
            Comparator<SecurityRule> order = Comparator.comparing(SecurityRule::getTimeCreated);
            rules = rules.stream().sorted(request.getSortOrder() != null
                    && "ASC".equals(request.getSortOrder().getValue()) ? order : order.reversed()).toList();
        }
        var page = world.listing().slice(rules, request.getLimit(), request.getPage());
        return Reply.of(page.items()).nextPage(page.nextPage());
    }

    private static void requirePerCall(int count, String verb) {
        if (count > MAX_RULES_PER_CALL) {
            throw OciErrors.invalid("A single call may " + verb + " at most " + MAX_RULES_PER_CALL
                    + " security rules; " + count + " were given. Send them in batches of " + MAX_RULES_PER_CALL + ".");
        }
    }

    private static int indexOf(List<SecurityRule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).getId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private String newRuleId(List<SecurityRule> existing) {
        String id;
        do {
            id = hex6(ids.nextInt(0x1000000));
        } while (indexOf(existing, id) >= 0);
        return id;
    }

    /** {@code String.format("%06X", value)} for 0 to 0xFFFFFF, without the formatter's cost per rule. */
    static String hex6(int value) {
        String digits = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "000000".substring(digits.length()) + digits;
    }

    /** Builds the stored rule from either an add or an update request (their option types are shared). */
    private SecurityRule toRule(Resource<NetworkSecurityGroup> group, String id, String direction, String protocol,
            String source, String sourceType, String destination, String destinationType, Boolean stateless,
            String description, Object options, String where) {
        if (direction == null) {
            throw OciErrors.missing("direction", where);
        }
        var tcp = options instanceof AddSecurityRuleDetails a ? a.getTcpOptions() : ((UpdateSecurityRuleDetails) options).getTcpOptions();
        var udp = options instanceof AddSecurityRuleDetails a ? a.getUdpOptions() : ((UpdateSecurityRuleDetails) options).getUdpOptions();
        var icmp = options instanceof AddSecurityRuleDetails a ? a.getIcmpOptions() : ((UpdateSecurityRuleDetails) options).getIcmpOptions();
        SecurityRuleChecks.checkProtocol(protocol, tcp, udp, icmp, where);
        SecurityRule.Builder rule = SecurityRule.builder().id(id).direction(SecurityRule.Direction.create(direction))
                .protocol(protocol).isStateless(stateless != null ? stateless : false).description(description)
                .tcpOptions(tcp).udpOptions(udp).icmpOptions(icmp).isValid(true)
                .timeCreated(world.date(world.now()));
        if (direction.equals("INGRESS")) {
            String type = sourceType != null ? sourceType : "CIDR_BLOCK";
            checkPeer(group, source, type, "source", where);
            rule.source(source).sourceType(SecurityRule.SourceType.create(type));
        } else {
            String type = destinationType != null ? destinationType : "CIDR_BLOCK";
            checkPeer(group, destination, type, "destination", where);
            rule.destination(destination).destinationType(SecurityRule.DestinationType.create(type));
        }
        return rule.build();
    }

    private void checkPeer(Resource<NetworkSecurityGroup> group, String value, String type, String field, String where) {
        if ("NETWORK_SECURITY_GROUP".equals(type)) {
            if (value == null) {
                throw OciErrors.missing(field, where);
            }
            Resource<NetworkSecurityGroup> peer = net.nsgs().find(value)
                    .filter(net.nsgs()::isLive)
                    .orElseThrow(() -> OciErrors.invalid("The " + field + " '" + value + "' of " + where
                            + " is not a live network security group; create it first or fix the OCID."));
            if (!peer.parentId().equals(group.parentId())) {
                throw OciErrors.invalid("The " + field + " " + peer + " of " + where + " is in another VCN than "
                        + group + "; NSG peers must be in the same VCN.");
            }
        } else {
            SecurityRuleChecks.checkPeer(value, type, field, where, net.services());
        }
    }
}
