package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.flannelWith;
import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static dev.okenet.check.RuleAsserts.silent;
import static dev.okenet.check.RuleAsserts.triggers;
import static dev.okenet.check.RuleAsserts.triggersAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.cluster.PodNetworking;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressRulesTest {

  @Test
  void vcnBlockWiderThanSlash16IsAnError() {
    Finding f = triggers(prodWith(b -> b.vcn(Vcn.of("10.0.0.0/8").withDnsLabel("prod"))), "OKE-ADDR-001");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("vcn.cidrs[10.0.0.0/8]");
    assertThat(f.message()).contains("/8", "16,777,216", "/16", "/30");
    assertThat(f.fix()).contains("10.0.0.0/16");
  }

  @Test
  void vcnBlockOfSlash16IsAccepted() {
    silent(prod(), "OKE-ADDR-001");
  }

  @Test
  void overlappingVcnBlocksAreAnError() {
    Finding f = triggers(prodWith(b -> b.vcn(Vcn.of("10.0.0.0/16", "10.0.128.0/17").withDnsLabel("prod"))), "OKE-ADDR-002");
    assertThat(f.path()).isEqualTo("vcn.cidrs[10.0.128.0/17]");
    assertThat(f.message()).contains("10.0.128.0/17", "10.0.0.0/16");
  }

  @Test
  void disjointVcnBlocksAreAccepted() {
    silent(prodWith(b -> b.vcn(Vcn.of("10.0.0.0/16", "10.1.0.0/16").withDnsLabel("prod"))), "OKE-ADDR-002");
  }

  @Test
  void publicAddressSpaceVcnIsAWarning() {
    Finding f = triggers(prodWith(b -> b.vcn(Vcn.of("100.64.0.0/16").withDnsLabel("prod"))), "OKE-ADDR-003");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("vcn.cidrs[100.64.0.0/16]");
    assertThat(f.message()).contains("RFC 1918");
  }

  @Test
  void rfc1918VcnDrawsNoWarning() {
    silent(prodWith(b -> b.vcn(Vcn.of("172.16.0.0/16").withDnsLabel("prod"))), "OKE-ADDR-003");
  }

  @Test
  void sixVcnBlocksExceedTheDefaultLimitOfFive() {
    Vcn six = Vcn.of("10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16").withDnsLabel("prod");
    Finding f = triggers(prodWith(b -> b.vcn(six)), "OKE-ADDR-004");
    assertThat(f.path()).isEqualTo("vcn.cidrs");
    assertThat(f.message()).contains("6 CIDR blocks", "allows 5");
  }

  @Test
  void fiveVcnBlocksAreWithinTheLimit() {
    Vcn five = Vcn.of("10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16").withDnsLabel("prod");
    silent(prodWith(b -> b.vcn(five)), "OKE-ADDR-004");
  }

  @Test
  void explicitSubnetOutsideTheVcnIsAnError() {
    Finding f = triggers(prodWith(b -> b.workers(Subnet.privateSubnet("172.16.0.0/22").withDnsLabel("workers"))), "OKE-ADDR-005");
    assertThat(f.path()).isEqualTo("workers");
    assertThat(f.message()).contains("172.16.0.0/22", "10.0.0.0/16");
  }

  @Test
  void explicitSubnetInsideTheVcnIsAccepted() {
    silent(prodWith(b -> b.workers(Subnet.privateSubnet("10.0.16.0/22").withDnsLabel("workers"))), "OKE-ADDR-005");
  }

  @Test
  void explicitSubnetsThatOverlapAreAnError() {
    Finding f = triggers(prodWith(b -> b.workers(Subnet.privateSubnet("10.0.16.0/22").withDnsLabel("workers"))
        .extraSubnets(List.of(Subnet.publicSubnet("10.0.17.0/29").withName("bastion").withDnsLabel("bastion")))), "OKE-ADDR-006");
    assertThat(f.path()).isEqualTo("extraSubnets[bastion]");
    assertThat(f.message()).contains("10.0.17.0/29", "10.0.16.0/22", "workers");
  }

  @Test
  void explicitSubnetsSideBySideAreAccepted() {
    silent(prodWith(b -> b.workers(Subnet.privateSubnet("10.0.16.0/22").withDnsLabel("workers"))
        .extraSubnets(List.of(Subnet.publicSubnet("10.0.20.0/29").withName("bastion").withDnsLabel("bastion")))), "OKE-ADDR-006");
  }

  @Test
  void loadBalancerSubnetSmallerThanSlash29IsAnError() {
    Finding f = triggers(prodWith(b -> b.internalLoadBalancers(Subnet.privateSubnet(30).withDnsLabel("lbinternal"))),
        "OKE-ADDR-007");
    assertThat(f.path()).isEqualTo("internalLoadBalancers");
    assertThat(f.message()).contains("1 usable address", "/29", "5 usable addresses");
  }

  /** Oracle's Examples 1 and 2 put the API endpoint in 10.0.0.0/30: its one usable address is all the cluster needs. */
  @Test
  void apiEndpointOfSlash30IsAccepted() {
    silent(prodWith(b -> b.apiEndpoint(Subnet.privateSubnet(30).withDnsLabel("api"))), "OKE-ADDR-007");
  }

  @Test
  void apiEndpointGivenAsExplicitSlash30IsAccepted() {
    silent(prodWith(b -> b.apiEndpoint(Subnet.privateSubnet("10.0.255.252/30").withDnsLabel("api"))), "OKE-ADDR-007");
  }

  @Test
  void publicPodSubnetIsAnError() {
    Finding f = triggers(prodWith(b -> b.pods(Subnet.publicSubnet(19).withDnsLabel("pods"))), "OKE-ADDR-008");
    assertThat(f.path()).isEqualTo("pods");
    assertThat(f.message()).contains("10.0.32.0/19", "public");
  }

  @Test
  void privatePodSubnetIsAccepted() {
    silent(prod(), "OKE-ADDR-008");
  }

  @Test
  void flannelPodsCidrOverlappingTheVcnIsAnError() {
    Finding f = triggers(flannelWith(b -> b.podNetworking(PodNetworking.flannel("10.0.0.0/16"))), "OKE-ADDR-009");
    assertThat(f.path()).isEqualTo("podNetworking");
    assertThat(f.message()).contains("10.0.0.0/16", "VCN block");
  }

  @Test
  void flannelPodsCidrOverlappingOnPremisesNamesTheAttachment() {
    Finding f = triggers(flannelWith(b -> b.podNetworking(PodNetworking.flannel("192.168.0.0/16"))), "OKE-ADDR-009");
    assertThat(f.message()).contains("on-premises network 'onprem'", "drg.attachments[onprem]");
  }

  @Test
  void flannelPodsCidrApartFromEverythingIsAccepted() {
    silent(ReferenceNetworks.prodFlannel(), "OKE-ADDR-009");
  }

  @Test
  void servicesCidrOverlappingOnPremisesIsAnError() {
    Finding f = triggers(prodWith(b -> b.cluster(prod().cluster().withServicesCidr("192.168.0.0/20"))), "OKE-ADDR-010");
    assertThat(f.path()).isEqualTo("cluster.servicesCidr");
    assertThat(f.message()).contains("192.168.0.0/20", "192.168.0.0/16", "onprem");
  }

  @Test
  void defaultServicesCidrIsAccepted() {
    silent(prod(), "OKE-ADDR-010");
  }

  @Test
  void peeredVcnOverlappingTheVcnIsAnError() {
    Finding f = triggers(prodWith(b -> b.addLocalPeering(LocalPeering.to("shared", "10.0.128.0/20"))), "OKE-ADDR-011");
    assertThat(f.path()).isEqualTo("localPeerings[shared]");
    assertThat(f.message()).contains("10.0.128.0/20", "10.0.0.0/16", "peered VCN 'shared'");
  }

  @Test
  void disjointPeeredVcnIsAccepted() {
    silent(prodWith(b -> b.addLocalPeering(LocalPeering.to("shared", "10.50.0.0/16"))), "OKE-ADDR-011");
  }

  @Test
  void subnetsThatDoNotFitAreAFindingNotAnException() {
    Finding f = triggers(prodWith(b -> b.pods(Subnet.privateSubnet(16).withDnsLabel("pods"))), "OKE-ADDR-012");
    assertThat(f.path()).isEqualTo("pods");
    assertThat(f.message()).contains("/16", "65,536", "[10.0.0.0/16]");
  }

  @Test
  void subnetsThatFitDrawNoLayoutFinding() {
    silent(prod(), "OKE-ADDR-012");
  }

  @Test
  void dnsLabelWithAHyphenIsInvalid() {
    Finding f = triggers(prodWith(b -> b.vcn(Vcn.of("10.0.0.0/16").withDnsLabel("prod-1"))), "OKE-ADDR-013");
    assertThat(f.path()).isEqualTo("vcn.dnsLabel");
    assertThat(f.message()).contains("'prod-1'", "letters and digits");
    assertThat(f.fix()).contains("'prod1'");
  }

  @Test
  void dnsLabelLongerThan15CharactersIsInvalid() {
    Finding f = triggers(prodWith(b -> b.workers(Subnet.privateSubnet(22).withDnsLabel("workersworkersworkers"))), "OKE-ADDR-013");
    assertThat(f.path()).isEqualTo("workers.dnsLabel");
    assertThat(f.message()).contains("21 characters", "15");
  }

  @Test
  void alphanumericDnsLabelsAreValid() {
    silent(prod(), "OKE-ADDR-013");
  }

  @Test
  void dnsLabelUsedTwiceIsAnErrorIgnoringCase() {
    Finding f = triggers(prodWith(b -> b.internalLoadBalancers(Subnet.privateSubnet(26).withDnsLabel("LBPublic"))), "OKE-ADDR-014");
    assertThat(f.path()).isEqualTo("internalLoadBalancers.dnsLabel");
    assertThat(f.message()).contains("'LBPublic'", "lb-public");
  }

  @Test
  void distinctDnsLabelsAreAccepted() {
    silent(prod(), "OKE-ADDR-014");
  }

  @Test
  void subnetDnsLabelsOnAVcnWithoutOneAreErrors() {
    List<Finding> all = triggersAll(prodWith(b -> b.vcn(Vcn.of("10.0.0.0/16"))), "OKE-ADDR-015");
    assertThat(all).extracting(Finding::path).contains("pods.dnsLabel", "extraSubnets[bastion].dnsLabel").hasSize(6);
  }

  @Test
  void subnetDnsLabelsOnAVcnWithOneAreAccepted() {
    silent(prod(), "OKE-ADDR-015");
  }

  @Test
  void podsSubnetOnFlannelIsAWarning() {
    Finding f = triggers(flannelWith(b -> b.pods(Subnet.privateSubnet(19).withDnsLabel("pods"))), "OKE-ADDR-016");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("pods");
    assertThat(f.message()).contains("10.244.0.0/16");
  }

  @Test
  void flannelWithoutPodsSubnetDrawsNoWarning() {
    silent(ReferenceNetworks.prodFlannel(), "OKE-ADDR-016");
  }

  @Test
  void vcnNativeWithoutPodsSubnetIsAnError() {
    Finding f = triggers(prodWith(b -> b.pods(Optional.empty())), "OKE-ADDR-017");
    assertThat(f.path()).isEqualTo("pods");
    assertThat(f.message()).contains("VCN-native");
  }

  @Test
  void vcnNativeWithPodsSubnetIsAccepted() {
    silent(prod(), "OKE-ADDR-017");
  }

  @Test
  void podSubnetOfSlash25IsAWarningWithTheNumbers() {
    Finding f = triggers(prodWith(b -> b.pods(Subnet.privateSubnet(25).withDnsLabel("pods"))), "OKE-ADDR-018");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("pods");
    assertThat(f.message()).contains("/25", "125 usable addresses", "larger than a /25");
    assertThat(f.fix()).contains("/24 (253 usable)");
  }

  @Test
  void podSubnetOfSlash24IsAccepted() {
    silent(prodWith(b -> b.pods(Subnet.privateSubnet(24).withDnsLabel("pods"))), "OKE-ADDR-018");
  }

  @Test
  void slash25PodsSubnetOnFlannelIsLeftToTheFlannelWarning() {
    silent(flannelWith(b -> b.pods(Subnet.privateSubnet(25).withDnsLabel("pods"))), "OKE-ADDR-018");
  }
}
