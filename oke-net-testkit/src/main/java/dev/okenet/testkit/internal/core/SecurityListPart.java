package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateSecurityListDetails;
import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IcmpOptions;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UpdateSecurityListDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateSecurityListRequest;
import com.oracle.bmc.core.requests.DeleteSecurityListRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.ListSecurityListsRequest;
import com.oracle.bmc.core.requests.UpdateSecurityListRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Security lists: at most 200 ingress and 200 egress rules; each VCN's default list with OCI's default rules. */
final class SecurityListPart extends Part<SecurityList> {
    static final int MAX_RULES_PER_DIRECTION = 200;

    private final VirtualNetworkBackend net;

    SecurityListPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.SECURITY_LIST);
        this.net = net;
    }

    @Override
    protected SecurityList withState(SecurityList model, String state) {
        return model.toBuilder().lifecycleState(SecurityList.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createSecurityList", CreateSecurityListRequest.class, this::create)
                .on("getSecurityList", GetSecurityListRequest.class,
                        r -> reply(require(r.getSecurityListId(), "securityListId", "GetSecurityList")))
                .on("listSecurityLists", ListSecurityListsRequest.class, this::list)
                .on("updateSecurityList", UpdateSecurityListRequest.class, this::update)
                .on("deleteSecurityList", DeleteSecurityListRequest.class, this::delete);
    }

    /**
     * OCI's default security list: SSH (TCP 22) and ICMP 3/4 from anywhere, ICMP 3 from the VCN's
     * own CIDR blocks, and all egress.
     */
    String createDefault(Resource<Vcn> vcn, List<String> vcnCidrs) {
        List<IngressSecurityRule> ingress = new ArrayList<>();
        ingress.add(IngressSecurityRule.builder().protocol(SecurityRuleChecks.TCP).source("0.0.0.0/0")
                .sourceType(IngressSecurityRule.SourceType.CidrBlock).isStateless(false)
                .tcpOptions(TcpOptions.builder().destinationPortRange(PortRange.builder().min(22).max(22).build()).build())
                .build());
        ingress.add(IngressSecurityRule.builder().protocol(SecurityRuleChecks.ICMP).source("0.0.0.0/0")
                .sourceType(IngressSecurityRule.SourceType.CidrBlock).isStateless(false)
                .icmpOptions(IcmpOptions.builder().type(3).code(4).build()).build());
        for (String cidr : vcnCidrs) {
            ingress.add(IngressSecurityRule.builder().protocol(SecurityRuleChecks.ICMP).source(cidr)
                    .sourceType(IngressSecurityRule.SourceType.CidrBlock).isStateless(false)
                    .icmpOptions(IcmpOptions.builder().type(3).build()).build());
        }
        List<EgressSecurityRule> egress = List.of(EgressSecurityRule.builder().protocol("all")
                .destination("0.0.0.0/0").destinationType(EgressSecurityRule.DestinationType.CidrBlock)
                .isStateless(false).build());
        String id = newId();
        String name = "Default Security List for " + vcn.displayName();
        SecurityList model = SecurityList.builder().id(id).vcnId(vcn.id()).compartmentId(vcn.compartmentId())
                .displayName(name).ingressSecurityRules(List.copyOf(ingress)).egressSecurityRules(egress)
                .freeformTags(Tags.freeform(null)).definedTags(Tags.defined(null))
                .timeCreated(world.date(vcn.lifecycle().createdAt())).build();
        store(id, vcn.lifecycle().createdAt(), vcn.lifecycle().readyAt() - vcn.lifecycle().createdAt(),
                vcn.compartmentId(), vcn.id(), name, model);
        return id;
    }

    boolean isDefault(Resource<SecurityList> list) {
        return net.vcns().find(list.parentId())
                .map(vcn -> list.id().equals(vcn.model().getDefaultSecurityListId())).orElse(false);
    }

    private Reply create(CreateSecurityListRequest request) {
        CreateSecurityListDetails details = request.getCreateSecurityListDetails();
        if (details == null) {
            throw OciErrors.missing("createSecurityListDetails", "CreateSecurityList");
        }
        return createOnce("createSecurityList", request.getOpcRetryToken(), details, () -> {
            Resource<Vcn> vcn = net.vcns().requireLive(details.getVcnId(), "vcnId", "CreateSecurityListDetails");
            String compartmentId = Compartments.require(details.getCompartmentId(), "CreateSecurityListDetails");
            List<IngressSecurityRule> ingress = ingress(details.getIngressSecurityRules());
            List<EgressSecurityRule> egress = egress(details.getEgressSecurityRules());
            String id = newId();
            long start = startAfter(List.of(vcn));
            String name = details.getDisplayName() != null ? details.getDisplayName()
                    : world.defaultName("securitylist", start);
            SecurityList.Builder model = SecurityList.builder().id(id).vcnId(vcn.id()).compartmentId(compartmentId)
                    .displayName(name).ingressSecurityRules(ingress).egressSecurityRules(egress)
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start));
            return storeShown(id, start, latency(), compartmentId, vcn.id(), name,
                    state -> model.lifecycleState(SecurityList.LifecycleState.create(state)).build());
        });
    }

    private List<IngressSecurityRule> ingress(List<IngressSecurityRule> rules) {
        if (rules == null) {
            throw OciErrors.missing("ingressSecurityRules", "CreateSecurityListDetails");
        }
        requireWithinLimit(rules.size(), "ingress");
        List<IngressSecurityRule> stored = new ArrayList<>();
        for (IngressSecurityRule rule : rules) {
            String where = "ingress security rule " + (stored.size() + 1);
            if (rule == null) {
                throw OciErrors.invalid(where + " is null; remove it.");
            }
            SecurityRuleChecks.checkProtocol(rule.getProtocol(), rule.getTcpOptions(), rule.getUdpOptions(),
                    rule.getIcmpOptions(), where);
            IngressSecurityRule.SourceType type = rule.getSourceType() != null ? rule.getSourceType()
                    : IngressSecurityRule.SourceType.CidrBlock;
            SecurityRuleChecks.checkPeer(rule.getSource(), type.getValue(), "source", where, net.services());
            stored.add(rule.toBuilder().sourceType(type)
                    .isStateless(rule.getIsStateless() != null ? rule.getIsStateless() : false).build());
        }
        return List.copyOf(stored);
    }

    private List<EgressSecurityRule> egress(List<EgressSecurityRule> rules) {
        if (rules == null) {
            throw OciErrors.missing("egressSecurityRules", "CreateSecurityListDetails");
        }
        requireWithinLimit(rules.size(), "egress");
        List<EgressSecurityRule> stored = new ArrayList<>();
        for (EgressSecurityRule rule : rules) {
            String where = "egress security rule " + (stored.size() + 1);
            if (rule == null) {
                throw OciErrors.invalid(where + " is null; remove it.");
            }
            SecurityRuleChecks.checkProtocol(rule.getProtocol(), rule.getTcpOptions(), rule.getUdpOptions(),
                    rule.getIcmpOptions(), where);
            EgressSecurityRule.DestinationType type = rule.getDestinationType() != null ? rule.getDestinationType()
                    : EgressSecurityRule.DestinationType.CidrBlock;
            SecurityRuleChecks.checkPeer(rule.getDestination(), type.getValue(), "destination", where, net.services());
            stored.add(rule.toBuilder().destinationType(type)
                    .isStateless(rule.getIsStateless() != null ? rule.getIsStateless() : false).build());
        }
        return List.copyOf(stored);
    }

    private static void requireWithinLimit(int count, String direction) {
        if (count > MAX_RULES_PER_DIRECTION) {
            throw OciErrors.limitExceeded("A security list takes at most " + MAX_RULES_PER_DIRECTION + " " + direction
                    + " rules; " + count + " were given. Split them over more lists or use NSGs.");
        }
    }

    private Reply list(ListSecurityListsRequest request) {
        Compartments.require(request.getCompartmentId(), "ListSecurityLists");
        return page(list(ListQuery.of(request.getCompartmentId(), request.getVcnId(), request.getDisplayName(),
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), request.getLimit(),
                request.getPage())));
    }

    private Reply update(UpdateSecurityListRequest request) {
        Resource<SecurityList> list = requireMutable(request.getSecurityListId(), "securityListId",
                "UpdateSecurityList", request.getIfMatch());
        UpdateSecurityListDetails details = request.getUpdateSecurityListDetails();
        if (details == null) {
            throw OciErrors.missing("updateSecurityListDetails", "UpdateSecurityList");
        }
        SecurityList current = list.model();
        SecurityList.Builder next = current.toBuilder();
        if (details.getIngressSecurityRules() != null) {
            next.ingressSecurityRules(ingress(details.getIngressSecurityRules()));
        }
        if (details.getEgressSecurityRules() != null) {
            next.egressSecurityRules(egress(details.getEgressSecurityRules()));
        }
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        next.displayName(name)
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()));
        list.update(next.build(), name);
        return reply(list);
    }

    private Reply delete(DeleteSecurityListRequest request) {
        Resource<SecurityList> list = requireMutable(request.getSecurityListId(), "securityListId",
                "DeleteSecurityList", request.getIfMatch());
        if (isDefault(list)) {
            throw OciErrors.invalid("The " + list + " is the default security list of its VCN and is deleted only"
                    + " with the VCN; empty its rules instead.");
        }
        net.references().requireSecurityListUnused(list);
        beginDelete(list, latency());
        return Reply.noContent().about(list.id(), -1);
    }
}
