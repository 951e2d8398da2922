package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.ClusterCreateOptions;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateClusterEndpointConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodeShapeConfigDetails;
import com.oracle.bmc.containerengine.model.KubernetesNetworkConfig;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.containerengine.requests.GetWorkRequestRequest;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.containerengine.requests.ListWorkRequestsRequest;
import com.oracle.bmc.containerengine.responses.CreateClusterResponse;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.CreateDrgAttachmentDetails;
import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.CreateSecurityListDetails;
import com.oracle.bmc.core.model.CreateServiceGatewayDetails;
import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.ServiceIdRequestDetails;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UpdateVcnDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.CreateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.CreateSecurityListRequest;
import com.oracle.bmc.core.requests.CreateServiceGatewayRequest;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.DeleteSubnetRequest;
import com.oracle.bmc.core.requests.DeleteVcnRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import com.oracle.bmc.core.requests.ListSubnetsRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.core.requests.UpdateVcnRequest;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckProtocols;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.ListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.ListenerProtocols;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancingPolicy;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListNetworkLoadBalancersRequest;
import com.oracle.bmc.networkloadbalancer.responses.CreateNetworkLoadBalancerResponse;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One scripted scenario, run through each door on two fakes with the same seed and start time,
 * must see the same responses (field for field, as the SDK's JSON), the same failures and the
 * same call log. This is what keeps the HTTP door honest: any field it drops, any header or
 * status it gets wrong, any error it reshapes, shows up as a difference.
 */
class DoorEquivalenceTest {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static Transcript inProcess;
    private static Transcript overHttp;
    private static FakeOci inProcessFake;
    private static FakeOci httpFake;

    @BeforeAll
    static void runTheScenarioThroughBothDoors() {
        inProcessFake = FakeOci.builder().seed(42).startingAt(EPOCH).build();
        httpFake = FakeOci.builder().seed(42).startingAt(EPOCH).build();
        inProcess = scenario(inProcessFake, Door.IN_PROCESS.services(inProcessFake));
        overHttp = scenario(httpFake, Door.HTTP.services(httpFake));
    }

    @AfterAll
    static void close() {
        inProcessFake.close();
        httpFake.close();
    }

    @Test
    void theScenarioRanEveryStepAndSucceededWhereExpected() {
        assertThat(inProcess.steps()).hasSizeGreaterThan(30);
        assertThat(inProcess.steps()).filteredOn(step -> step.outcome() instanceof Transcript.Failure)
                .extracting(Transcript.Step::name)
                .containsExactly("stale if-match", "missing vcn", "overlapping subnet", "delete vcn in use",
                        "injected 429", "injected timeout", "unsupported operation");
    }

    @Test
    void everyStepAnswersTheSameThroughBothDoors() {
        for (int i = 0; i < inProcess.steps().size(); i++) {
            assertThat(overHttp.steps().get(i)).as("step %d, %s", i, inProcess.steps().get(i).name())
                    .isEqualTo(inProcess.steps().get(i));
        }
        assertThat(overHttp.steps()).hasSameSizeAs(inProcess.steps());
    }

    @Test
    void theCallLogsAreTheSame() {
        assertThat(httpFake.calls().all()).isEqualTo(inProcessFake.calls().all());
    }

    private static Transcript scenario(FakeOci fake, OciServices oci) {
        Transcript t = new Transcript();
        VirtualNetwork vn = oci.virtualNetwork();
        ContainerEngine ce = oci.containerEngine();
        NetworkLoadBalancer nlb = oci.networkLoadBalancer();

        Vcn vcn = t.step("create vcn", () -> vn.createVcn(CreateVcnRequest.builder().opcRetryToken("token-1")
                .createVcnDetails(com.oracle.bmc.core.model.CreateVcnDetails.builder().compartmentId(COMPARTMENT)
                        .cidrBlocks(List.of("10.0.0.0/16")).displayName("prod").dnsLabel("prod")
                        .freeformTags(Map.of("okenet.network", "prod"))
                        .definedTags(Map.of("ops", Map.of("team", "net"))).build()).build())).getVcn();
        t.step("create vcn again with the same retry token", () -> vn.createVcn(CreateVcnRequest.builder()
                .opcRetryToken("token-1").createVcnDetails(com.oracle.bmc.core.model.CreateVcnDetails.builder()
                        .compartmentId(COMPARTMENT).cidrBlocks(List.of("10.0.0.0/16")).displayName("prod")
                        .dnsLabel("prod").freeformTags(Map.of("okenet.network", "prod"))
                        .definedTags(Map.of("ops", Map.of("team", "net"))).build()).build()));
        String etag = t.step("get vcn", () -> vn.getVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build())).getEtag();
        t.step("update vcn with its etag", () -> vn.updateVcn(UpdateVcnRequest.builder().vcnId(vcn.getId())
                .ifMatch(etag).updateVcnDetails(UpdateVcnDetails.builder().displayName("prod-2").build()).build()));
        t.step("stale if-match", () -> vn.updateVcn(UpdateVcnRequest.builder().vcnId(vcn.getId()).ifMatch(etag)
                .updateVcnDetails(UpdateVcnDetails.builder().displayName("prod-3").build()).build()));
        t.step("missing vcn", () -> vn.getVcn(GetVcnRequest.builder().vcnId("ocid1.vcn.oc1.iad.missing").build()));

        Subnet api = t.step("api subnet", () -> Fixtures.privateSubnet(vn, vcn, "api", "10.0.0.0/29"));
        Subnet workers = t.step("workers subnet", () -> Fixtures.privateSubnet(vn, vcn, "workers", "10.0.16.0/24"));
        Subnet pods = t.step("pods subnet", () -> Fixtures.privateSubnet(vn, vcn, "pods", "10.0.64.0/24"));
        Subnet lb = t.step("lb subnet", () -> Fixtures.subnet(vn, vcn, "lb", "10.0.2.0/27"));
        t.step("overlapping subnet", () -> Fixtures.subnet(vn, vcn, "clash", "10.0.2.0/28"));
        t.step("list subnets page 1", () -> vn.listSubnets(ListSubnetsRequest.builder().compartmentId(COMPARTMENT)
                .vcnId(vcn.getId()).limit(2).build()));
        t.step("list subnets sorted", () -> vn.listSubnets(ListSubnetsRequest.builder().compartmentId(COMPARTMENT)
                .vcnId(vcn.getId()).sortBy(ListSubnetsRequest.SortBy.Displayname)
                .sortOrder(ListSubnetsRequest.SortOrder.Desc).build()));
        t.step("list subnets, every page", () -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            vn.getPaginators().listSubnetsRecordIterator(ListSubnetsRequest.builder().compartmentId(COMPARTMENT)
                    .vcnId(vcn.getId()).limit(1).build()).forEach(subnet -> names.add(subnet.getDisplayName()));
            return names;
        });

        t.step("internet gateway", () -> Fixtures.internetGateway(vn, vcn));
        t.step("nat gateway", () -> Fixtures.natGateway(vn, vcn));
        String allServices = t.step("list services", () -> vn.listServices(ListServicesRequest.builder().build()))
                .getItems().get(0).getId();
        t.step("service gateway", () -> vn.createServiceGateway(CreateServiceGatewayRequest.builder()
                .createServiceGatewayDetails(CreateServiceGatewayDetails.builder().compartmentId(COMPARTMENT)
                        .vcnId(vcn.getId()).services(List.of(ServiceIdRequestDetails.builder().serviceId(allServices)
                                .build())).build()).build()));
        t.step("route table", () -> Fixtures.routeTable(vn, vcn, "private",
                Fixtures.route("0.0.0.0/0", fake.calls().of("createNatGateway").get(0).resourceId())));
        t.step("security list", () -> vn.createSecurityList(CreateSecurityListRequest.builder()
                .createSecurityListDetails(CreateSecurityListDetails.builder().compartmentId(COMPARTMENT)
                        .vcnId(vcn.getId()).displayName("workers")
                        .ingressSecurityRules(List.of(IngressSecurityRule.builder().protocol("6").source("10.0.0.0/16")
                                .sourceType(IngressSecurityRule.SourceType.CidrBlock)
                                .tcpOptions(TcpOptions.builder().destinationPortRange(PortRange.builder().min(10250)
                                        .max(10250).build()).build()).build()))
                        .egressSecurityRules(List.of(EgressSecurityRule.builder().protocol("all")
                                .destination("0.0.0.0/0").build())).build()).build()));
        var nsg = t.step("nsg", () -> Fixtures.nsg(vn, vcn, "pods"));
        t.step("nsg rules", () -> vn.addNetworkSecurityGroupSecurityRules(
                AddNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(nsg.getId())
                        .addNetworkSecurityGroupSecurityRulesDetails(AddNetworkSecurityGroupSecurityRulesDetails.builder()
                                .securityRules(List.of(AddSecurityRuleDetails.builder()
                                        .direction(AddSecurityRuleDetails.Direction.Ingress).protocol("6")
                                        .source(nsg.getId())
                                        .sourceType(AddSecurityRuleDetails.SourceType.NetworkSecurityGroup)
                                        .description("pods to pods").build())).build()).build()));
        t.step("list nsg rules", () -> vn.listNetworkSecurityGroupSecurityRules(
                ListNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(nsg.getId()).build()));
        var drg = t.step("drg", () -> vn.createDrg(CreateDrgRequest.builder().createDrgDetails(
                CreateDrgDetails.builder().compartmentId(COMPARTMENT).displayName("drg").build()).build())).getDrg();
        t.step("drg attachment", () -> vn.createDrgAttachment(CreateDrgAttachmentRequest.builder()
                .createDrgAttachmentDetails(CreateDrgAttachmentDetails.builder().drgId(drg.getId()).vcnId(vcn.getId())
                        .displayName("prod").build()).build()));

        CreateClusterResponse cluster = t.step("cluster", () -> ce.createCluster(CreateClusterRequest.builder()
                .createClusterDetails(CreateClusterDetails.builder().name("oke").compartmentId(COMPARTMENT)
                        .vcnId(vcn.getId()).kubernetesVersion("v1.31.1")
                        .endpointConfig(CreateClusterEndpointConfigDetails.builder().subnetId(api.getId())
                                .isPublicIpEnabled(false).build())
                        .clusterPodNetworkOptions(List.of(OciVcnIpNativeClusterPodNetworkOptionDetails.builder().build()))
                        .options(ClusterCreateOptions.builder().serviceLbSubnetIds(List.of(lb.getId()))
                                .kubernetesNetworkConfig(KubernetesNetworkConfig.builder().servicesCidr("10.96.0.0/16")
                                        .build()).build()).build()).build()));
        String clusterId = t.step("cluster work request", () -> ce.getWorkRequest(GetWorkRequestRequest.builder()
                .workRequestId(cluster.getOpcWorkRequestId()).build())).getWorkRequest().getResources().get(0)
                .getIdentifier();
        t.step("get cluster", () -> ce.getCluster(GetClusterRequest.builder().clusterId(clusterId).build()));
        t.step("node pool", () -> ce.createNodePool(CreateNodePoolRequest.builder().createNodePoolDetails(
                CreateNodePoolDetails.builder().compartmentId(COMPARTMENT).clusterId(clusterId).name("np1")
                        .kubernetesVersion("v1.31.1").nodeShape("VM.Standard.E5.Flex")
                        .nodeShapeConfig(CreateNodeShapeConfigDetails.builder().ocpus(4f).memoryInGBs(32f).build())
                        .nodeConfigDetails(CreateNodePoolNodeConfigDetails.builder().size(2)
                                .placementConfigs(List.of(NodePoolPlacementConfigDetails.builder()
                                        .availabilityDomain("Uocm:US-ASHBURN-AD-1").subnetId(workers.getId()).build()))
                                .nodePoolPodNetworkOptionDetails(OciVcnIpNativeNodePoolPodNetworkOptionDetails.builder()
                                        .podSubnetIds(List.of(pods.getId())).maxPodsPerNode(8).build())
                                .build()).build()).build()));
        t.step("list clusters", () -> ce.listClusters(ListClustersRequest.builder().compartmentId(COMPARTMENT).build()));
        t.step("list node pools", () -> ce.listNodePools(ListNodePoolsRequest.builder().compartmentId(COMPARTMENT)
                .clusterId(clusterId).build()));
        t.step("list work requests", () -> ce.listWorkRequests(ListWorkRequestsRequest.builder()
                .compartmentId(COMPARTMENT).build()));
        t.step("pod addresses", () -> vn.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(pods.getId()).build()));

        CreateNetworkLoadBalancerResponse balancer = t.step("nlb", () -> nlb.createNetworkLoadBalancer(
                CreateNetworkLoadBalancerRequest.builder().createNetworkLoadBalancerDetails(
                        CreateNetworkLoadBalancerDetails.builder().compartmentId(COMPARTMENT).displayName("shop")
                                .subnetId(lb.getId())
                                .backendSets(Map.of("nodes", BackendSetDetails.builder()
                                        .policy(NetworkLoadBalancingPolicy.FiveTuple)
                                        .healthChecker(HealthChecker.builder().protocol(HealthCheckProtocols.Http)
                                                .port(10256).urlPath("/healthz").build()).build()))
                                .listeners(Map.of("https", ListenerDetails.builder().name("https")
                                        .defaultBackendSetName("nodes").port(443).protocol(ListenerProtocols.Tcp)
                                        .build())).build()).build()));
        t.step("get nlb", () -> nlb.getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder()
                .networkLoadBalancerId(balancer.getNetworkLoadBalancer().getId()).build()));
        t.step("list nlbs", () -> nlb.listNetworkLoadBalancers(ListNetworkLoadBalancersRequest.builder()
                .compartmentId(COMPARTMENT).build()));

        t.step("delete vcn in use", () -> vn.deleteVcn(DeleteVcnRequest.builder().vcnId(vcn.getId()).build()));
        fake.faults().on("listVcns").onNthCall(1).respond(Fault.tooManyRequests());
        t.step("injected 429", () -> vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build()));
        fake.faults().on("getVcn").onNthCall(1).respond(Fault.timeout());
        t.step("injected timeout", () -> vn.getVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build()));
        t.step("list vcns after faults", () -> vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build()));
        t.step("wait for the vcn", () -> {
            try {
                return vn.getWaiters().forVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build(),
                        Vcn.LifecycleState.Available).execute();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.step("unsupported operation", () -> vn.listCpes(com.oracle.bmc.core.requests.ListCpesRequest.builder()
                .compartmentId(COMPARTMENT).build()));
        Subnet spare = t.step("spare subnet", () -> Fixtures.privateSubnet(vn, vcn, "spare", "10.0.200.0/24"));
        t.step("delete spare subnet", () -> vn.deleteSubnet(DeleteSubnetRequest.builder().subnetId(spare.getId())
                .build()));
        return t;
    }
}
