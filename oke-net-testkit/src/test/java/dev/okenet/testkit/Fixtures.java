package dev.okenet.testkit;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.GetWorkRequestRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateInternetGatewayDetails;
import com.oracle.bmc.core.model.CreateNatGatewayDetails;
import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.CreateRouteTableDetails;
import com.oracle.bmc.core.model.CreateSubnetDetails;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateInternetGatewayRequest;
import com.oracle.bmc.core.requests.CreateNatGatewayRequest;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.CreateRouteTableRequest;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import java.util.List;

/** Small request builders shared by the tests; every call goes through the SDK interfaces. */
public final class Fixtures {
    public static final String COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaatestcompartment";

    private Fixtures() {}

    public static Vcn vcn(VirtualNetwork vn, String name, String... cidrs) {
        return vn.createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder()
                .compartmentId(COMPARTMENT).cidrBlocks(List.of(cidrs)).displayName(name)
                .dnsLabel(name.replaceAll("[^a-zA-Z0-9]", "")).build()).build()).getVcn();
    }

    public static CreateSubnetDetails.Builder subnetDetails(Vcn vcn, String name, String cidr) {
        return CreateSubnetDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId()).cidrBlock(cidr)
                .displayName(name);
    }

    public static Subnet subnet(VirtualNetwork vn, Vcn vcn, String name, String cidr) {
        return vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(subnetDetails(vcn, name, cidr)
                .build()).build()).getSubnet();
    }

    public static Subnet privateSubnet(VirtualNetwork vn, Vcn vcn, String name, String cidr) {
        return vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(subnetDetails(vcn, name, cidr)
                .prohibitPublicIpOnVnic(true).build()).build()).getSubnet();
    }

    public static InternetGateway internetGateway(VirtualNetwork vn, Vcn vcn) {
        return vn.createInternetGateway(CreateInternetGatewayRequest.builder().createInternetGatewayDetails(
                CreateInternetGatewayDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId())
                        .isEnabled(true).displayName("igw").build()).build()).getInternetGateway();
    }

    public static NatGateway natGateway(VirtualNetwork vn, Vcn vcn) {
        return vn.createNatGateway(CreateNatGatewayRequest.builder().createNatGatewayDetails(
                CreateNatGatewayDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId())
                        .displayName("nat").build()).build()).getNatGateway();
    }

    public static RouteTable routeTable(VirtualNetwork vn, Vcn vcn, String name, RouteRule... rules) {
        return vn.createRouteTable(CreateRouteTableRequest.builder().createRouteTableDetails(
                CreateRouteTableDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId()).displayName(name)
                        .routeRules(List.of(rules)).build()).build()).getRouteTable();
    }

    public static RouteRule route(String destination, String target) {
        return RouteRule.builder().destination(destination).destinationType(RouteRule.DestinationType.CidrBlock)
                .networkEntityId(target).build();
    }

    public static NetworkSecurityGroup nsg(VirtualNetwork vn, Vcn vcn, String name) {
        return vn.createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder()
                .createNetworkSecurityGroupDetails(CreateNetworkSecurityGroupDetails.builder()
                        .compartmentId(COMPARTMENT).vcnId(vcn.getId()).displayName(name).build()).build())
                .getNetworkSecurityGroup();
    }

    /** Details of a cluster "oke" on v1.31.1 in {@code vcn}, with nothing else set. */
    public static CreateClusterDetails.Builder clusterDetails(Vcn vcn) {
        return CreateClusterDetails.builder().name("oke").compartmentId(COMPARTMENT).vcnId(vcn.getId())
                .kubernetesVersion("v1.31.1");
    }

    /** Creates the cluster {@code details} describe and returns its id, read from the create's work request. */
    public static String clusterId(ContainerEngine ce, CreateClusterDetails details) {
        return workResourceId(ce, ce.createCluster(CreateClusterRequest.builder().createClusterDetails(details).build())
                .getOpcWorkRequestId());
    }

    /** The id of the resource Container Engine work request {@code workRequestId} acts on: a create's new cluster or node pool. */
    public static String workResourceId(ContainerEngine ce, String workRequestId) {
        return ce.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(workRequestId).build()).getWorkRequest()
                .getResources().get(0).getIdentifier();
    }
}
