package dev.okenet.resolved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.internal.resolve.CidrCarver;
import dev.okenet.internal.resolve.SubnetSlots;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For random valid intents, resolve() never throws and carved subnets stay inside the VCN without overlapping. */
class ResolveProperties {

  @Provide
  Arbitrary<OkeNetwork> fittingNetworks() {
    Arbitrary<Integer> vcnPrefix = Arbitraries.integers().between(16, 20);
    Arbitrary<Integer> second = Arbitraries.integers().between(0, 255);
    Arbitrary<List<Integer>> extraPrefixes = Arbitraries.integers().between(24, 29).list().ofMaxSize(6);
    Arbitrary<Boolean> flannel = Arbitraries.of(true, false);
    Arbitrary<Boolean> lists = Arbitraries.of(true, false);
    Arbitrary<Integer> podsPrefix = Arbitraries.integers().between(20, 24);
    return Combinators.combine(vcnPrefix, second, extraPrefixes, flannel, lists, podsPrefix).as((vp, b, extras, fl, sl, pp) -> {
      OkeNetwork.Builder builder = (OkeNetwork.Builder) OkeNetwork.builder()
          .name("fuzz").compartmentId(ReferenceNetworks.COMPARTMENT_ID)
          .vcn(Vcn.of("10." + b + ".0.0/" + vp))
          .podNetworking(fl ? PodNetworking.flannel() : PodNetworking.vcnNative())
          .securityEnforcement(sl ? SecurityEnforcement.SECURITY_LISTS : SecurityEnforcement.NSG)
          .apiEndpoint(Subnet.privateSubnet().prefixLength(29))
          .workers(Subnet.privateSubnet().prefixLength(24))
          .publicLoadBalancers(Subnet.publicSubnet().prefixLength(27))
          .addNodePool(NodePool.of("p", Shape.flex("VM.Standard.E5.Flex", 2), 1, 3));
      if (!fl) {
        builder.pods(Subnet.privateSubnet().prefixLength(Math.max(pp, vp + 1)));
      }
      for (int i = 0; i < extras.size(); i++) {
        builder.addExtraSubnet(Subnet.privateSubnet().name("x" + i).prefixLength(extras.get(i)));
      }
      return builder.build();
    }).filter(n -> CidrCarver.carve(n.vcn().cidrs(), SubnetSlots.of(n)).unplaced().isEmpty());
  }

  @Property(tries = 300)
  void carvedSubnetsStayInsideTheVcnAndNeverOverlap(@ForAll("fittingNetworks") OkeNetwork network) {
    ResolvedNetwork net = network.resolve();
    List<Cidr> cidrs = net.subnets().stream().map(ResolvedSubnet::cidr).toList();
    for (int i = 0; i < cidrs.size(); i++) {
      assertThat(net.vcn().contains(cidrs.get(i))).isTrue();
      for (int j = i + 1; j < cidrs.size(); j++) {
        assertThat(cidrs.get(i).overlaps(cidrs.get(j))).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void resolveIsDeterministic(@ForAll("fittingNetworks") OkeNetwork network) {
    assertThat(network.resolve()).isEqualTo(network.resolve());
  }

  @Property(tries = 200)
  void carvedSizesAreTheRequestedOnes(@ForAll("fittingNetworks") OkeNetwork network) {
    ResolvedNetwork net = network.resolve();
    for (Subnet extra : network.extraSubnets()) {
      assertThat(net.subnetByKey("subnet:extra:" + extra.name().orElseThrow()).orElseThrow().cidr().prefixLength())
          .isEqualTo(extra.prefixLength().orElseThrow());
    }
  }
}
