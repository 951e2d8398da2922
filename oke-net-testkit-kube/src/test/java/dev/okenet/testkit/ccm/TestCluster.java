package dev.okenet.testkit.ccm;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.ClusterCreateOptions;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateClusterEndpointConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodeShapeConfigDetails;
import com.oracle.bmc.containerengine.model.FlannelOverlayClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.FlannelOverlayNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.KubernetesNetworkConfig;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.containerengine.requests.GetWorkRequestRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.CreateSecurityListDetails;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.CreateSecurityListRequest;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.SimulatedCluster;
import dev.okenet.testkit.Fixtures;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small OKE cluster built in FakeOci through the SDK interfaces, for the CCM and scheduling
 * tests: VCN 10.0.0.0/16 with internet and NAT gateways; private API (/29), workers (/24) and pods
 * subnets; a public (10.0.2.0/27) and a private (10.0.3.0/27) LB subnet, each with its own empty
 * security list; NSGs for workers and load balancers that start empty; one node pool.
 */
public final class TestCluster implements AutoCloseable {
    public static final String LB_PUBLIC_CIDR = "10.0.2.0/27";
    public static final String LB_PRIVATE_CIDR = "10.0.3.0/27";

    public final FakeOci oci;
    public final VirtualNetwork vn;
    public final ContainerEngine ce;
    public final Vcn vcn;
    public final Subnet workers;
    public final Subnet pods;
    public final Subnet lbPublic;
    public final Subnet lbPrivate;
    public final SecurityList workersList;
    public final SecurityList lbPublicList;
    public final NetworkSecurityGroup workersNsg;
    public final NetworkSecurityGroup lbNsg;
    /** The pods' NSG (VCN-native): starts empty, so only the pod subnet's default security list applies. */
    public final NetworkSecurityGroup podsNsg;
    public final String clusterId;
    public final String nodePoolId;

    private TestCluster(FakeOci oci, boolean vcnNative, String podsCidr, int nodes, int maxPods) {
        this.oci = oci;
        vn = oci.virtualNetwork();
        ce = oci.containerEngine();
        vcn = Fixtures.vcn(vn, "sim", "10.0.0.0/16");
        String igw = Fixtures.internetGateway(vn, vcn).getId();
        String nat = Fixtures.natGateway(vn, vcn).getId();
        String publicRoutes = Fixtures.routeTable(vn, vcn, "public", Fixtures.route("0.0.0.0/0", igw)).getId();
        String privateRoutes = Fixtures.routeTable(vn, vcn, "private", Fixtures.route("0.0.0.0/0", nat)).getId();
        workersList = securityList("workers");
        lbPublicList = securityList("lb-public");
        SecurityList lbPrivateList = securityList("lb-private");
        Subnet api = subnet("api", "10.0.0.0/29", true, privateRoutes, null);
        workers = subnet("workers", "10.0.4.0/24", true, privateRoutes, workersList.getId());
        pods = vcnNative ? subnet("pods", podsCidr, true, privateRoutes, null) : null;
        lbPublic = subnet("lb-public", LB_PUBLIC_CIDR, false, publicRoutes, lbPublicList.getId());
        lbPrivate = subnet("lb-private", LB_PRIVATE_CIDR, true, privateRoutes, lbPrivateList.getId());
        workersNsg = Fixtures.nsg(vn, vcn, "workers");
        lbNsg = Fixtures.nsg(vn, vcn, "lb");
        podsNsg = Fixtures.nsg(vn, vcn, "pods");
        clusterId = cluster(api, vcnNative, podsCidr);
        nodePoolId = nodePool(vcnNative, nodes, maxPods);
    }

    /** A VCN-native cluster with {@code nodes} nodes of {@code maxPods} pods and a pods subnet {@code podsCidr}. */
    public static TestCluster vcnNative(String podsCidr, int nodes, int maxPods) {
        return new TestCluster(FakeOci.create(), true, podsCidr, nodes, maxPods);
    }

    /** As {@link #vcnNative}, built in {@code oci}. */
    public static TestCluster vcnNativeIn(FakeOci oci, String podsCidr, int nodes, int maxPods) {
        return new TestCluster(oci, true, podsCidr, nodes, maxPods);
    }

    /** A flannel cluster with pods CIDR {@code podsCidr}. */
    public static TestCluster flannel(String podsCidr, int nodes) {
        return new TestCluster(FakeOci.create(), false, podsCidr, nodes, 0);
    }

    /** A simulated Kubernetes cluster over this one, started: close it before this. */
    public SimulatedCluster simulate() {
        return SimulatedCluster.builder(oci).cluster(COMPARTMENT, clusterId).start();
    }

    /** A CCM for this cluster. */
    public SimulatedCcm ccm() {
        return SimulatedCcm.builder(oci).cluster(COMPARTMENT, clusterId).build();
    }

