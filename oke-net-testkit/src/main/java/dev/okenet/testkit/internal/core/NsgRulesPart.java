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
 * may ignore it). A rule's {@code sourceType} (ingress) or {@code destinationType} (egress) is
 * required, and a rule whose peer NSG is deleted stays, with {@code isValid} false ({@code
 * SecurityRule} javadoc). Which NSGs' rules name which NSG is kept in an index, so deleting an NSG
 * does not scan every rule.
 */
final class NsgRulesPart {
    static final int MAX_RULES_PER_CALL = 25;
    static final int MAX_RULES_PER_NSG = 120;

    private final World world;
    private final VirtualNetworkBackend net;
    private final Map<String, List<StoredRule>> rulesByNsg = new HashMap<>();
    /** For each NSG named as a peer: the NSGs whose rules name it, with how many of their rules do. */
    private final Map<String, Map<String, Integer>> holdersByPeer = new HashMap<>();
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
        return rulesByNsg.getOrDefault(nsgId, List.of()).stream().map(StoredRule::model).toList();
    }

    /**
     * Forgets a deleted NSG's rules, and leaves every other NSG's rule that names it as a peer in
     * place with {@code isValid} false: {@code SecurityRule.isValid} javadoc, "If the rule's source
     * or destination is a network security group, the value changes to False if that network
     * security group is deleted". Each such NSG's etag changes.
     */
    void forget(String nsgId) {
        List<StoredRule> own = rulesByNsg.remove(nsgId);
        if (own != null) {
            own.forEach(rule -> unindex(nsgId, rule));
        }
        Map<String, Integer> holders = holdersByPeer.remove(nsgId);
        if (holders == null) {
            return;
        }
        for (String holder : holders.keySet()) {
            List<StoredRule> rules = rulesByNsg.get(holder);
            rules.replaceAll(rule -> namesPeer(rule, nsgId) ? rule.invalid() : rule);
            net.nsgs().find(holder).ifPresent(Resource::touch);
        }
    }

    void clear() {
        rulesByNsg.clear();
        holdersByPeer.clear();
    }

    private static boolean namesPeer(StoredRule rule, String nsgId) {
        return nsgId.equals(rule.source) || nsgId.equals(rule.destination);
    }

    /** The NSG a valid rule names as its peer, or null. */
    private static String peerNsg(StoredRule rule) {
        if (!rule.valid) {
            return null;
        }
        if (rule.isIngress()) {
            return "NETWORK_SECURITY_GROUP".equals(rule.sourceType) ? rule.source : null;
        }
        return "NETWORK_SECURITY_GROUP".equals(rule.destinationType) ? rule.destination : null;
    }

    private void index(String holder, StoredRule rule) {
        String peer = peerNsg(rule);
        if (peer != null) {
            holdersByPeer.computeIfAbsent(peer, k -> new HashMap<>()).merge(holder, 1, Integer::sum);
        }
    }

    private void unindex(String holder, StoredRule rule) {
        String peer = peerNsg(rule);
        Map<String, Integer> holders = peer == null ? null : holdersByPeer.get(peer);
        if (holders != null && holders.merge(holder, -1, Integer::sum) <= 0) {
            holders.remove(holder);
            if (holders.isEmpty()) {
                holdersByPeer.remove(peer);
            }
        }
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
        List<StoredRule> current = rulesByNsg.computeIfAbsent(group.id(), k -> new ArrayList<>());
        if (current.size() + given.size() > MAX_RULES_PER_NSG) {
            throw OciErrors.limitExceeded("The " + group + " has " + current.size() + " rules; adding " + given.size()
                    + " would exceed the " + MAX_RULES_PER_NSG + " rules an NSG may hold. Split the rules over"
                    + " more NSGs.");
        }
        List<StoredRule> added = new ArrayList<>(given.size());
        for (AddSecurityRuleDetails rule : given) {
            String where = "security rule " + (added.size() + 1) + " of the request";
            if (rule == null) {
                throw OciErrors.invalid(where + " is null; remove it.");
            }
            added.add(toRule(group, newRuleId(current, added), rule.getDirection() == null ? null : rule.getDirection().getValue(),
                    rule.getProtocol(), rule.getSource(), rule.getSourceType() == null ? null : rule.getSourceType().getValue(),
                    rule.getDestination(), rule.getDestinationType() == null ? null : rule.getDestinationType().getValue(),
                    rule.getIsStateless(), rule.getDescription(), rule, where));
        }
        // All or nothing: a refused rule leaves the NSG as it was.
        current.addAll(added);
        added.forEach(rule -> index(group.id(), rule));
        group.touch();
        return Reply.of(AddedNetworkSecurityGroupSecurityRules.builder().securityRules(StoredRule.models(added)).build());
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
        List<StoredRule> current = rulesByNsg.computeIfAbsent(group.id(), k -> new ArrayList<>());
        List<StoredRule> next = new ArrayList<>(current);
        List<StoredRule> updated = new ArrayList<>();
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
            StoredRule replaced = toRule(group, rule.getId(),
                    rule.getDirection() == null ? null : rule.getDirection().getValue(), rule.getProtocol(),
                    rule.getSource(), rule.getSourceType() == null ? null : rule.getSourceType().getValue(),
                    rule.getDestination(), rule.getDestinationType() == null ? null : rule.getDestinationType().getValue(),
                    rule.getIsStateless(), rule.getDescription(), rule, where)
                    .createdAt(next.get(index).created);
            next.set(index, replaced);
            updated.add(replaced);
        }
        current.forEach(rule -> unindex(group.id(), rule));
        next.forEach(rule -> index(group.id(), rule));
        rulesByNsg.put(group.id(), next);
        group.touch();
        return Reply.of(UpdatedNetworkSecurityGroupSecurityRules.builder().securityRules(StoredRule.models(updated)).build());
    }

    private Reply remove(RemoveNetworkSecurityGroupSecurityRulesRequest request) {
        Resource<NetworkSecurityGroup> group = requireGroup(request.getNetworkSecurityGroupId(),
                "RemoveNetworkSecurityGroupSecurityRules");
        if (request.getRemoveNetworkSecurityGroupSecurityRulesDetails() == null
                || request.getRemoveNetworkSecurityGroupSecurityRulesDetails().getSecurityRuleIds() == null) {
            throw OciErrors.missing("securityRuleIds", "RemoveNetworkSecurityGroupSecurityRulesDetails");
        }
        List<String> ruleIds = request.getRemoveNetworkSecurityGroupSecurityRulesDetails().getSecurityRuleIds();
        List<StoredRule> current = rulesByNsg.computeIfAbsent(group.id(), k -> new ArrayList<>());
        for (String id : ruleIds) {
            if (indexOf(current, id) < 0) {
                throw OciErrors.invalid("The " + group + " has no security rule with id '" + id
                        + "'; list its rules to find the id.");
            }
        }
        Set<String> gone = new HashSet<>(ruleIds);
        current.removeIf(rule -> {
            if (gone.contains(rule.id)) {
                unindex(group.id(), rule);
                return true;
            }
            return false;
        });
        group.touch();
        return Reply.of(null);
    }

    private Reply list(ListNetworkSecurityGroupSecurityRulesRequest request) {
        Resource<NetworkSecurityGroup> group = net.nsgs().requireLive(request.getNetworkSecurityGroupId(),
                "networkSecurityGroupId", "ListNetworkSecurityGroupSecurityRules");
        String direction = request.getDirection() == null ? null : request.getDirection().getValue();
        List<StoredRule> rules = rulesByNsg.getOrDefault(group.id(), List.of()).stream()
                .filter(rule -> direction == null || direction.equals(rule.direction))
                .toList();
        if (request.getSortBy() != null || request.getSortOrder() != null) {
            Comparator<StoredRule> order = Comparator.comparing(rule -> rule.created);
            rules = rules.stream().sorted(request.getSortOrder() != null
                    && "ASC".equals(request.getSortOrder().getValue()) ? order : order.reversed()).toList();
        }
        var page = world.listing().slice(rules, request.getLimit(), request.getPage());
        return Reply.of(page.items().stream().map(StoredRule::model).toList()).nextPage(page.nextPage());
    }

    private static void requirePerCall(int count, String verb) {
        if (count > MAX_RULES_PER_CALL) {
            throw OciErrors.invalid("A single call may " + verb + " at most " + MAX_RULES_PER_CALL
                    + " security rules; " + count + " were given. Send them in batches of " + MAX_RULES_PER_CALL + ".");
        }
    }

    private static int indexOf(List<StoredRule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id.equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private String newRuleId(List<StoredRule> existing, List<StoredRule> adding) {
        String id;
        do {
            id = hex6(ids.nextInt(0x1000000));
        } while (indexOf(existing, id) >= 0 || indexOf(adding, id) >= 0);
        return id;
    }

    /** {@code String.format("%06X", value)} for 0 to 0xFFFFFF, without the formatter's cost per rule. */
    static String hex6(int value) {
        byte[] digits = new byte[6];
        for (int i = 5, v = value; i >= 0; i--, v >>>= 4) {
            digits[i] = HEX[v & 0xF];
        }
        return new String(digits, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** Builds the stored rule from either an add or an update request (their option types are shared). */
    private StoredRule toRule(Resource<NetworkSecurityGroup> group, String id, String direction, String protocol,
            String source, String sourceType, String destination, String destinationType, Boolean stateless,
            String description, Object options, String where) {
        if (direction == null) {
            throw OciErrors.missing("direction", where);
        }
        var tcp = options instanceof AddSecurityRuleDetails a ? a.getTcpOptions() : ((UpdateSecurityRuleDetails) options).getTcpOptions();
        var udp = options instanceof AddSecurityRuleDetails a ? a.getUdpOptions() : ((UpdateSecurityRuleDetails) options).getUdpOptions();
        var icmp = options instanceof AddSecurityRuleDetails a ? a.getIcmpOptions() : ((UpdateSecurityRuleDetails) options).getIcmpOptions();
        SecurityRuleChecks.checkProtocol(protocol, tcp, udp, icmp, where);
        // AddSecurityRuleDetails / UpdateSecurityRuleDetails javadoc: sourceType is "Required if direction =
        // INGRESS", destinationType "Required if direction = EGRESS".
        if (direction.equals("INGRESS")) {
            if (sourceType == null) {
                throw OciErrors.missing("sourceType", where + " (INGRESS: CIDR_BLOCK, SERVICE_CIDR_BLOCK or"
                        + " NETWORK_SECURITY_GROUP)");
            }
            checkPeer(group, source, sourceType, "source", where);
            return new StoredRule(id, direction, protocol, source, sourceType, null, null,
                    stateless != null ? stateless : false, description, tcp, udp, icmp, true, world.date(world.now()));
        }
        if (destinationType == null) {
            throw OciErrors.missing("destinationType", where + " (EGRESS: CIDR_BLOCK, SERVICE_CIDR_BLOCK or"
                    + " NETWORK_SECURITY_GROUP)");
        }
        checkPeer(group, destination, destinationType, "destination", where);
        return new StoredRule(id, direction, protocol, null, null, destination, destinationType,
                stateless != null ? stateless : false, description, tcp, udp, icmp, true, world.date(world.now()));
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
