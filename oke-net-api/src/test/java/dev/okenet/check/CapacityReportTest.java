package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.prodWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import org.junit.jupiter.api.Test;

class CapacityReportTest {

  @Test
  void prodRendersAsATableWithTheDemandBehindEachSubnet() {
    assertThat(ReferenceNetworks.prod().capacity().render()).isEqualTo("""
        Capacity of 'prod' (VCN-native pods; peak = node pools at maximum size + upgrade surge)

        SUBNET                 CIDR          USABLE  AT MIN  AT MAX  SURGE   PEAK   USED  HEADROOM  FITS +25%
        workers                10.0.4.0/22    1,021       3      18      2     20   2.0%     1,001  /27
        pods                   10.0.32.0/19   8,189     186     936     94  1,030  12.6%     7,159  /21
        publicLoadBalancers    10.0.1.0/24      253       2       2      0      2   0.8%       251  /29
        internalLoadBalancers  10.0.0.64/26      61       3       3      0      3   4.9%        58  /29

        Demand at maximum size:
          workers                'general' (12 nodes × 1 address = 12)
                                 'batch' (6 nodes × 1 address = 6)
          pods                   'general' (12 nodes × (60 pods + 2 VNICs) = 744)
                                 'batch' (6 nodes × (31 pods + 1 VNIC) = 192)
          publicLoadBalancers    'shop/web' (1 address per NLB)
                                 'ingress-nginx/controller' (1 address per NLB)
          internalLoadBalancers  'ops/grafana' (3 addresses per private LB)
        """);
  }

  @Test
  void flannelRendersTheNodeCapOfThePodsCidr() {
    assertThat(ReferenceNetworks.prodFlannel().capacity().render()).contains(
        "podsCidr (nodes)       10.244.0.0/16     512       3      18      2    20  3.9%       492  /20\n");
  }

  @Test
  void exhaustedNetworkSaysSoBelowTheTable() {
    assertThat(ReferenceNetworks.broken().capacity().render())
        .contains("pods                   10.0.1.0/24      253     186     936     94  1,030  407.1%      -777  /21")
        .endsWith("Some subnets do not hold their peak: validate() reports them (OKE-IP-*).\n");
  }

  @Test
  void podSubnetNumbersAddUp() {
    SubnetCapacity pods = ReferenceNetworks.prod().capacity().subnet(SubnetRole.PODS).orElseThrow();
    assertThat(pods.usable()).isEqualTo(8189);
    assertThat(pods.atMin()).isEqualTo(3 * 62);
    assertThat(pods.atMax()).isEqualTo(12 * 62 + 6 * 32);
    assertThat(pods.surge()).isEqualTo(62 + 32);
    assertThat(pods.peak()).isEqualTo(1030);
    assertThat(pods.headroom()).isEqualTo(8189 - 1030);
    assertThat(pods.smallestFittingPrefix()).isEqualTo(21);
  }

  @Test
  void recommendedPrefixLeaves25PercentHeadroom() {
    // 1,030 × 1.25 = 1,288 still fits a /21; 1,700 × 1.25 = 2,125 does not.
    SubnetCapacity pods = ReferenceNetworks.prod().capacity().subnet(SubnetRole.PODS).orElseThrow();
    assertThat(pods.recommendedPrefix()).isEqualTo(21);
    SubnetCapacity big = SubnetCapacity.observed("pods", SubnetRole.PODS, java.util.Optional.empty(), 8189, 25,
        java.util.List.of(new DemandShare("general", 17, 17, 0, 100, "100 pods", "nodes")));
    assertThat(big.smallestFittingPrefix()).isEqualTo(21);
    assertThat(big.recommendedPrefix()).isEqualTo(20);
  }

  @Test
  void flannelHasNoPodSubnetRow() {
    assertThat(ReferenceNetworks.prodFlannel().capacity().subnet(SubnetRole.PODS)).isEmpty();
    assertThat(ReferenceNetworks.prodFlannel().capacity().flannel()).hasValueSatisfying(f -> {
      assertThat(f.nodeCapacity()).isEqualTo(512);
      assertThat(f.peakNodes()).isEqualTo(20);
    });
  }

  @Test
  void validateAndCapacityShareOneComputation() {
    var network = prodWith(b -> b.pods(Subnet.privateSubnet(22).withDnsLabel("pods")));
    SubnetCapacity pods = network.capacity().subnet(SubnetRole.PODS).orElseThrow();
    Finding f = network.validate().findings("OKE-IP-001").get(0);
    assertThat(f.message()).contains(dev.okenet.check.internal.Numbers.count(pods.usable()) + " usable",
        "= " + dev.okenet.check.internal.Numbers.count(pods.peak()) + ".");
  }

  @Test
  void subnetThatDoesNotFitIsShownByItsPrefix() {
    var network = prodWith(b -> b.pods(Subnet.privateSubnet(16).withDnsLabel("pods")));
    SubnetCapacity pods = network.capacity().subnet(SubnetRole.PODS).orElseThrow();
    assertThat(pods.cidr()).isEmpty();
    assertThat(pods.cidrText()).isEqualTo("/16");
    assertThat(pods.usable()).isEqualTo(65_533);
  }

  @Test
  void plannedCapacityTakesSupplyFromThePlacementAndDemandFromTheShares() {
    PlacedSubnet placed = new PlacedSubnet("pods", SubnetRole.PODS, "pods", Subnet.privateSubnet(21), java.util.Optional.empty(), 21);
    DemandShare general = new DemandShare("general", 3, 12, 1, 62, "60 pods + 2 VNICs", "nodes");

    SubnetCapacity pods = SubnetCapacity.planned(placed, 25, java.util.List.of(general, general));

    assertThat(pods.usable()).isEqualTo(placed.usableAddresses());
    assertThat(pods.prefixLength()).isEqualTo(21);
    assertThat(pods.atMin()).isEqualTo(2 * 3 * 62);
    assertThat(pods.atMax()).isEqualTo(2 * 12 * 62);
    assertThat(pods.surge()).isEqualTo(2 * 62);
  }

  @Test
  void subnetCapacityHasNoPublicConstructor() {
    assertThat(SubnetCapacity.class.getConstructors()).isEmpty();
  }
}
