package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import dev.okenet.testkit.ccm.internal.spec.ServiceView;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The path of client traffic to a Service's node ports, step by step: the load balancer subnet's
 * route back to the clients, the listener ingress, then for every node and node port the flow from
 * the load balancer (or, when an NLB preserves the source, from the clients themselves).
 */
public final class ClientPath {
    private final VirtualNetwork network;
    private final FlowCheck flows;

    public ClientPath(VirtualNetwork network, FlowCheck flows) {
        this.network = network;
        this.flows = flows;
    }

    /** The steps, each starting ALLOWED or DENIED. */
    public List<String> steps(ServiceRequest request, ProvisionedLb lb, List<ClusterNodes.WorkerNode> nodes, String clientCidr) {
        Endpoint clients = Endpoint.clients(clientCidr);
        Endpoint balancer = lb.endpoint(request.ref());
        List<String> steps = new ArrayList<>();
        steps.add(route(request, lb, clients.cidr()));
        for (ServiceView.Port p : request.ports()) {
            steps.add(flows.ingress(clients, balancer, ServiceRequest.ociProtocol(p), p.port()).step());
        }
        if (nodes.isEmpty()) {
            steps.add("DENIED the cluster has no ready node to receive traffic");
        }
        for (ClusterNodes.WorkerNode node : nodes) {
            for (ServiceView.Port p : request.ports()) {
                String protocol = ServiceRequest.ociProtocol(p);
                if (request.preserveSource()) {
                    steps.add(flows.egress(balancer, node.endpoint(), protocol, p.nodePort()).step());
                    steps.add(flows.ingress(clients, node.endpoint(), protocol, p.nodePort()).step()
                            + " (the NLB preserves the client's address)");
                } else {
                    steps.add(flows.check(balancer, node.endpoint(), protocol, p.nodePort()).step());
                }
            }
        }
        return steps;
    }

    private String route(ServiceRequest request, ProvisionedLb lb, Ipv4Cidr clients) {
        Subnet subnet = network.getSubnet(GetSubnetRequest.builder().subnetId(lb.subnetId()).build()).getSubnet();
        List<String> vcnCidrs = network.getVcn(GetVcnRequest.builder().vcnId(subnet.getVcnId()).build()).getVcn().getCidrBlocks();
        if (vcnCidrs != null && vcnCidrs.stream().map(Ipv4Cidr::parse).flatMap(Optional::stream).anyMatch(c -> c.contains(clients))) {
            return "ALLOWED clients " + clients + " are inside the VCN: no route is needed";
        }
        RouteTable table = network.getRouteTable(GetRouteTableRequest.builder().rtId(subnet.getRouteTableId()).build())
                .getRouteTable();
        Optional<RouteRule> best = (table.getRouteRules() == null ? List.<RouteRule>of() : table.getRouteRules()).stream()
                .filter(r -> r.getDestination() != null && Ipv4Cidr.parse(r.getDestination()).map(d -> d.contains(clients))
                        .orElse(false))
                .max(Comparator.comparingInt(r -> Ipv4Cidr.parse(r.getDestination()).orElseThrow().prefix()));
        String where = "route table '" + table.getDisplayName() + "' of the load balancer's subnet";
        if (best.isEmpty()) {
            return "DENIED " + where + " has no route to " + clients + ", so replies never reach the clients";
        }
        String target = best.get().getNetworkEntityId();
        boolean internetGateway = target != null && target.startsWith("ocid1.internetgateway.");
        if (!request.internal() && !internetGateway) {
            return "DENIED " + where + " sends " + best.get().getDestination() + " to " + target + ", not to an internet"
                    + " gateway: a public load balancer answers the internet only through one";
        }
        if (request.internal() && (internetGateway || (target != null && target.startsWith("ocid1.natgateway.")))) {
            return "DENIED the load balancer is internal (private address only): clients " + clients + " outside the VCN"
                    + " reach it only through a DRG or a peering, but " + where + " sends them to " + target;
        }
        return "ALLOWED " + where + " routes " + best.get().getDestination() + " to " + target;
    }
}
