package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static dev.okenet.check.RuleAsserts.silent;
import static dev.okenet.check.RuleAsserts.triggers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.Subnet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityPostureRulesTest {

  private static OkeNetwork bastionAllowing(Peer from, Port port) {
    Subnet bastion = Subnet.publicSubnet(29).withName("bastion").withDnsLabel("bastion").allowFrom(from, port);
    return prodWith(b -> b.extraSubnets(List.of(bastion)));
  }

  private static OkeNetwork workersAllowing(Peer from, Port port) {
    return prodWith(b -> b.workers(prod().workers().allowFrom(from, port)));
  }

  @Test
  void sshFromAnywhereToWorkersIsAnError() {
    Finding f = triggers(workersAllowing(Peer.anyIpv4(), Port.SSH), "OKE-SEC-001");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("workers.extraSecurityRules");
    assertThat(f.message()).contains("TCP 22 (SSH)", "worker nodes", "whole internet");
  }

  @Test
  void rdpFromAnywhereThroughANodePoolNsgIsAnError() {
    OkeNetwork n = prodWith(b -> b.addNsg(Nsg.named("rdp").allowFrom(Peer.anyIpv4(), Port.tcp(3389)))
        .nodePools(List.of(prod().nodePools().get(0).addNsgs("rdp"), prod().nodePools().get(1))));
    Finding f = triggers(n, "OKE-SEC-001");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("nsgs[rdp]");
    assertThat(f.message()).contains("TCP 3389 (RDP)");
  }

  @Test
  void sshFromAnywhereToABastionIsAWarning() {
    Finding f = triggers(bastionAllowing(Peer.anyIpv4(), Port.SSH), "OKE-SEC-001");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("extraSubnets[bastion].extraSecurityRules");
  }

  @Test
  void sshFromOnPremisesIsAccepted() {
    silent(bastionAllowing(Peer.ipv4("192.168.0.0/16"), Port.SSH), "OKE-SEC-001");
  }

  @Test
  void allProtocolsFromAnywhereIsAnError() {
    Finding f = triggers(bastionAllowing(Peer.anyIpv4(), Port.all()), "OKE-SEC-002");
    assertThat(f.path()).isEqualTo("extraSubnets[bastion].extraSecurityRules");
    assertThat(f.message()).contains("every protocol");
  }

  @Test
  void httpsFromAnywhereIsAccepted() {
    silent(bastionAllowing(Peer.anyIpv4(), Port.HTTPS), "OKE-SEC-002");
  }

  @Test
  void publicEndpointOpenToTheInternetIsAWarning() {
    OkeNetwork n = prodWith(b -> b.apiEndpoint(Subnet.publicSubnet(28).withDnsLabel("api"))
        .cluster(prod().cluster().withEndpoint(ApiEndpoint.publicEndpoint().addAllowedClients("0.0.0.0/0"))));
    Finding f = triggers(n, "OKE-SEC-003");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("cluster.endpoint");
    assertThat(f.message()).contains("0.0.0.0/0", "6443");
  }

  @Test
  void publicEndpointLimitedToKnownClientsIsAccepted() {
    OkeNetwork n = prodWith(b -> b.apiEndpoint(Subnet.publicSubnet(28).withDnsLabel("api"))
        .cluster(prod().cluster().withEndpoint(ApiEndpoint.publicEndpoint().addAllowedClients("203.0.113.0/24"))));
    silent(n, "OKE-SEC-003");
  }

  @Test
  void publicWorkerSubnetIsAWarning() {
    Finding f = triggers(prodWith(b -> b.workers(Subnet.publicSubnet(22).withDnsLabel("workers"))), "OKE-SEC-004");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("workers");
  }

  @Test
  void privateWorkerSubnetIsAccepted() {
    silent(prod(), "OKE-SEC-004");
  }

  @Test
  void securityListRuleNamingAnNsgIsDropped() {
    OkeNetwork n = workersAllowing(Peer.nsg("bastion"), Port.SSH).toBuilder()
        .addNsg(Nsg.named("bastion")).securityEnforcement(SecurityEnforcement.SECURITY_LISTS).build();
    Finding f = triggers(n, "OKE-SEC-005");
    assertThat(f.path()).isEqualTo("workers.extraSecurityRules");
    assertThat(f.message()).contains("nsg bastion", "security list", "drops");
  }

  @Test
  void nsgRuleNamingAnNsgIsAccepted() {
    OkeNetwork n = workersAllowing(Peer.nsg("bastion"), Port.SSH).toBuilder().addNsg(Nsg.named("bastion")).build();
    silent(n, "OKE-SEC-005");
  }
}
