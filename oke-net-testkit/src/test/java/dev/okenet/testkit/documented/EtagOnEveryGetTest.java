package dev.okenet.testkit.documented;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateDrgAttachmentDetails;
import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.CreateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.model.CreateRemotePeeringConnectionDetails;
import com.oracle.bmc.core.model.CreateServiceGatewayDetails;
import com.oracle.bmc.core.model.ServiceIdRequestDetails;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkCreateDetails;
import com.oracle.bmc.core.requests.CreateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.CreateLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.CreateRemotePeeringConnectionRequest;
import com.oracle.bmc.core.requests.CreateServiceGatewayRequest;
import com.oracle.bmc.core.requests.GetDhcpOptionsRequest;
import com.oracle.bmc.core.requests.GetDrgAttachmentRequest;
import com.oracle.bmc.core.requests.GetDrgRequest;
import com.oracle.bmc.core.requests.GetInternetGatewayRequest;
import com.oracle.bmc.core.requests.GetLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.GetNatGatewayRequest;
import com.oracle.bmc.core.requests.GetNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetPrivateIpRequest;
import com.oracle.bmc.core.requests.GetRemotePeeringConnectionRequest;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.GetServiceGatewayRequest;
import com.oracle.bmc.core.requests.GetServiceRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckProtocols;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.ListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.ListenerProtocols;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetBackendSetRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetListenerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every get FakeOci implements whose SDK response has an {@code etag} (OCI answers one) answers a
 * non-blank etag, through both doors; the list of gets is checked against the SDK by reflection.
 */
@ParameterizedClass
@EnumSource(Door.class)
class EtagOnEveryGetTest {
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final Door door;

    EtagOnEveryGetTest(Door door) {
        this.door = door;
    }

    /** Each implemented get whose response type declares getEtag(), as "Service.operation". */
    private static Set<String> getsWithAnEtag() throws ClassNotFoundException {
        Map<String, String> packages = Map.of("VirtualNetwork", "com.oracle.bmc.core",
                "ContainerEngine", "com.oracle.bmc.containerengine",
                "NetworkLoadBalancer", "com.oracle.bmc.networkloadbalancer",
                "LoadBalancer", "com.oracle.bmc.loadbalancer");
        Set<String> gets = new TreeSet<>();
        for (var service : FakeOci.supportedOperations().entrySet()) {
            for (String operation : service.getValue()) {
                if (!operation.startsWith("get")) {
                    continue;
                }
                String response = packages.get(service.getKey()) + ".responses."
                        + Character.toUpperCase(operation.charAt(0)) + operation.substring(1) + "Response";
                for (Method method : Class.forName(response).getMethods()) {
                    if (method.getName().equals("getEtag")) {
                        gets.add(service.getKey() + "." + operation);
                    }
                }
            }
        }
        return gets;
    }

