package dev.okenet.reach;

import static dev.okenet.reach.Endpoint.internet;
import static dev.okenet.reach.Endpoint.loadBalancer;
import static dev.okenet.reach.Endpoint.nodes;
import static dev.okenet.reach.Endpoint.onPremises;
import static dev.okenet.reach.Endpoint.pods;
import static dev.okenet.reach.Endpoint.service;
import static dev.okenet.reach.VerdictAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Services: ClusterIP from inside only, NodePort on the nodes, LoadBalancer through listener, health check, node port and pod. */
class ServiceTest {
  private static final OkeNetwork PROD = ReferenceNetworks.prod();
  private static final Endpoint CONTROLLER = service("ingress-nginx", "controller");
  private static final Service METRICS = Service.nodePort("ops", "metrics").addPort(ServicePort.tcp(9100, 9100).withNodePort(30100));

  static Stream<Arguments> bothCnis() {
    return Stream.of(Arguments.of("vcn-native", PROD), Arguments.of("flannel", ReferenceNetworks.prodFlannel()));
  }

  /**
   * {@code base} with only the NodePort Service ops/metrics and shop/api: prod's preserve-source
   * NLB opens every node port to 0.0.0.0/0, which would hide what the node-port rule decides.
   */
  private static Reachability withMetrics(OkeNetwork base, boolean onPremisesRule) {
    OkeNetwork.Builder b = base.toBuilder().services(java.util.List.of(METRICS, Service.clusterIp("shop", "api").addPort(8080)));
    if (onPremisesRule) {
      b.workers(Subnet.privateSubnet(22).allowFrom(Peer.ipv4("192.168.0.0/16"), Port.tcp(30100)));
    }
    return b.build().resolve().reachability();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void clusterIpIsReachedOnlyFromInsideTheCluster(String cni, OkeNetwork net) {
    assertThat(net.resolve().reachability().from(onPremises()).to(service("shop", "api")).on(Port.tcp(8080)))
        .hasNoRoute().decidedBy(HopKind.SERVICE, "service:shop/api").becauseOf("ClusterIP").hasFixContaining("Service.loadBalancer");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void clusterIpSendsToTheSelectedPodsOnTheTargetPort(String cni, OkeNetwork net) {
    assertThat(net.resolve().reachability().from(pods("shop", "app=web")).to(service("shop", "api")).on(Port.tcp(8080)))
        .isAllowed().hasHop(HopKind.SERVICE, "target port TCP 8080");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void nodePortArrivesOnTheNodesAndIsForwardedToThePods(String cni, OkeNetwork net) {
    assertThat(withMetrics(net, true).from(onPremises()).to(service("ops", "metrics")).on(Port.tcp(9100)))
        .isAllowed().hasHop(HopKind.SERVICE, "node port TCP 30100").hasHop(HopKind.SECURITY, "TCP 30100").hasHop(HopKind.SERVICE, "SNAT");
  }

  @Test
  void nodePortMayBeAskedByItsNodePortNumber() {
    assertThat(withMetrics(PROD, true).from(onPremises()).to(service("ops", "metrics")).on(Port.tcp(30100))).isAllowed();
  }

  @Test
  void nodePortNeedsAnIngressRuleOnTheNodes() {
    assertThat(withMetrics(PROD, false).from(onPremises()).to(service("ops", "metrics")).on(Port.tcp(9100)))
        .isDenied().decidedBy(HopKind.SECURITY, "nsg:workers, default-security-list").hasFixContaining("Port.tcp(30100)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void aLoadBalancerServiceGoesThroughListenerHealthCheckNodePortAndPod(String cni, OkeNetwork net) {
    assertThat(net.resolve().reachability().from(internet()).to(CONTROLLER).on(Port.HTTPS))
        .isAllowed()
        .passedThrough(HopKind.SECURITY, "nsg:lb-public")
        .hasHop(HopKind.SERVICE, "probes TCP 10256")
        .hasHop(HopKind.SECURITY, "load balancers to node ports")
        .hasHop(HopKind.SERVICE, "from the node's address (SNAT)");
  }

  @Test
  void aMissingHealthCheckRuleLeavesTheBackendsUnhealthy() {
    Reachability reach = PROD.toBuilder().generatesLoadBalancerRules(false)
        .workers(Subnet.privateSubnet(22).allowFrom(Peer.role(SubnetRole.PUBLIC_LOAD_BALANCERS), Port.NODE_PORTS_TCP))
        .build().resolve().reachability();
    assertThat(reach.from(internet()).to(CONTROLLER).on(Port.HTTPS))
        .isDenied().becauseOf("TCP 10256").hasHop(HopKind.SERVICE, "backends failing it get no traffic").hasFixContaining("Port.tcp(10256)");
  }

  @Test
  void aServiceWithoutThatPortIsDenied() {
    assertThat(PROD.resolve().reachability().from(internet()).to(CONTROLLER).on(Port.tcp(8080)))
        .isDenied().decidedBy(HopKind.SERVICE, "service:ingress-nginx/controller").becauseOf("it serves TCP 80, TCP 443");
  }

  @Test
  void anInternalLoadBalancerIsNotReachedFromTheInternet() {
    assertThat(PROD.resolve().reachability().from(internet()).to(service("ops", "grafana")).on(Port.tcp(3000)))
        .hasNoRoute().decidedBy(HopKind.ROUTE, "igw").hasFixContaining("drop withInternal()");
  }

  @Test
  void anInternalLoadBalancerIsReachedFromOnPremises() {
    assertThat(PROD.resolve().reachability().from(onPremises()).to(service("ops", "grafana")).on(Port.tcp(3000)))
        .isAllowed().passedThrough(HopKind.SECURITY, "nsg:lb-internal");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void aPreserveSourceNlbDeliversTheClientsAddressToThePod(String cni, OkeNetwork net) {
    assertThat(net.resolve().reachability().from(internet()).to(service("shop", "web")).on(Port.HTTPS))
        .isDenied().decidedBy(HopKind.POLICY, "shop/default-deny")
        .hasHop(HopKind.SECURITY, "clients to node ports: NLB for shop/web preserves the source")
        .hasHop(HopKind.SERVICE, "with the client's address");
  }

  @Test
  void aLoadBalancerEndpointStopsAtItsListener() {
    assertThat(PROD.resolve().reachability().from(internet()).to(loadBalancer("shop", "web")).on(Port.HTTPS))
        .isAllowed().hasHop(HopKind.SERVICE, "forwards to the Service's backends").hasNoHop(HopKind.POLICY);
  }

  @Test
  void aLoadBalancerEndpointWithoutThatListenerIsDenied() {
    assertThat(PROD.resolve().reachability().from(internet()).to(loadBalancer("shop", "web")).on(Port.SSH))
        .isDenied().decidedBy(HopKind.SERVICE, "service:shop/web");
  }

  @Test
  void servicesForwardTcpAndUdpOnly() {
    assertThat(PROD.resolve().reachability().from(pods("shop", "app=web")).to(service("shop", "api")).on(Port.icmp(8)))
        .isDenied().becauseOf("TCP and UDP only");
  }

  @Test
  void aServiceAskedOnARangeIsAnError() {
    Reachability reach = PROD.resolve().reachability();
    assertThatThrownBy(() -> reach.from(internet()).to(CONTROLLER).on(Port.tcpRange(80, 443)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one port at a time").hasMessageContaining("TCP 80, TCP 443");
  }

  @Test
  void aClusterIpServiceHasNoLoadBalancerEndpoint() {
    Reachability reach = PROD.resolve().reachability();
    assertThatThrownBy(() -> reach.from(internet()).to(loadBalancer("shop", "api")).on(Port.tcp(8080)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shop/api is CLUSTER_IP");
  }

  @Test
  void aServiceAsSourceIsItsPods() {
    assertThat(PROD.resolve().reachability().from(service("shop", "web")).to(service("shop", "api")).on(Port.tcp(8080)))
        .isAllowed().passedThrough(HopKind.POLICY, "shop/allow-web-to-api");
  }

  @Test
  void nodesReachAServiceThroughItsClusterIp() {
    assertThat(PROD.resolve().reachability().from(nodes("general")).to(CONTROLLER).on(Port.HTTPS))
        .isAllowed().hasHop(HopKind.SERVICE, "kube-proxy on the sender's node");
  }
}
