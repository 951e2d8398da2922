package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.ServiceGateway;
import com.oracle.bmc.core.model.Vcn;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import dev.okenet.testkit.internal.state.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Route rule validation: each rule targets a live gateway of the same VCN (or a DRG attached to
 * it, or a private IP in it), CIDR rules carry a valid CIDR, service rules carry a service's
 * CIDR label and target a service gateway that enables it, and no destination appears twice; part
 * of the VCN itself may go only to a private IP, LPG or DRG (intra-VCN routing). A
 * rule to a DRG depends on the DRG's attachment to the VCN as well as on the DRG: a route table
 * created while the attachment is still ATTACHING becomes available after it is ATTACHED.
 */
final class RouteRules {
    /** Route rules per table; OCI's documented limit. */
    static final int MAX_RULES = 200;
    /** The targets intra-VCN routing may send part of the VCN to. */
    private static final java.util.Set<ResourceKind> INTRA_VCN_TARGETS =
            java.util.Collections.unmodifiableSet(
                    java.util.EnumSet.of(ResourceKind.PRIVATE_IP, ResourceKind.LOCAL_PEERING_GATEWAY, ResourceKind.DRG));

    private final VirtualNetworkBackend net;

    RouteRules(VirtualNetworkBackend net) {
        this.net = net;
    }

