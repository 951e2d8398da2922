package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.ServiceGateway;
import com.oracle.bmc.core.model.ServiceIdResponseDetails;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who depends on whom, for the 409s OCI answers when deleting something still referenced: a VCN
 * with subnets or gateways, a subnet with VNICs, a gateway a route rule targets, a route table or
 * security list a subnet uses, an NSG with VNICs. A dependent that is
 * itself being deleted yields 409 IncorrectState (retry shortly); otherwise 409 Conflict.
 */
final class References {
    private final VirtualNetworkBackend net;
    /** Subnets and NSGs used by other services' objects (clusters, node pools, NLBs), by user. */
    private final Map<String, Set<String>> usersByResource = new LinkedHashMap<>();

    References(VirtualNetworkBackend net) {
        this.net = net;
    }

    void use(String resourceId, String user) {
        usersByResource.computeIfAbsent(resourceId, k -> new LinkedHashSet<>()).add(user);
    }

    void release(String user) {
        usersByResource.values().forEach(users -> users.remove(user));
    }

    void clear() {
        usersByResource.clear();
    }

    private Optional<String> userOf(String resourceId) {
        Set<String> users = usersByResource.getOrDefault(resourceId, Set.of());
        return users.stream().findFirst();
    }

    void requireNoChildren(Resource<Vcn> vcn) {
        List<Stream<? extends Resource<?>>> children = new ArrayList<>();
        children.add(net.subnets().existing());
        children.add(net.internetGateways().existing());
        children.add(net.natGateways().existing());
        children.add(net.serviceGateways().existing());
        children.add(net.localPeeringGateways().existing());
        children.add(net.nsgs().existing());
        children.add(net.routeTables().existing().filter(t -> !net.routeTables().isDefault(t)));
        children.add(net.securityLists().existing().filter(l -> !net.securityLists().isDefault(l)));
        for (Stream<? extends Resource<?>> kind : children) {
            kind.filter(child -> vcn.id().equals(child.parentId())).findFirst()
                    .ifPresent(child -> fail(vcn, child, isDeleting(child)));
        }
        net.drgAttachments().existing().filter(a -> vcn.id().equals(a.model().getVcnId())).findFirst()
                .ifPresent(a -> fail(vcn, a, isDeleting(a)));
    }

    void requireSubnetUnused(Resource<Subnet> subnet) {
        net.privateIps().inSubnet(subnet.id()).stream().findFirst().ifPresent(ip -> {
            throw OciErrors.conflict("The " + subnet + " still has VNICs: private IP " + ip.model().getIpAddress()
                    + " is held by " + ip.displayName() + ". Delete the instances, node pools, clusters or load"
                    + " balancers using the subnet first.");
        });
        userOf(subnet.id()).ifPresent(user -> {
            throw OciErrors.inUse(subnet, user);
        });
    }

    void requireRouteTableUnused(Resource<RouteTable> table) {
        firstUser(net.subnets(), s -> table.id().equals(s.model().getRouteTableId())).ifPresent(s -> fail(table, s, false));
        firstUser(net.internetGateways(), g -> table.id().equals(g.model().getRouteTableId()))
                .ifPresent(g -> fail(table, g, false));
        firstUser(net.natGateways(), g -> table.id().equals(g.model().getRouteTableId()))
                .ifPresent(g -> fail(table, g, false));
        firstUser(net.serviceGateways(), g -> table.id().equals(g.model().getRouteTableId()))
                .ifPresent(g -> fail(table, g, false));
        firstUser(net.localPeeringGateways(), g -> table.id().equals(g.model().getRouteTableId()))
                .ifPresent(g -> fail(table, g, false));
        firstUser(net.drgAttachments(), a -> table.id().equals(a.model().getRouteTableId()))
                .ifPresent(a -> fail(table, a, false));
    }

    void requireSecurityListUnused(Resource<SecurityList> list) {
        firstUser(net.subnets(), s -> s.model().getSecurityListIds().contains(list.id()))
                .ifPresent(s -> fail(list, s, false));
    }

    /**
     * An NSG with VNICs cannot be deleted ({@code VirtualNetwork.deleteNetworkSecurityGroup}: "The
     * group must not contain any VNICs"). Another NSG's rule naming it does not stop the delete:
     * that rule stays, invalid ({@link NsgRulesPart#forget}).
     */
    void requireNsgUnused(Resource<NetworkSecurityGroup> group) {
        userOf(group.id()).ifPresent(user -> {
            throw OciErrors.inUse(group, user);
        });
    }

    /** A gateway, DRG or LPG cannot be deleted while a route rule targets it. */
    void requireNotRouteTarget(Resource<?> target) {
        net.routeTables().existing()
                .filter(t -> t.model().getRouteRules().stream().anyMatch(r -> target.id().equals(r.getNetworkEntityId())))
                .findFirst()
                .ifPresent(t -> {
                    throw OciErrors.conflict("The " + target + " is in use: a rule of " + t
                            + " targets it. Remove the route rule first, then retry.");
                });
    }

    /** A service gateway must keep every service a route rule sends to it. */
    void requireServicesStillRouted(Resource<ServiceGateway> gateway, List<ServiceIdResponseDetails> services) {
        Set<String> cidrs = new LinkedHashSet<>();
        services.forEach(s -> cidrs.add(net.services().cidrOf(s.getServiceId())));
        net.routeTables().existing().forEach(table -> {
            for (RouteRule rule : table.model().getRouteRules()) {
                if (gateway.id().equals(rule.getNetworkEntityId()) && !cidrs.contains(rule.getDestination())) {
                    throw OciErrors.conflict("The " + gateway + " must keep service " + rule.getDestination()
                            + ": a rule of " + table + " routes it there. Remove the route rule first.");
                }
            }
        });
    }

    /** The live gateway, DRG or private IP with this OCID, if any. */
    Optional<Resource<?>> routeTarget(String id) {
        List<Part<?>> parts = List.of(net.internetGateways(), net.natGateways(), net.serviceGateways(),
                net.localPeeringGateways(), net.drgs(), net.privateIps());
        for (Part<?> part : parts) {
            Optional<? extends Resource<?>> found = part.find(id).filter(r -> isLiveIn(part, r));
            if (found.isPresent()) {
                return Optional.of(found.get());
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean isLiveIn(Part part, Resource resource) {
        return part.isLive(resource);
    }

    private static <M> Optional<Resource<M>> firstUser(Part<M> part, java.util.function.Predicate<Resource<M>> uses) {
        return part.existing().filter(uses).findFirst();
    }

    private boolean isDeleting(Resource<?> resource) {
        return resource.lifecycle().isDeletingOrGoneAt(net.vcns().now());
    }

    private static void fail(Resource<?> resource, Resource<?> dependent, boolean dependentIsDeleting) {
        if (dependentIsDeleting) {
            throw OciErrors.incorrectState("The " + resource + " still has " + dependent
                    + ", which is being deleted; retry when it is gone.");
        }
        throw OciErrors.inUse(resource, dependent);
    }
}
