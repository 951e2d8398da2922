package dev.okenet.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over every question on the reference networks: a verdict always comes back, and its trace is consistent with it. */
class ReachabilityProperties {
  private static final List<ResolvedNetwork> NETWORKS =
      List.of(ReferenceNetworks.prod().resolve(), ReferenceNetworks.prodFlannel().resolve(), ReferenceNetworks.broken().resolve());
  private static final List<Port> PORTS = List.of(Port.HTTPS, Port.tcp(8080), Port.tcp(8443), Port.udp(53), Port.tcp(6443),
      Port.icmp(3, 4), Port.all(), Port.tcp(3000), Port.HTTP);

  record Question(ResolvedNetwork net, Endpoint from, Endpoint to, Port port) {}

  private static List<Endpoint> endpoints(ResolvedNetwork net) {
    List<Endpoint> out = new ArrayList<>(List.of(Endpoint.pods("shop", "app=web"), Endpoint.pods("shop", "app=api"),
        Endpoint.pods("kube-system", "k8s-app=kube-dns"), Endpoint.pods("ingress-nginx", ""), Endpoint.pods("shop", "app=web").withPool("batch"),
        Endpoint.nodes("general"), Endpoint.nodes("batch"), Endpoint.apiEndpoint(),
        Endpoint.service("shop", "web"), Endpoint.service("shop", "api"), Endpoint.service("ops", "grafana"), Endpoint.service("ingress-nginx", "controller"),
        Endpoint.loadBalancer("shop", "web"), Endpoint.loadBalancer("ops", "grafana"),
        Endpoint.subnet(SubnetRole.WORKERS), Endpoint.subnet(SubnetRole.API_ENDPOINT), Endpoint.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS),
        Endpoint.subnet("bastion"), Endpoint.cidr("10.0.4.7/32"), Endpoint.cidr("10.0.200.0/24"), Endpoint.cidr("192.168.3.0/24"),
        Endpoint.cidr("172.20.0.0/16"), Endpoint.cidr("198.51.100.0/24"), Endpoint.cidr("10.244.1.0/24"), Endpoint.cidr("0.0.0.0/0"),
        Endpoint.internet(), Endpoint.serviceNetwork(), Endpoint.onPremises()));
    if (net.subnet(SubnetRole.PODS).isPresent()) {
      out.add(Endpoint.subnet(SubnetRole.PODS));
    }
    return out;
  }

  private static final Gen<Question> QUESTIONS = source -> {
    ResolvedNetwork net = source.draw(Gen.of(NETWORKS));
    Gen<Endpoint> endpoints = Gen.of(endpoints(net));
    return new Question(net, source.draw(endpoints), source.draw(endpoints), source.draw(Gen.of(PORTS)));
  };

  @Test
  void everyQuestionGetsAVerdictWhoseTraceAgreesWithIt() {
    Property.forAll(QUESTIONS).tries(400).check(q -> {
      Verdict v = q.net().reachability().from(q.from()).to(q.to()).on(q.port());
      List<Hop> hops = v.hops();
      if (v.isAllowed()) {
        assertThat(hops).as(v.render()).allMatch(Hop::passed);
        assertThat(v.fix()).isEmpty();
      } else {
        assertThat(hops).as(v.render()).isNotEmpty();
        assertThat(hops.get(hops.size() - 1).passed()).as(v.render()).isFalse();
        assertThat(hops.subList(0, hops.size() - 1)).as(v.render()).allMatch(Hop::passed);
        assertThat(v.fix()).as(v.render()).isPresent();
      }
    });
  }

  @Test
  void askingTwiceGivesTheSameVerdict() {
    Property.forAll(QUESTIONS).tries(200).check(q -> {
      Reachability reach = q.net().reachability();
      assertThat(reach.from(q.from()).to(q.to()).on(q.port())).isEqualTo(reach.from(q.from()).to(q.to()).on(q.port()));
    });
  }

  @Test
  void aFreshEngineAgreesWithTheCachedOne() {
    Property.forAll(QUESTIONS).tries(200).check(q -> {
      Verdict cached = q.net().reachability().from(q.from()).to(q.to()).on(q.port());
      Verdict fresh = Reachability.of(q.net()).from(q.from()).to(q.to()).on(q.port());
      assertThat(fresh).isEqualTo(cached);
    });
  }
}