    /**
     * The rules as OCI stores them; adds each rule's target (and, for a DRG, its attachment to the
     * VCN) to {@code targets}, the resources the route table must wait for.
     */
    List<RouteRule> validate(Resource<Vcn> vcn, List<RouteRule> given, List<Resource<?>> targets) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_RULES) {
            throw OciErrors.limitExceeded("A route table takes at most " + MAX_RULES + " rules; " + given.size()
                    + " were given.");
        }
        List<RouteRule> rules = new ArrayList<>();
        Set<String> destinations = new HashSet<>();
        for (RouteRule rule : given) {
            if (rule == null) {
                throw OciErrors.invalid("routeRules contains a null rule; remove it.");
            }
            RouteRule normalised = normalise(rule);
            String destination = normalised.getDestination();
            if (!destinations.add(destination)) {
                throw OciErrors.invalid("The route rules send destination " + destination
                        + " more than once; a destination may have only one target.");
            }
            Resource<?> target = requireTarget(vcn, normalised);
            requireOutsideVcn(vcn, normalised, target);
            targets.add(target);
            if (target.kind() == ResourceKind.DRG) {
                net.drgAttachments().attachment(target.id(), vcn.id()).ifPresent(targets::add);
            }
            rules.add(normalised);
        }
        return List.copyOf(rules);
    }

    /**
     * Traffic within the VCN is routed by the VCN itself unless a rule says otherwise: intra-VCN
     * routing lets a rule whose destination is the VCN's CIDR or part of it send that traffic to a
     * next-hop private IP, local peering gateway or DRG (Oracle, "VCN Route Tables", Overview of
     * Routing for Your VCN: "You can use intra-VCN routing to specify a next-hop private IP, LPG,
     * or DRG within a VCN for traffic destined to another subnet in the VCN"). Any other target
     * (internet, NAT or service gateway) is refused; the exact error wording is unverified
     * (COVERAGE.md).
     */
    private void requireOutsideVcn(Resource<Vcn> vcn, RouteRule rule, Resource<?> target) {
        if (rule.getDestinationType() != RouteRule.DestinationType.CidrBlock || INTRA_VCN_TARGETS.contains(target.kind())) {
            return;
        }
        Ipv4Cidr destination = VcnCidrRules.requireCidr(rule.getDestination(), "route rule destination");
        for (Ipv4Cidr block : net.vcns().cidrs(vcn)) {
            if (block.contains(destination)) {
                throw OciErrors.invalid("The route rule destination " + destination + " lies inside CIDR block "
                        + block + " of " + vcn + "; intra-VCN routing sends the VCN's own addresses only to a"
                        + " private IP, a local peering gateway or a DRG, not to " + target + ". Remove the rule,"
                        + " narrow it to addresses outside the VCN, or target one of those.");
            }
        }
    }

    /**
     * The rule as OCI stores it. {@code RouteRule} javadoc: {@code cidrBlock} is deprecated and
     * "Requests that include both cidrBlock and destination will be rejected"; {@code destination}
     * is "Required if you provide a destinationType" and {@code destinationType} "Required if you
     * provide a destination". {@code routeType} is STATIC for a rule a caller adds. OCI fills in
     * {@code destination} for a rule given by {@code cidrBlock}, "but not the reverse" (maintainer,
     * oracle/oci-ansible-modules#52): a rule given by destination reads back without cidrBlock, so
     * sending a rule back as read is accepted unless it was made with cidrBlock.
     */
    private static RouteRule normalise(RouteRule rule) {
        if (rule.getCidrBlock() != null && rule.getDestination() != null) {
            throw OciErrors.invalid("The route rule gives both cidrBlock '" + rule.getCidrBlock() + "' and destination '"
                    + rule.getDestination() + "'; requests with both are rejected. Give only destination and"
                    + " destinationType (cidrBlock is deprecated).");
        }
        String destination;
        RouteRule.DestinationType type;
        if (rule.getCidrBlock() != null) {
            if (rule.getDestinationType() != null) {
                throw OciErrors.missing("destination", "RouteRule with destinationType " + rule.getDestinationType().getValue()
                        + " (destinationType needs destination, not the deprecated cidrBlock)");
            }
            destination = rule.getCidrBlock();
            type = RouteRule.DestinationType.CidrBlock;
        } else {
            if (rule.getDestination() == null) {
                throw OciErrors.missing("destination", "RouteRule");
            }
            if (rule.getDestinationType() == null) {
                throw OciErrors.missing("destinationType", "RouteRule for " + rule.getDestination()
                        + " (CIDR_BLOCK or SERVICE_CIDR_BLOCK)");
            }
            destination = rule.getDestination();
            type = rule.getDestinationType();
        }
        if (type == RouteRule.DestinationType.CidrBlock) {
            VcnCidrRules.requireCidr(destination, "route rule destination");
        }
        return rule.toBuilder()
                .destination(destination)
                .destinationType(type)
                .cidrBlock(rule.getCidrBlock())
                .routeType(rule.getRouteType() != null ? rule.getRouteType() : RouteRule.RouteType.Static)
                .build();
    }

    private Resource<?> requireTarget(Resource<Vcn> vcn, RouteRule rule) {
        String target = rule.getNetworkEntityId();
        if (target == null) {
            throw OciErrors.missing("networkEntityId", "RouteRule for " + rule.getDestination());
        }
        Resource<?> entity = net.references().routeTarget(target).orElseThrow(() -> OciErrors.invalid(
                "The route rule for " + rule.getDestination() + " targets '" + target
                        + "', which is not a live gateway, DRG or private IP; create it first or fix the OCID."));
        if (entity.kind() == ResourceKind.DRG && !net.drgAttachments().isAttached(entity.id(), vcn.id())) {
            // OCI's exact wording for this refusal is unverified (COVERAGE.md); the status and code are its usual 400.
            throw OciErrors.invalid("The route rule for " + rule.getDestination() + " targets DRG " + entity.id()
                    + ", which is not attached to " + vcn + ". A route rule can target a DRG only once the DRG is"
                    + " attached to the route table's VCN: create the DRG attachment (createDrgAttachment) first,"
                    + " then add the rule.");
        }
        boolean sameVcn = entity.kind() == ResourceKind.DRG
                || (entity.kind() == ResourceKind.PRIVATE_IP
                        ? net.privateIps().vcnOf(entity).equals(vcn.id())
                        : vcn.id().equals(entity.parentId()));
        if (!sameVcn) {
            throw OciErrors.invalid("The route rule for " + rule.getDestination() + " targets " + entity
                    + ", which is not in (or attached to) " + vcn + "; target a gateway of the same VCN.");
        }
        boolean serviceRule = rule.getDestinationType() == RouteRule.DestinationType.ServiceCidrBlock;
        if (entity.kind() == ResourceKind.SERVICE_GATEWAY) {
            if (!serviceRule) {
                throw OciErrors.invalid("The route rule for " + rule.getDestination() + " targets service gateway "
                        + entity.id() + "; use destinationType SERVICE_CIDR_BLOCK with a service's cidrBlock.");
            }
            @SuppressWarnings("unchecked")
            ServiceGateway gateway = ((Resource<ServiceGateway>) entity).model();
            boolean enabled = gateway.getServices().stream()
                    .anyMatch(s -> net.services().cidrOf(s.getServiceId()).equals(rule.getDestination()));
            if (!enabled) {
                throw OciErrors.invalid("The route rule destination " + rule.getDestination()
                        + " is not a service enabled on service gateway " + entity.id()
                        + "; add the service to the gateway or use its enabled service's cidrBlock.");
            }
        } else if (serviceRule) {
            throw OciErrors.invalid("The route rule for " + rule.getDestination()
                    + " uses SERVICE_CIDR_BLOCK, which only a service gateway can be the target of.");
        }
        return entity;
    }
}
