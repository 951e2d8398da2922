package dev.okenet.reach;

import dev.okenet.reference.LargeNetworks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Subnet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The internet-ingress audit: every flow the internet can start into the VCN, with the rule that admits it. */
class InternetAuditTest {
  private static final List<ExposedFlow> PROD = ReferenceNetworks.prod().resolve().reachability().auditInternetIngress();

  @Test
  void prodExposesTheListenersOfItsPublicLoadBalancers() {
    assertThat(PROD).filteredOn(f -> f.destination().kind() == Endpoint.Kind.LOAD_BALANCER)
        .extracting(f -> f.destination().toString(), ExposedFlow::port, ExposedFlow::ruleSetKey)
        .containsExactlyInAnyOrder(
            tuple("load balancer shop/web", Port.HTTPS, "nsg:lb-public"),
            tuple("load balancer ingress-nginx/controller", Port.HTTPS, "nsg:lb-public"),
            tuple("load balancer ingress-nginx/controller", Port.HTTP, "nsg:lb-public"));
  }

  @Test
  void everyExposedFlowCarriesAnAllowedVerdict() {
    assertThat(PROD).isNotEmpty().allSatisfy(f -> assertThat(f.verdict().isAllowed()).as(f.verdict().render()).isTrue());
  }

  @Test
  void privateDestinationsAreNotExposedEvenWithRulesForEveryone() {
    // nsg:workers admits 0.0.0.0/0 on node ports (the preserve-source NLB), but the workers have no public address.
    assertThat(PROD).noneMatch(f -> f.destination().kind() == Endpoint.Kind.NODES);
    assertThat(PROD).noneMatch(f -> f.destination().equals(Endpoint.loadBalancer("ops", "grafana")));
  }

  @Test
  void publicSubnetsAreExposedByTheirSecurityListRules() {
    assertThat(PROD).filteredOn(f -> f.destination().equals(Endpoint.subnet("bastion")))
        .extracting(ExposedFlow::port, ExposedFlow::source, ExposedFlow::ruleSetKey)
        .containsExactly(tuple(Port.ICMP_PATH_MTU, "0.0.0.0/0", "default-security-list"));
  }

  @Test
  void brokenExposesNoLoadBalancerBecauseNoneGetsAnAddress() {
    assertThat(ReferenceNetworks.broken().resolve().reachability().auditInternetIngress())
        .noneMatch(f -> f.destination().kind() == Endpoint.Kind.LOAD_BALANCER);
  }

  @Test
  void aPublicApiEndpointOpenToEveryoneIsExposed() {
    OkeNetwork prod = ReferenceNetworks.prod();
    OkeNetwork open = prod.toBuilder().cluster(prod.cluster().withEndpoint(ApiEndpoint.publicEndpoint().addAllowedClients("0.0.0.0/0")))
        .apiEndpoint(Subnet.publicSubnet(28)).build();
    assertThat(open.resolve().reachability().auditInternetIngress())
        .anySatisfy(f -> {
          assertThat(f.destination()).isEqualTo(Endpoint.apiEndpoint());
          assertThat(f.port()).isEqualTo(Port.tcp(6443));
          assertThat(f.rule()).contains("kubectl clients");
        });
  }

  @Test
  void publicAddressesReachedThroughTheDrgAreNotTheInternet() {
    OkeNetwork prod = ReferenceNetworks.prod();
    OkeNetwork net = prod.toBuilder()
        .drg(Drg.of(DrgAttachment.fastConnect("dc", "ocid1.virtualcircuit.oc1.iad.aaaaexample", "198.51.100.0/24")))
        .extraSubnets(List.of(Subnet.publicSubnet(29).withName("bastion").allowFrom(Peer.ipv4("198.51.100.0/24"), Port.SSH)))
        .build();
    assertThat(net.resolve().reachability().auditInternetIngress()).noneMatch(f -> f.port().equals(Port.SSH));
  }

  @Test
  void aNetworkWithFiveThousandRulesIsAuditedRuleByRule() {
    ResolvedNetwork big = LargeNetworks.withInternetRules(5_000).resolve();
    int rules = big.ruleSets().stream().filter(s -> s.key().toString().contains(":edge")).map(ResolvedRuleSet::rules).mapToInt(List::size).sum();
    List<ExposedFlow> flows = big.reachability().auditInternetIngress();
    assertThat(rules).isEqualTo(5_000);
    assertThat(flows).filteredOn(f -> f.ruleSetKey().contains(":edge")).hasSize(5_000);
    assertThat(flows).anySatisfy(f -> assertThat(f.source()).isEqualTo("198.18.19.135/32"));
  }
}
