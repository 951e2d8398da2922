package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import com.oracle.bmc.core.model.UpdateSecurityListDetails;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.UpdateSecurityListRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the security rules a Service's management mode asks the CCM for, into the cloud.
 *
 * <ul>
 *   <li>SL-Frontend: the LB subnet's security list admits the client CIDRs on the listener ports.
 *   <li>SL-All: that, plus the LB subnet's egress to each worker subnet and each worker subnet's
 *       ingress from the LB subnet (from the clients, when an NLB preserves the source) on the node
 *       ports and the health-check port.
 *   <li>NSG: the same rules in a frontend NSG the CCM creates for the load balancer and in the
 *       backend NSG the Service names.
 *   <li>None: nothing.
 * </ul>
 * The CCM edits the first security list of each subnet (unverified: the CCM can be configured with
 * one list per subnet; the first is what it falls back to). Rules already present are not added twice.
 */
public final class RuleWriter {
    private static final int MAX_RULES_PER_CALL = 25;
    private final VirtualNetwork network;

    public RuleWriter(VirtualNetwork network) {
        this.network = network;
    }

    /** Creates the load balancer's frontend NSG (NSG mode) in {@code vcnId}. */
    public String createFrontendNsg(String compartmentId, String vcnId, String service) {
        return network.createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder()
                .createNetworkSecurityGroupDetails(CreateNetworkSecurityGroupDetails.builder().compartmentId(compartmentId)
                        .vcnId(vcnId).displayName("lb-" + service.replace('/', '-') + "-frontend").build())
                .build()).getNetworkSecurityGroup().getId();
    }

    /** Writes the rules of {@code request}'s mode for the load balancer {@code lb} in front of {@code nodes}. */
    public void write(ServiceRequest request, ProvisionedLb lb, Subnet lbSubnet, List<ClusterNodes.WorkerNode> nodes,
            String frontendNsgId) {
        switch (request.mode()) {
            case SL_FRONTEND:
                frontendList(request, lbSubnet);
                break;
            case SL_ALL:
                frontendList(request, lbSubnet);
                backendLists(request, lbSubnet, nodes);
                break;
            case NSG:
                nsgRules(request, lbSubnet, nodes, frontendNsgId);
                break;
            default:
                break;
        }
    }

    private void frontendList(ServiceRequest request, Subnet lbSubnet) {
        List<IngressSecurityRule> ingress = new ArrayList<>();
        for (String source : request.sourceRanges()) {
            for (ServicePortSpec p : request.ports()) {
                ingress.add(ingress(source, p.ociProtocol(), p.port(), request.ref() + " listener " + p.port()));
            }
        }
        edit(firstList(lbSubnet), ingress, List.of());
    }

    private void backendLists(ServiceRequest request, Subnet lbSubnet, List<ClusterNodes.WorkerNode> nodes) {
        Map<String, Subnet> workerSubnets = workerSubnets(nodes);
        List<EgressSecurityRule> egress = new ArrayList<>();
        for (Subnet worker : workerSubnets.values()) {
            for (ServicePortSpec p : request.ports()) {
                egress.add(egress(worker.getCidrBlock(), p.ociProtocol(), p.nodePort(), request.ref() + " node port"));
            }
            egress.add(egress(worker.getCidrBlock(), "6", request.healthCheckPort(), request.ref() + " health check"));
        }
        edit(firstList(lbSubnet), List.of(), egress);
        for (Subnet worker : workerSubnets.values()) {
            List<IngressSecurityRule> ingress = new ArrayList<>();
            List<String> nodePortSources = request.preserveSource() ? request.sourceRanges() : List.of(lbSubnet.getCidrBlock());
            for (String source : nodePortSources) {
                for (ServicePortSpec p : request.ports()) {
                    ingress.add(ingress(source, p.ociProtocol(), p.nodePort(), request.ref() + " node port"));
                }
            }
            ingress.add(ingress(lbSubnet.getCidrBlock(), "6", request.healthCheckPort(), request.ref() + " health check"));
            edit(firstList(worker), ingress, List.of());
        }
    }

    private void nsgRules(ServiceRequest request, Subnet lbSubnet, List<ClusterNodes.WorkerNode> nodes, String frontendNsgId) {
        List<AddSecurityRuleDetails> frontend = new ArrayList<>();
        for (String source : request.sourceRanges()) {
            for (ServicePortSpec p : request.ports()) {
                frontend.add(nsgRule(true, source, false, p.ociProtocol(), p.port(), request.ref() + " listener"));
            }
        }
        List<String> destinations = request.backendNsgId().map(List::of)
                .orElseGet(() -> List.copyOf(workerSubnets(nodes).values().stream().map(Subnet::getCidrBlock).toList()));
        boolean toNsg = request.backendNsgId().isPresent();
        for (String destination : destinations) {
            for (ServicePortSpec p : request.ports()) {
                frontend.add(nsgRule(false, destination, toNsg, p.ociProtocol(), p.nodePort(), request.ref() + " node port"));
            }
            frontend.add(nsgRule(false, destination, toNsg, "6", request.healthCheckPort(), request.ref() + " health check"));
        }
        add(frontendNsgId, frontend);
        request.backendNsgId().ifPresent(backend -> {
            List<AddSecurityRuleDetails> rules = new ArrayList<>();
            for (ServicePortSpec p : request.ports()) {
                if (request.preserveSource()) {
                    request.sourceRanges().forEach(s -> rules.add(nsgRule(true, s, false, p.ociProtocol(), p.nodePort(),
                            request.ref() + " node port")));
                } else {
                    rules.add(nsgRule(true, frontendNsgId, true, p.ociProtocol(), p.nodePort(), request.ref() + " node port"));
                }
            }
            rules.add(nsgRule(true, frontendNsgId, true, "6", request.healthCheckPort(), request.ref() + " health check"));
            add(backend, rules);
        });
    }

    private Map<String, Subnet> workerSubnets(List<ClusterNodes.WorkerNode> nodes) {
        Map<String, Subnet> subnets = new LinkedHashMap<>();
        for (ClusterNodes.WorkerNode node : nodes) {
            subnets.computeIfAbsent(node.subnetId(), id -> network.getSubnet(GetSubnetRequest.builder().subnetId(id).build())
                    .getSubnet());
        }
        return subnets;
    }

    private static String firstList(Subnet subnet) {
        if (subnet.getSecurityListIds() == null || subnet.getSecurityListIds().isEmpty()) {
            throw new CcmFailure("subnet " + subnet.getId() + " has no security list for the CCM to manage; attach one or"
                    + " set the security-list management mode to None.");
        }
        return subnet.getSecurityListIds().get(0);
    }

    private void edit(String listId, List<IngressSecurityRule> addIngress, List<EgressSecurityRule> addEgress) {
        SecurityList list = network.getSecurityList(GetSecurityListRequest.builder().securityListId(listId).build())
                .getSecurityList();
        List<IngressSecurityRule> ingress = new ArrayList<>(list.getIngressSecurityRules() == null ? List.of()
                : list.getIngressSecurityRules());
        List<EgressSecurityRule> egress = new ArrayList<>(list.getEgressSecurityRules() == null ? List.of()
                : list.getEgressSecurityRules());
        Set<String> known = new LinkedHashSet<>();
        ingress.forEach(r -> known.add(key("in", r.getSource(), r.getProtocol(), r.getTcpOptions(), r.getUdpOptions())));
        egress.forEach(r -> known.add(key("out", r.getDestination(), r.getProtocol(), r.getTcpOptions(), r.getUdpOptions())));
        int before = ingress.size() + egress.size();
        addIngress.stream().filter(r -> known.add(key("in", r.getSource(), r.getProtocol(), r.getTcpOptions(),
                r.getUdpOptions()))).forEach(ingress::add);
        addEgress.stream().filter(r -> known.add(key("out", r.getDestination(), r.getProtocol(), r.getTcpOptions(),
                r.getUdpOptions()))).forEach(egress::add);
        if (ingress.size() + egress.size() == before) {
            return;
        }
        network.updateSecurityList(UpdateSecurityListRequest.builder().securityListId(listId)
                .updateSecurityListDetails(UpdateSecurityListDetails.builder().ingressSecurityRules(ingress)
                        .egressSecurityRules(egress).build())
                .build());
    }

    private void add(String nsgId, List<AddSecurityRuleDetails> rules) {
        for (int from = 0; from < rules.size(); from += MAX_RULES_PER_CALL) {
            network.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
                    .networkSecurityGroupId(nsgId)
                    .addNetworkSecurityGroupSecurityRulesDetails(AddNetworkSecurityGroupSecurityRulesDetails.builder()
                            .securityRules(rules.subList(from, Math.min(rules.size(), from + MAX_RULES_PER_CALL))).build())
                    .build());
        }
    }

    private static String key(String direction, String peer, String protocol, TcpOptions tcp, UdpOptions udp) {
        PortRange range = tcp != null ? tcp.getDestinationPortRange() : udp != null ? udp.getDestinationPortRange() : null;
        return direction + "|" + peer + "|" + protocol + "|" + (range == null ? "all" : range.getMin() + "-" + range.getMax());
    }

    private static PortRange port(int port) {
        return PortRange.builder().min(port).max(port).build();
    }

    private static IngressSecurityRule ingress(String source, String protocol, int port, String description) {
        IngressSecurityRule.Builder b = IngressSecurityRule.builder().source(source)
                .sourceType(IngressSecurityRule.SourceType.CidrBlock).protocol(protocol).isStateless(false)
                .description("CCM: " + description);
        return ("17".equals(protocol) ? b.udpOptions(UdpOptions.builder().destinationPortRange(port(port)).build())
                : b.tcpOptions(TcpOptions.builder().destinationPortRange(port(port)).build())).build();
    }

    private static EgressSecurityRule egress(String destination, String protocol, int port, String description) {
        EgressSecurityRule.Builder b = EgressSecurityRule.builder().destination(destination)
                .destinationType(EgressSecurityRule.DestinationType.CidrBlock).protocol(protocol).isStateless(false)
                .description("CCM: " + description);
        return ("17".equals(protocol) ? b.udpOptions(UdpOptions.builder().destinationPortRange(port(port)).build())
                : b.tcpOptions(TcpOptions.builder().destinationPortRange(port(port)).build())).build();
    }

    private static AddSecurityRuleDetails nsgRule(boolean ingress, String peer, boolean peerIsNsg, String protocol, int port,
            String description) {
        AddSecurityRuleDetails.Builder b = AddSecurityRuleDetails.builder().protocol(protocol).isStateless(false)
                .description("CCM: " + description);
        if (ingress) {
            b.direction(AddSecurityRuleDetails.Direction.Ingress).source(peer).sourceType(peerIsNsg
                    ? AddSecurityRuleDetails.SourceType.NetworkSecurityGroup : AddSecurityRuleDetails.SourceType.CidrBlock);
        } else {
            b.direction(AddSecurityRuleDetails.Direction.Egress).destination(peer).destinationType(peerIsNsg
                    ? AddSecurityRuleDetails.DestinationType.NetworkSecurityGroup
                    : AddSecurityRuleDetails.DestinationType.CidrBlock);
        }
        return ("17".equals(protocol) ? b.udpOptions(UdpOptions.builder().destinationPortRange(port(port)).build())
                : b.tcpOptions(TcpOptions.builder().destinationPortRange(port(port)).build())).build();
    }
}
