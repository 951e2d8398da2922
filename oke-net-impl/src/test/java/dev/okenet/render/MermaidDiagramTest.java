package dev.okenet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.Service;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.Subnet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MermaidDiagramTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/prod-network.mmd");
  private final String prod = MermaidDiagram.of(ReferenceNetworks.prod().resolve()).render();

  @Test
  void prodDiagramMatchesTheGoldenFile() throws IOException {
    if (Boolean.getBoolean("okenet.golden.update")) {
      Files.writeString(GOLDEN, prod, StandardCharsets.UTF_8);
    }
    assertThat(prod).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void startsWithAFlowchartHeader() {
    assertThat(prod).startsWith("flowchart LR\n");
  }

  @Test
  void vcnIsASubgraphOfSubnetsLabelledByRoleCidrAndVisibility() {
    assertThat(prod).contains("subgraph n_vcn[\"VCN prod-vcn · 10.0.0.0/16\"]")
        .contains("n_subnet_workers[\"workers subnet<br/>10.0.4.0/22 · private\"]")
        .contains("n_subnet_lb_public[\"public load balancers subnet<br/>10.0.1.0/24 · public\"]")
        .contains("[\"bastion (extra subnet)<br/>");
  }

  @Test
  void routeTablesBecomeLabelledEdgesFromSubnetToGateway() {
    assertThat(prod).contains("n_subnet_workers -->|\"0.0.0.0/0\"| n_nat")
        .contains("n_subnet_workers -->|\"Oracle services\"| n_sgw")
        .contains("n_subnet_lb_public -->|\"0.0.0.0/0\"| n_igw");
  }

  @Test
  void drgLeadsToTheOnPremisesCidrs() {
    assertThat(prod).contains("n_drg{{\"DRG prod-drg\"}}")
        .contains("[(\"on-premises via IPSec VPN onprem<br/>192.168.0.0/16\")]")
        .contains("n_drg --> n_drg_attachment_onprem");
  }

  @Test
  void loadBalancerServicesPointAtTheirSubnet() {
    assertThat(prod).contains("n_service_shop_web[/\"Service shop/web<br/>public NLB · 443→8443/tcp\"/]")
        .contains("n_service_shop_web -.-> n_subnet_lb_public")
        .contains("n_service_ops_grafana -.-> n_subnet_lb_internal");
  }

  @Test
  void localPeeringLeadsToThePeerVcn() {
    OkeNetwork net = ReferenceNetworks.prod().toBuilder().addLocalPeering(LocalPeering.to("shared", "10.50.0.0/16")).build();

    String diagram = MermaidDiagram.of(net.resolve()).render();

    assertThat(diagram).contains("n_lpg_shared([\"LPG shared\"])").contains("n_lpg_shared --> n_peer_lpg_shared")
        .contains("[(\"peer VCN shared<br/>10.50.0.0/16\")]").contains("n_subnet_workers -->|\"10.50.0.0/16\"| n_lpg_shared");
  }

  @Test
  void serviceWithoutLoadBalancerSubnetGetsACrossedEdge() {
    OkeNetwork net = ReferenceNetworks.prod().toBuilder().publicLoadBalancers(Optional.empty())
        .services(List.of(Service.loadBalancer("shop", "web").addPort(443))).ingresses(List.of()).build();

    String diagram = MermaidDiagram.of(net.resolve()).render();

    assertThat(diagram).contains("n_service_shop_web -.-x n_missing_service_shop_web")
        .contains("[\"no public load balancer subnet\"]");
  }

  @Test
  void routeToAGatewayTheNetworkLacksIsDrawnAsMissing() {
    OkeNetwork net = ReferenceNetworks.prod().toBuilder()
        .workers(Subnet.privateSubnet(22).addRouteRule(RouteRule.to("10.60.0.0/16", RouteTarget.localPeering("gone")))).build();

    String diagram = MermaidDiagram.of(net.resolve()).render();

    assertThat(diagram).contains("n_lpg_gone([\"LPG gone (not in network)\"])").contains("n_subnet_workers -->|\"10.60.0.0/16\"| n_lpg_gone");
  }

  @Test
  void everyNodeIdIsMadeOfLettersDigitsAndUnderscores() {
    Matcher ids = Pattern.compile("(?m)^\\s+(?!subgraph|end)(\\S+?)(?=[\\[({]| -)").matcher(prod);
    int count = 0;
    while (ids.find()) {
      assertThat(ids.group(1)).matches("n_[A-Za-z0-9_]+");
      count++;
    }
    assertThat(count).isGreaterThan(20);
  }

  @Test
  void quotesInNamesAreEscapedSoLabelsStayClosed() {
    OkeNetwork net = ReferenceNetworks.prod().toBuilder().extraSubnets(List.of(Subnet.publicSubnet(29).withName("db \"primary\""))).build();

    String diagram = MermaidDiagram.of(net.resolve()).render();

    assertThat(diagram).contains("db #quot;primary#quot; (extra subnet)").doesNotContain("db \"primary\"");
  }
}
