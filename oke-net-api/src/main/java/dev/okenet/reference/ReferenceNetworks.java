package dev.okenet.reference;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.Cluster;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServiceRef;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.util.List;

/**
 * The three reference networks of shared/REFERENCE-NETWORK.md, built once with the DSL.
 *
 * <ul>
 *   <li>{@link #prod()}: VCN-native pods, private API endpoint, public and internal LB subnets,
 *       a DRG to on-premises 192.168.0.0/16, two node pools, NLB and LB services, an ingress with
 *       two hosts, default-deny policies with allows, Calico.
 *   <li>{@link #prodFlannel()}: the same cluster on flannel (pods CIDR 10.244.0.0/16).
 *   <li>{@link #broken()}: {@code prod} with the three classic failures: a /24 pod subnet, a
 *       "public" LB subnet that is private, and policies with no engine to enforce them.
 * </ul>
 *
 * <pre>{@code
 * ResolvedNetwork net = ReferenceNetworks.prod().resolve();
 * }</pre>
 */
public final class ReferenceNetworks {
  /** The reference compartment. */
  public static final String COMPARTMENT_ID = "ocid1.compartment.oc1..aaaaaaaaexample";
  /** The reference IPSec connection to on-premises. */
  public static final String IPSEC_CONNECTION_ID = "ocid1.ipsecconnection.oc1.iad.aaaaaaaaexample";
  /** On-premises. */
  public static final String ON_PREMISES_CIDR = "192.168.0.0/16";

  private ReferenceNetworks() {}

  /** The reference network, VCN-native. */
  public static OkeNetwork prod() {
    return prodBuilder().build();
  }

  /** {@code prod} on flannel: no pods subnet, pods CIDR 10.244.0.0/16, Calico. */
  public static OkeNetwork prodFlannel() {
    OkeNetwork prod = prod();
    return prod.toBuilder()
        .name("prod-flannel")
        .podNetworking(PodNetworking.flannel("10.244.0.0/16"))
        .pods(java.util.Optional.empty())
        .build();
  }

  /** {@code prod} with the three classic failures. */
  public static OkeNetwork broken() {
    OkeNetwork prod = prod();
    return prod.toBuilder()
        .name("broken")
        .pods(Subnet.privateSubnet(24))
        .publicLoadBalancers(Subnet.privateSubnet(24))
        .cluster(prod.cluster().withPolicyEngine(PolicyEngine.NONE))
        .build();
  }

  /** The three, in order prod, prod-flannel, broken. */
  public static List<OkeNetwork> all() {
    return List.of(prod(), prodFlannel(), broken());
  }

  private static OkeNetwork.Builder prodBuilder() {
    return (OkeNetwork.Builder) OkeNetwork.builder()
        .name("prod")
        .compartmentId(COMPARTMENT_ID)
        .region("us-ashburn-1")
        .vcn(Vcn.of("10.0.0.0/16").withDnsLabel("prod"))
        .podNetworking(PodNetworking.vcnNative())
        .cluster(Cluster.enhanced("v1.31.1")
            .withEndpoint(ApiEndpoint.privateEndpoint().addAllowedClients(ON_PREMISES_CIDR))
            .withServicesCidr("10.96.0.0/16")
            .withPolicyEngine(PolicyEngine.CALICO))
        .apiEndpoint(Subnet.privateSubnet(28).withDnsLabel("api"))
        .workers(Subnet.privateSubnet(22).withDnsLabel("workers"))
        .pods(Subnet.privateSubnet(19).withDnsLabel("pods"))
        .publicLoadBalancers(Subnet.publicSubnet(24).withDnsLabel("lbpublic"))
        .internalLoadBalancers(Subnet.privateSubnet(26).withDnsLabel("lbinternal"))
        .addExtraSubnet(Subnet.publicSubnet(29).withName("bastion").withDnsLabel("bastion"))
        .gateways(Gateways.internet().withNat().withServiceGateway())
        .drg(Drg.of(DrgAttachment.ipsecVpn("onprem", IPSEC_CONNECTION_ID, ON_PREMISES_CIDR)))
        .addNodePool(NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 3, 12).withMaxPodsPerNode(60).withSurge(1))
        .addNodePool(NodePool.of("batch", Shape.flex("VM.Standard.E5.Flex", 2), 0, 6).withMaxPodsPerNode(31).withSurge(1))
        .addService(Service.loadBalancer("shop", "web").addPort(443, 8443).withNetworkLoadBalancer()
            .withExternalTrafficPolicy(ExternalTrafficPolicy.LOCAL))
        .addService(Service.clusterIp("shop", "api").addPort(8080))
        .addService(Service.loadBalancer("ops", "grafana").addPort(3000).withInternal().withFlexibleShape(10, 100))
        .addService(Service.loadBalancer("ingress-nginx", "controller").addPort(80).addPort(443).withNetworkLoadBalancer()
            .withSelector("app.kubernetes.io/name=ingress-nginx"))
        .addIngress(Ingress.of("nginx", ServiceRef.of("ingress-nginx", "controller"))
            .addRoute("shop.example.com", "/", ServiceRef.of("shop", "web"), 80)
            .addRoute("api.example.com", "/v1", ServiceRef.of("shop", "api"), 8080))
        .addPolicy(NetworkPolicy.in("shop").defaultDeny())
        .addPolicy(NetworkPolicy.in("shop").allow(PolicyPeer.namespace("ingress-nginx")).to(PolicyPeer.pods("app=web")).on(Port.tcp(8443)))
        .addPolicy(NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080)))
        .addPolicy(NetworkPolicy.in("shop").allowDnsEgress());
  }
}
