package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.RemoveNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.UpdateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.UpdateSecurityListDetails;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.RemoveNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.UpdateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.UpdateSecurityListRequest;
import com.oracle.bmc.core.responses.GetSecurityListResponse;
import com.oracle.bmc.core.responses.ListNetworkSecurityGroupSecurityRulesResponse;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.ccm.internal.rules.NsgRule;
import dev.okenet.testkit.ccm.internal.rules.NsgRules;
import dev.okenet.testkit.ccm.internal.rules.SecurityListRules;
import dev.okenet.testkit.ccm.internal.rules.ServicesInUse;
import dev.okenet.testkit.ccm.internal.spec.LbSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the security rules a Service's rule-management mode asks the CCM for, into the cloud, the
 * way the CCM does it ({@code load_balancer.go}, {@code load_balancer_security_lists.go},
 * {@code load_balancer_network_security_group.go}); what to write comes from
 * {@link SecurityListRules} and {@link NsgRules}.
 *
 * <ul>
 *   <li>"NSG", before the load balancer is created ({@code EnsureLoadBalancer}): a frontend NSG
 *       named "&lt;namespace&gt;/&lt;name&gt;/&lt;uid&gt;/nsg" in the cluster's VCN, tagged
 *       {@code CreatedBy: CCM}, attached to the load balancer beside the Service's own NSGs (at most
 *       5 in all); each backend NSG gets the {@code ManagedBy: CCM} tag; then the rules
 *       ({@code reconcileSecurityGroup}), added 25 per call.
 *   <li>"All" and "Frontend", after the load balancer has an address
 *       ({@code updateSecurityListsInCriticalSection}), port by port: the load balancer subnet's
 *       ingress and egress and (All) each node subnet's ingress, in the subnet's oldest security
 *       list ({@code getSecurityList}).
 *   <li>"None": nothing.
 * </ul>
 */
public final class RuleWriter {
    private static final int BATCH = 25;
    private static final int MAX_NSGS_PER_VNIC = 5;
    private final VirtualNetwork network;

    public RuleWriter(VirtualNetwork network) {
        this.network = network;
    }