    /** Adds a TCP rule to an NSG: ingress from {@code peer} (a CIDR or an NSG OCID) or egress to it. */
    public void allow(NetworkSecurityGroup nsg, boolean ingress, String peer, int min, int max) {
        boolean toNsg = peer.startsWith("ocid1.");
        AddSecurityRuleDetails.Builder rule = AddSecurityRuleDetails.builder().protocol("6").isStateless(false)
                .tcpOptions(TcpOptions.builder().destinationPortRange(PortRange.builder().min(min).max(max).build()).build());
        if (ingress) {
            rule.direction(AddSecurityRuleDetails.Direction.Ingress).source(peer).sourceType(toNsg
                    ? AddSecurityRuleDetails.SourceType.NetworkSecurityGroup : AddSecurityRuleDetails.SourceType.CidrBlock);
        } else {
            rule.direction(AddSecurityRuleDetails.Direction.Egress).destination(peer).destinationType(toNsg
                    ? AddSecurityRuleDetails.DestinationType.NetworkSecurityGroup
                    : AddSecurityRuleDetails.DestinationType.CidrBlock);
        }
        vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(nsg.getId()).addNetworkSecurityGroupSecurityRulesDetails(
                        AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(rule.build())).build())
                .build());
    }

    /** The LB NSG admits everyone on {@code listener} and sends to the workers' NSG on node ports and 10256. */
    public void openLoadBalancerNsg(int listener) {
        allow(lbNsg, true, "0.0.0.0/0", listener, listener);
        allow(lbNsg, false, workersNsg.getId(), 30000, 32767);
        allow(lbNsg, false, workersNsg.getId(), 10256, 10256);
    }

    /** The security list as the cloud has it now. */
    public SecurityList reload(SecurityList list) {
        return vn.getSecurityList(GetSecurityListRequest.builder().securityListId(list.getId()).build()).getSecurityList();
    }

    /** A LoadBalancer Service with one TCP port and the given annotations. */
    public static Service service(String name, int port, String externalTrafficPolicy, String... annotations) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < annotations.length; i += 2) {
            a.put(annotations[i], annotations[i + 1]);
        }
        return new ServiceBuilder().withNewMetadata().withNamespace("shop").withName(name).withAnnotations(a).endMetadata()
                .withNewSpec().withType("LoadBalancer").withExternalTrafficPolicy(externalTrafficPolicy)
                .withSelector(Map.of("app", name))
                .withPorts(new ServicePortBuilder().withName("tcp-" + port).withProtocol("TCP").withPort(port).build())
                .endSpec().build();
    }

    /** An NLB Service in {@code subnet} with the given extra annotations. */
    public Service nlb(String name, int port, Subnet subnet, boolean local, String... extra) {
        String[] a = new String[4 + extra.length];
        a[0] = "oci.oraclecloud.com/load-balancer-type";
        a[1] = "nlb";
        a[2] = "oci-network-load-balancer.oraclecloud.com/subnet";
        a[3] = subnet.getId();
        System.arraycopy(extra, 0, a, 4, extra.length);
        return service(name, port, local ? "Local" : "Cluster", a);
    }

    private SecurityList securityList(String name) {
        return vn.createSecurityList(CreateSecurityListRequest.builder().createSecurityListDetails(
                CreateSecurityListDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId()).displayName(name)
                        .ingressSecurityRules(List.of()).egressSecurityRules(List.of()).build()).build()).getSecurityList();
    }

    private Subnet subnet(String name, String cidr, boolean isPrivate, String routeTableId, String securityListId) {
        var details = Fixtures.subnetDetails(vcn, name, cidr).prohibitPublicIpOnVnic(isPrivate).routeTableId(routeTableId);
        if (securityListId != null) {
            details.securityListIds(List.of(securityListId));
        }
        return vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(details.build()).build()).getSubnet();
    }

    private String cluster(Subnet api, boolean vcnNative, String podsCidr) {
        CreateClusterDetails.Builder details = CreateClusterDetails.builder().name("sim").compartmentId(COMPARTMENT)
                .vcnId(vcn.getId()).kubernetesVersion("v1.31.1")
                .endpointConfig(CreateClusterEndpointConfigDetails.builder().subnetId(api.getId()).isPublicIpEnabled(false).build())
                .options(ClusterCreateOptions.builder().serviceLbSubnetIds(List.of(lbPublic.getId()))
                        .kubernetesNetworkConfig(KubernetesNetworkConfig.builder().servicesCidr("10.96.0.0/16")
                                .podsCidr(vcnNative ? null : podsCidr).build())
                        .build())
                .clusterPodNetworkOptions(List.of(vcnNative ? OciVcnIpNativeClusterPodNetworkOptionDetails.builder().build()
                        : FlannelOverlayClusterPodNetworkOptionDetails.builder().build()));
        String work = ce.createCluster(CreateClusterRequest.builder().createClusterDetails(details.build()).build())
                .getOpcWorkRequestId();
        return ce.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(work).build()).getWorkRequest()
                .getResources().get(0).getIdentifier();
    }

    private String nodePool(boolean vcnNative, int size, int maxPods) {
        var config = CreateNodePoolNodeConfigDetails.builder().size(size).nsgIds(List.of(workersNsg.getId()))
                .placementConfigs(List.of(NodePoolPlacementConfigDetails.builder()
                        .availabilityDomain("Uocm:US-ASHBURN-AD-1").subnetId(workers.getId()).build()))
                .nodePoolPodNetworkOptionDetails(vcnNative
                        ? OciVcnIpNativeNodePoolPodNetworkOptionDetails.builder().podSubnetIds(List.of(pods.getId()))
                                .podNsgIds(List.of(podsNsg.getId())).maxPodsPerNode(maxPods).build()
                        : FlannelOverlayNodePoolPodNetworkOptionDetails.builder().build());
        String work = ce.createNodePool(CreateNodePoolRequest.builder().createNodePoolDetails(CreateNodePoolDetails.builder()
                .compartmentId(COMPARTMENT).clusterId(clusterId).name("general").kubernetesVersion("v1.31.1")
                .nodeShape("VM.Standard.E5.Flex")
                .nodeShapeConfig(CreateNodeShapeConfigDetails.builder().ocpus(4f).memoryInGBs(32f).build())
                .nodeConfigDetails(config.build()).build()).build()).getOpcWorkRequestId();
        return ce.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(work).build()).getWorkRequest()
                .getResources().get(0).getIdentifier();
    }

    @Override
    public void close() {
        oci.close();
    }
}