    @Test
    void everyGetWhoseResponseHasAnEtagAnswersOne() throws Exception {
        VirtualNetwork vn = door.virtualNetwork(OCI);
        ContainerEngine ce = door.containerEngine(OCI);
        NetworkLoadBalancer nlb = door.networkLoadBalancer(OCI);
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Subnet subnet = Fixtures.subnet(vn, vcn, "s", "10.0.1.0/24");
        String igw = Fixtures.internetGateway(vn, vcn).getId();
        String nat = Fixtures.natGateway(vn, vcn).getId();
        String nsg = Fixtures.nsg(vn, vcn, "n").getId();
        String rt = Fixtures.routeTable(vn, vcn, "rt").getId();
        String service = vn.listServices(ListServicesRequest.builder().build()).getItems().get(0).getId();
        String sgw = vn.createServiceGateway(CreateServiceGatewayRequest.builder().createServiceGatewayDetails(
                CreateServiceGatewayDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId()).services(List.of(
                        ServiceIdRequestDetails.builder().serviceId(service).build())).build()).build())
                .getServiceGateway().getId();
        String lpg = vn.createLocalPeeringGateway(CreateLocalPeeringGatewayRequest.builder()
                .createLocalPeeringGatewayDetails(CreateLocalPeeringGatewayDetails.builder().compartmentId(COMPARTMENT)
                        .vcnId(vcn.getId()).build()).build()).getLocalPeeringGateway().getId();
        String drg = vn.createDrg(CreateDrgRequest.builder().createDrgDetails(CreateDrgDetails.builder()
                .compartmentId(COMPARTMENT).build()).build()).getDrg().getId();
        String attachment = vn.createDrgAttachment(CreateDrgAttachmentRequest.builder().createDrgAttachmentDetails(
                CreateDrgAttachmentDetails.builder().drgId(drg).networkDetails(VcnDrgAttachmentNetworkCreateDetails
                        .builder().id(vcn.getId()).build()).build()).build()).getDrgAttachment().getId();
        String rpc = vn.createRemotePeeringConnection(CreateRemotePeeringConnectionRequest.builder()
                .createRemotePeeringConnectionDetails(CreateRemotePeeringConnectionDetails.builder()
                        .compartmentId(COMPARTMENT).drgId(drg).build()).build()).getRemotePeeringConnection().getId();
        String nlbId = nlb.createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                .createNetworkLoadBalancerDetails(CreateNetworkLoadBalancerDetails.builder().compartmentId(COMPARTMENT)
                        .displayName("nlb").subnetId(subnet.getId())
                        .backendSets(Map.of("nodes", BackendSetDetails.builder().healthChecker(HealthChecker.builder()
                                .protocol(HealthCheckProtocols.Tcp).port(22).build()).build()))
                        .listeners(Map.of("tcp", ListenerDetails.builder().name("tcp").defaultBackendSetName("nodes")
                                .port(80).protocol(ListenerProtocols.Tcp).build())).build()).build())
                .getNetworkLoadBalancer().getId();
        String privateIp = vn.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(subnet.getId()).build())
                .getItems().get(0).getId();
        String cluster = Fixtures.clusterId(ce, Fixtures.clusterDetails(vcn).build());
        String poolWork = ce.createNodePool(CreateNodePoolRequest.builder().createNodePoolDetails(CreateNodePoolDetails
                .builder().compartmentId(COMPARTMENT).clusterId(cluster).name("np").nodeShape("VM.Standard.E5.Flex")
                .nodeConfigDetails(CreateNodePoolNodeConfigDetails.builder().size(0).placementConfigs(List.of(
                        NodePoolPlacementConfigDetails.builder().availabilityDomain("AD-1").subnetId(subnet.getId())
                                .build())).build()).build()).build()).getOpcWorkRequestId();
        String pool = Fixtures.workResourceId(ce, poolWork);

        Map<String, Supplier<String>> gets = new LinkedHashMap<>();
        gets.put("VirtualNetwork.getVcn", () -> vn.getVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build()).getEtag());
        gets.put("VirtualNetwork.getSubnet", () -> vn.getSubnet(GetSubnetRequest.builder().subnetId(subnet.getId())
                .build()).getEtag());
        gets.put("VirtualNetwork.getDhcpOptions", () -> vn.getDhcpOptions(GetDhcpOptionsRequest.builder()
                .dhcpId(vcn.getDefaultDhcpOptionsId()).build()).getEtag());
        gets.put("VirtualNetwork.getSecurityList", () -> vn.getSecurityList(GetSecurityListRequest.builder()
                .securityListId(vcn.getDefaultSecurityListId()).build()).getEtag());
        gets.put("VirtualNetwork.getRouteTable", () -> vn.getRouteTable(GetRouteTableRequest.builder().rtId(rt).build())
                .getEtag());
        gets.put("VirtualNetwork.getInternetGateway", () -> vn.getInternetGateway(GetInternetGatewayRequest.builder()
                .igId(igw).build()).getEtag());
        gets.put("VirtualNetwork.getNatGateway", () -> vn.getNatGateway(GetNatGatewayRequest.builder().natGatewayId(nat)
                .build()).getEtag());
        gets.put("VirtualNetwork.getServiceGateway", () -> vn.getServiceGateway(GetServiceGatewayRequest.builder()
                .serviceGatewayId(sgw).build()).getEtag());
        gets.put("VirtualNetwork.getService", () -> vn.getService(GetServiceRequest.builder().serviceId(service).build())
                .getEtag());
        gets.put("VirtualNetwork.getNetworkSecurityGroup", () -> vn.getNetworkSecurityGroup(
                GetNetworkSecurityGroupRequest.builder().networkSecurityGroupId(nsg).build()).getEtag());
        gets.put("VirtualNetwork.getLocalPeeringGateway", () -> vn.getLocalPeeringGateway(
                GetLocalPeeringGatewayRequest.builder().localPeeringGatewayId(lpg).build()).getEtag());
        gets.put("VirtualNetwork.getDrg", () -> vn.getDrg(GetDrgRequest.builder().drgId(drg).build()).getEtag());
        gets.put("VirtualNetwork.getDrgAttachment", () -> vn.getDrgAttachment(GetDrgAttachmentRequest.builder()
                .drgAttachmentId(attachment).build()).getEtag());
        gets.put("VirtualNetwork.getRemotePeeringConnection", () -> vn.getRemotePeeringConnection(
                GetRemotePeeringConnectionRequest.builder().remotePeeringConnectionId(rpc).build()).getEtag());
        gets.put("VirtualNetwork.getPrivateIp", () -> vn.getPrivateIp(GetPrivateIpRequest.builder()
                .privateIpId(privateIp).build()).getEtag());
        gets.put("NetworkLoadBalancer.getNetworkLoadBalancer", () -> nlb.getNetworkLoadBalancer(
                GetNetworkLoadBalancerRequest.builder().networkLoadBalancerId(nlbId).build()).getEtag());
        gets.put("NetworkLoadBalancer.getListener", () -> nlb.getListener(GetListenerRequest.builder()
                .networkLoadBalancerId(nlbId).listenerName("tcp").build()).getEtag());
        gets.put("NetworkLoadBalancer.getBackendSet", () -> nlb.getBackendSet(GetBackendSetRequest.builder()
                .networkLoadBalancerId(nlbId).backendSetName("nodes").build()).getEtag());
        gets.put("ContainerEngine.getCluster", () -> ce.getCluster(
                com.oracle.bmc.containerengine.requests.GetClusterRequest.builder().clusterId(cluster).build()).getEtag());
        gets.put("ContainerEngine.getNodePool", () -> ce.getNodePool(
                com.oracle.bmc.containerengine.requests.GetNodePoolRequest.builder().nodePoolId(pool).build()).getEtag());
        gets.put("ContainerEngine.getWorkRequest", () -> ce.getWorkRequest(
                com.oracle.bmc.containerengine.requests.GetWorkRequestRequest.builder().workRequestId(poolWork).build())
                .getEtag());

        assertThat(gets.keySet()).as("this test calls every get whose SDK response has an etag")
                .containsExactlyInAnyOrderElementsOf(getsWithAnEtag());
        gets.forEach((operation, etag) -> assertThat(etag.get()).as(operation).isNotBlank());
    }
}