    /**
     * NSG mode: creates the frontend NSG and writes the frontend and backend NSG rules.
     *
     * @return the frontend NSG's OCID
     * @throws CcmFailure with the CCM's error
     */
    public String ensureNsgRules(ServiceRequest request, String compartmentId, String vcnId) {
        LbSpec spec = request.spec();
        if (spec.nsgIds().size() >= MAX_NSGS_PER_VNIC) {
            throw new CcmFailure("invalid number of Network Security Groups (Max: 5) including managed nsg");
        }
        String uid = request.service().uid();
        String name = request.service().namespace() + "/" + request.service().name() + "/" + uid + "/nsg";
        String frontend;
        try {
            frontend = network.createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder()
                    .createNetworkSecurityGroupDetails(CreateNetworkSecurityGroupDetails.builder().compartmentId(compartmentId)
                            .vcnId(vcnId).displayName(name.length() > 255 ? name.substring(0, 255) : name)
                            .freeformTags(Map.of("CreatedBy", "CCM", "ServiceUid", uid)).build())
                    .opcRetryToken(uid).build()).getNetworkSecurityGroup().getId();
        } catch (BmcException e) {
            throw new CcmFailure(OciErrors.text("VirtualNetwork", e));
        }
        for (String backend : spec.backendNsgIds()) {
            tagAsManaged(backend);
        }
        String description = request.ruleDescription();
        var ports = spec.ports().values();
        reconcile(frontend, true, NsgRules.frontendIngress(spec.sourceCidrs(), ports, description), description);
        reconcile(frontend, false, NsgRules.frontendEgress(ports, spec.backendNsgIds(), description), description);
        for (String backend : spec.backendNsgIds()) {
            reconcile(backend, true, NsgRules.backendIngress(ports, spec.sourceCidrs(), spec.preserveSource(), frontend,
                    description), description);
        }
        return frontend;
    }

    /**
     * Security-list modes: writes the rules of every port, after the load balancer has an address.
     *
     * @throws CcmFailure with the CCM's error
     */
    public void ensureSecurityLists(ServiceRequest request, List<Subnet> lbSubnets, List<Subnet> nodeSubnets,
            ServicesInUse services) {
        String mode = request.spec().ruleManagementMode();
        if (!LbSpec.ALL.equals(mode) && !LbSpec.FRONTEND.equals(mode)) {
            return;
        }
        List<Subnet> backends = LbSpec.ALL.equals(mode) ? nodeSubnets : List.of();
        for (LbSpec.PortSpec port : request.spec().ports().values()) {
            loadBalancerRules(request, lbSubnets, backends, port, services);
            if (LbSpec.ALL.equals(mode)) {
                backendRules(request, lbSubnets, nodeSubnets, port, services);
            }
        }
    }

    private void loadBalancerRules(ServiceRequest request, List<Subnet> lbSubnets, List<Subnet> nodeSubnets,
            LbSpec.PortSpec port, ServicesInUse services) {
        List<String> nodeCidrs = nodeSubnets.stream().map(Subnet::getCidrBlock).toList();
        for (Subnet lbSubnet : lbSubnets) {
            SecurityList list = oldestList(lbSubnet, "get lb security list for subnet ");
            List<EgressSecurityRule> egress = SecurityListRules.loadBalancerEgress(nullSafe(list.getEgressSecurityRules()),
                    nodeCidrs, port.backendPort(), services);
            egress = SecurityListRules.loadBalancerEgress(egress, nodeCidrs, port.healthCheckPort(), services);
            List<IngressSecurityRule> ingress = nullSafe(list.getIngressSecurityRules());
            if (port.listenerPort() != 0) {
                ingress = SecurityListRules.loadBalancerIngress(ingress, request.spec().sourceCidrs(), port.listenerPort(),
                        services);
            }
            if (SecurityListRules.changed(nullSafe(list.getIngressSecurityRules()), ingress)
                    || SecurityListRules.changed(nullSafe(list.getEgressSecurityRules()), egress)) {
                update(list, ingress, egress, "update lb security list rules " + quote(list.getId()) + " for subnet "
                        + quote(lbSubnet.getId()) + ": ");
            }
        }
    }

    private void backendRules(ServiceRequest request, List<Subnet> lbSubnets, List<Subnet> nodeSubnets, LbSpec.PortSpec port,
            ServicesInUse services) {
        List<String> lbCidrs = lbSubnets.stream().map(Subnet::getCidrBlock).toList();
        for (Subnet nodeSubnet : nodeSubnets) {
            SecurityList list = oldestList(nodeSubnet, "get security list for subnet ");
            List<IngressSecurityRule> ingress = SecurityListRules.nodeIngress(nullSafe(list.getIngressSecurityRules()), lbCidrs,
                    port.backendPort(), port.healthCheckPort(), request.spec().sourceCidrs(), request.preserveSource(),
                    services);
            if (SecurityListRules.changed(nullSafe(list.getIngressSecurityRules()), ingress)) {
                update(list, ingress, nullSafe(list.getEgressSecurityRules()), "update security list rules "
                        + quote(list.getId()) + " for subnet " + quote(nodeSubnet.getId()) + ": ");
            }
        }
    }

    /** {@code getSecurityList}: the subnet's oldest security list (no per-subnet list is configured on OKE). */
    private SecurityList oldestList(Subnet subnet, String errorPrefix) {
        List<String> ids = subnet.getSecurityListIds() == null ? List.of() : subnet.getSecurityListIds();
        if (ids.isEmpty()) {
            throw new CcmFailure(errorPrefix + quote(subnet.getId()) + ": no security lists");
        }
        List<SecurityList> lists = new ArrayList<>();
        for (String id : ids) {
            try {
                GetSecurityListResponse response = network.getSecurityList(GetSecurityListRequest.builder()
                        .securityListId(id).build());
                lists.add(response.getSecurityList());
            } catch (BmcException e) {
                throw new CcmFailure(errorPrefix + quote(subnet.getId()) + ": " + OciErrors.text("VirtualNetwork", e));
            }
        }
        return lists.stream().min(Comparator.comparing(SecurityList::getTimeCreated,
                Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
    }

    private void update(SecurityList list, List<IngressSecurityRule> ingress, List<EgressSecurityRule> egress,
            String errorPrefix) {
        try {
            network.updateSecurityList(UpdateSecurityListRequest.builder().securityListId(list.getId())
                    .updateSecurityListDetails(UpdateSecurityListDetails.builder().ingressSecurityRules(ingress)
                            .egressSecurityRules(egress).build())
                    .build());
        } catch (BmcException e) {
            throw new CcmFailure(errorPrefix + OciErrors.text("VirtualNetwork", e));
        }
    }

    private void tagAsManaged(String nsgId) {
        try {
            NetworkSecurityGroup nsg = network.getNetworkSecurityGroup(GetNetworkSecurityGroupRequest.builder()
                    .networkSecurityGroupId(nsgId).build()).getNetworkSecurityGroup();
            Map<String, String> tags = new LinkedHashMap<>(nsg.getFreeformTags() == null ? Map.of() : nsg.getFreeformTags());
            if (!tags.containsKey("ManagedBy")) {
                tags.put("ManagedBy", "CCM");
                network.updateNetworkSecurityGroup(UpdateNetworkSecurityGroupRequest.builder().networkSecurityGroupId(nsgId)
                        .updateNetworkSecurityGroupDetails(UpdateNetworkSecurityGroupDetails.builder().freeformTags(tags)
                                .build())
                        .build());
            }
        } catch (BmcException e) {
            throw new CcmFailure(OciErrors.text("VirtualNetwork", e));
        }
    }

    /** {@code reconcileSecurityGroup} for one NSG and one direction. */
    private void reconcile(String nsgId, boolean ingress, List<NsgRule> wanted, String description) {
        List<NsgRule> existing = new ArrayList<>();
        try {
            String page = null;
            do {
                ListNetworkSecurityGroupSecurityRulesResponse response = network.listNetworkSecurityGroupSecurityRules(
                        ListNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(nsgId).page(page).build());
                response.getItems().stream().filter(r -> (r.getDirection() == SecurityRule.Direction.Ingress) == ingress)
                        .map(NsgRule::of).forEach(existing::add);
                page = response.getOpcNextPage();
            } while (page != null);
        } catch (BmcException e) {
            throw new CcmFailure("failed to list Security Rules for nsg: " + nsgId + ": " + OciErrors.text("VirtualNetwork", e));
        }
        NsgRules.Changes changes = NsgRules.reconcile(wanted, existing, description);
        List<AddSecurityRuleDetails> add = changes.add().stream().map(NsgRule::toAddDetails).toList();
        try {
            for (int from = 0; from < add.size(); from += BATCH) {
                network.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
                        .networkSecurityGroupId(nsgId).addNetworkSecurityGroupSecurityRulesDetails(
                                AddNetworkSecurityGroupSecurityRulesDetails.builder()
                                        .securityRules(add.subList(from, Math.min(add.size(), from + BATCH))).build())
                        .build());
            }
        } catch (BmcException e) {
            throw new CcmFailure("failed to add security rules for nsg: " + nsgId + ": " + OciErrors.text("VirtualNetwork", e));
        }
        List<String> remove = changes.removeIds();
        try {
            for (int from = 0; from < remove.size(); from += BATCH) {
                network.removeNetworkSecurityGroupSecurityRules(RemoveNetworkSecurityGroupSecurityRulesRequest.builder()
                        .networkSecurityGroupId(nsgId).removeNetworkSecurityGroupSecurityRulesDetails(
                                RemoveNetworkSecurityGroupSecurityRulesDetails.builder()
                                        .securityRuleIds(remove.subList(from, Math.min(remove.size(), from + BATCH))).build())
                        .build());
            }
        } catch (BmcException e) {
            throw new CcmFailure("failed to remove security rules for nsg: " + nsgId + ": "
                    + OciErrors.text("VirtualNetwork", e));
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String quote(String text) {
        return dev.okenet.testkit.ccm.internal.spec.GoText.quote(text == null ? "" : text);
    }
}
