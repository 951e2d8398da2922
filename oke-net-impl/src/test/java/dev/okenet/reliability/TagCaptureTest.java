package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.adopt.KubernetesFacts;
import dev.okenet.adopt.NetworkImporter;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-off: writes the okenet.key tags today's code puts on FakeOci (run before the ResourceKey change). */
class TagCaptureTest {
  private static final String COMPARTMENT = ReferenceNetworks.COMPARTMENT_ID;

  @Test
  void capture() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.addAll(applied("prod", ReferenceNetworks.prod().resolve()));
    lines.addAll(applied("prod-flannel", ReferenceNetworks.prodFlannel().resolve()));
    lines.addAll(applied("wide", wide().resolve()));
    lines.addAll(applied("wide-security-lists", wide().toBuilder().name("wide-sl")
        .securityEnforcement(SecurityEnforcement.SECURITY_LISTS).build().resolve()));
    lines.addAll(adopted());
    Files.write(Path.of("src/test/resources/dev/okenet/key/okenet-key-tags-0.x.txt"), lines);
    assertThat(lines).isNotEmpty();
  }

  static OkeNetwork wide() {
    return ReferenceNetworks.prod().toBuilder().name("wide")
        .localPeerings(List.of(LocalPeering.to("shared", "10.50.0.0/16")))
        .drg(dev.okenet.vcn.Drg.create().with(DrgAttachment.ipsecVpn("onprem", ReferenceNetworks.IPSEC_CONNECTION_ID,
            ReferenceNetworks.ON_PREMISES_CIDR)).with(DrgAttachment.remotePeering("phoenix", "us-phoenix-1", "10.60.0.0/16")))
        .extraSubnets(List.of(
            Subnet.publicSubnet().name("bastion").prefixLength(29).dnsLabel("bastion")
                .addExtraSecurityRules(SecurityRule.ingress(Peer.cidr(dev.okenet.Cidr.of("192.168.0.0/16")), Port.SSH))
                .addSecurityLists(SecurityList.named("monitoring").withRule(SecurityRule.ingress(Peer.cidr(dev.okenet.Cidr.of("192.168.0.0/16")), Port.tcp(9100))))
                .build(),
            Subnet.privateSubnet().name("db").prefixLength(28).build()))
        .nsgs(List.of(Nsg.named("bastion").withRule(SecurityRule.egress(Peer.role(dev.okenet.vcn.SubnetRole.WORKERS), Port.SSH))))
        .build();
  }

  private static List<String> applied(String label, ResolvedNetwork net) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = OciNetworkProvider.builder().virtualNetwork(fake.virtualNetwork())
          .containerEngine(fake.containerEngine()).networkLoadBalancer(fake.networkLoadBalancer())
          .availabilityDomains(fake.availabilityDomains()).ingressLoadBalancers(true).build();
      ApplyResult r = provider.apply(provider.plan(net));
      assertThat(r.isSuccess()).as(r.toString()).isTrue();
      return lines(label, CloudSnapshot.read(fake, COMPARTMENT));
    }
  }

  private static List<String> adopted() {
    try (FakeOci fake = FakeOci.create()) {
      OkeNetwork shape = ReferenceNetworks.prod();
      dev.okenet.adopt.TagCaptureSupport.build(fake, shape);
      var imported = NetworkImporter.builder().virtualNetwork(fake.virtualNetwork()).containerEngine(fake.containerEngine())
          .name(shape.name()).kubernetes(KubernetesFacts.of(shape)).build()
          .importVcn(dev.okenet.adopt.TagCaptureSupport.COMPARTMENT, dev.okenet.adopt.TagCaptureSupport.vcnId);
      imported.planAdoption().apply(fake.virtualNetwork(), fake.containerEngine());
      return lines("prod-adopted", CloudSnapshot.read(fake, dev.okenet.adopt.TagCaptureSupport.COMPARTMENT));
    }
  }

  private static List<String> lines(String label, CloudSnapshot snapshot) {
    return snapshot.entries().stream().filter(e -> e.key() != null)
        .map(e -> label + "\t" + e.kind() + "\t" + e.network() + "\t" + e.key()).sorted().toList();
  }
}
