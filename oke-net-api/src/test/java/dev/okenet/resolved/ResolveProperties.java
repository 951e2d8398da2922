package dev.okenet.resolved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.key.ResourceKey;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** For random valid intents, resolve() never throws and carved subnets stay inside the VCN without overlapping. */
class ResolveProperties {

  private static final Gen<OkeNetwork> FITTING_NETWORKS = fittingNetworks();

  /**
   * Networks whose subnets fit their VCN by construction, not by asking the carver under test: the
   * VCN is at least a /20 (4,096 addresses); the pods subnet (VCN-native only) is at most half of
   * it, a /(VCN prefix + 1); everything else - API /29, workers /24, public LBs /27 and up to six
   * extras of /24 to /29 - is at most 8 + 256 + 32 + 6 x 256 = 1,832 addresses, less than the
   * other half of the smallest VCN (2,048). All sizes are powers of two, so each half packs
   * without a gap the lowest-first carving could not use.
   */
  private static Gen<OkeNetwork> fittingNetworks() {
    Gen<Integer> vcnPrefix = Gen.ints(16, 20);
    Gen<Integer> second = Gen.ints(0, 255);
    Gen<List<Integer>> extraPrefixes = Gen.ints(24, 29).list(0, 6);
    Gen<Boolean> flannel = Gen.booleans();
    Gen<Boolean> lists = Gen.booleans();
    Gen<Integer> podsPrefix = Gen.ints(20, 24);
    Gen<OkeNetwork> networks = source -> {
      int vp = source.draw(vcnPrefix);
      int b = source.draw(second);
      List<Integer> extras = source.draw(extraPrefixes);
      boolean fl = source.draw(flannel);
      boolean sl = source.draw(lists);
      int pp = source.draw(podsPrefix);
      OkeNetwork.Builder builder = (OkeNetwork.Builder) OkeNetwork.builder()
          .name("fuzz").compartmentId(ReferenceNetworks.COMPARTMENT_ID)
          .vcn(Vcn.of("10." + b + ".0.0/" + vp))
          .podNetworking(fl ? PodNetworking.flannel() : PodNetworking.vcnNative())
          .securityEnforcement(sl ? SecurityEnforcement.SECURITY_LISTS : SecurityEnforcement.NSG)
          .apiEndpoint(Subnet.privateSubnet(29))
          .workers(Subnet.privateSubnet(24))
          .publicLoadBalancers(Subnet.publicSubnet(27))
          .addNodePool(NodePool.of("p", Shape.flex("VM.Standard.E5.Flex", 2), 1, 3));
      if (!fl) {
        builder.pods(Subnet.privateSubnet(Math.max(pp, vp + 1)));
      }
      for (int i = 0; i < extras.size(); i++) {
        builder.addExtraSubnet(Subnet.privateSubnet(extras.get(i)).withName("x" + i));
      }
      return builder.build();
    };
    return networks;
  }

  @Test
  void carvedSubnetsStayInsideTheVcnAndNeverOverlap() {
    Property.forAll(FITTING_NETWORKS).tries(300).check(network -> {
      ResolvedNetwork net = network.resolve();
      List<Cidr> cidrs = net.subnets().stream().map(ResolvedSubnet::cidr).toList();
      for (int i = 0; i < cidrs.size(); i++) {
        assertThat(net.vcn().contains(cidrs.get(i))).isTrue();
        for (int j = i + 1; j < cidrs.size(); j++) {
          assertThat(cidrs.get(i).overlaps(cidrs.get(j))).isFalse();
        }
      }
    });
  }

  @Test
  void resolveIsDeterministic() {
    Property.forAll(FITTING_NETWORKS).tries(200).check(network -> assertThat(network.resolve()).isEqualTo(network.resolve()));
  }

  @Test
  void carvedSizesAreTheRequestedOnes() {
    Property.forAll(FITTING_NETWORKS).tries(200).check(network -> {
      ResolvedNetwork net = network.resolve();
      for (Subnet extra : network.extraSubnets()) {
        assertThat(net.subnetByKey(ResourceKey.extraSubnet(extra.name().orElseThrow())).orElseThrow().cidr().prefixLength())
            .isEqualTo(extra.prefixLength().orElseThrow());
      }
    });
  }
}
