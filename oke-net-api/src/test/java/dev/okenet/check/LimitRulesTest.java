package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static dev.okenet.check.RuleAsserts.silent;
import static dev.okenet.check.RuleAsserts.triggers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitRulesTest {

  private static List<SecurityRule> ingressRules(int n) {
    List<SecurityRule> rules = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rules.add(SecurityRule.ingress(Peer.ipv4("10.20.0.0/16"), Port.tcp(1000 + i)));
    }
    return rules;
  }

  private static OkeNetwork withNsgOfRules(int n) {
    Nsg big = Nsg.named("big");
    for (SecurityRule r : ingressRules(n)) {
      big = big.addRule(r);
    }
    Nsg nsg = big;
    return prodWith(b -> b.addNsg(nsg));
  }

  private static OkeNetwork bastionWith(List<SecurityList> lists) {
    Subnet bastion = Subnet.publicSubnet(29).withName("bastion").withDnsLabel("bastion");
    for (SecurityList list : lists) {
      bastion = bastion.addSecurityList(list);
    }
    Subnet withLists = bastion;
    return prodWith(b -> b.extraSubnets(List.of(withLists)));
  }

  private static List<SecurityList> lists(int n) {
    List<SecurityList> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(SecurityList.named("list" + i).addRule(SecurityRule.ingress(Peer.ipv4("10.20.0.0/16"), Port.tcp(9000 + i))));
    }
    return out;
  }

  private static OkeNetwork generalWithNsgs(String... names) {
    OkeNetwork p = prod();
    OkeNetwork.Builder b = p.toBuilder().nodePools(List.of(p.nodePools().get(0).addNsgs(names), p.nodePools().get(1)));
    for (String n : names) {
      b.addNsg(Nsg.named(n));
    }
    return b.build();
  }

  @Test
  void nsgWith121RulesIsAnError() {
    Finding f = triggers(withNsgOfRules(121), "OKE-LIM-001");
    assertThat(f.path()).isEqualTo("nsgs[big]");
    assertThat(f.message()).contains("prod-nsg-custom-big", "121 rules", "allows 120");
  }

  @Test
  void nsgWith120RulesIsAccepted() {
    silent(withNsgOfRules(120), "OKE-LIM-001");
  }

  @Test
  void securityListWith201IngressRulesIsAnError() {
    Finding f = triggers(bastionWith(List.of(SecurityList.named("mon").addAllRules(ingressRules(201)))), "OKE-LIM-002");
    assertThat(f.path()).isEqualTo("extraSubnets[bastion].securityLists[mon]");
    assertThat(f.message()).contains("201 ingress", "allows 200");
  }

  @Test
  void securityListWith200IngressRulesIsAccepted() {
    silent(bastionWith(List.of(SecurityList.named("mon").addAllRules(ingressRules(200)))), "OKE-LIM-002");
  }

  @Test
  void subnetWithFiveCustomSecurityListsExceedsTheLimit() {
    Finding f = triggers(bastionWith(lists(5)), "OKE-LIM-003");
    assertThat(f.path()).isEqualTo("extraSubnets[bastion]");
    assertThat(f.message()).contains("6 security lists", "5 custom", "allows 5");
  }

  @Test
  void subnetWithFourCustomSecurityListsIsAccepted() {
    silent(bastionWith(lists(4)), "OKE-LIM-003");
  }

  @Test
  void nodesWithSixNsgsExceedTheVnicLimit() {
    Finding f = triggers(generalWithNsgs("a", "b", "c", "d", "e"), "OKE-LIM-004");
    assertThat(f.path()).isEqualTo("nodePools[general]");
    assertThat(f.message()).contains("6 NSGs", "workers NSG and 5 custom", "allows 5");
  }

  @Test
  void nodesWithFiveNsgsAreAccepted() {
    silent(generalWithNsgs("a", "b", "c", "d"), "OKE-LIM-004");
  }

  /** prod (5 role subnets, so 5 generated NSGs) with this many empty custom NSGs. */
  private static OkeNetwork withCustomNsgs(int n) {
    OkeNetwork.Builder b = prod().toBuilder();
    for (int i = 0; i < n; i++) {
      b.addNsg(Nsg.named("team" + i));
    }
    return b.build();
  }

  @Test
  void vcnWith1001NsgsExceedsTheVcnLimit() {
    Finding f = triggers(withCustomNsgs(996), "OKE-LIM-005");
    assertThat(f.path()).isEqualTo("nsgs");
    assertThat(f.message()).contains("1,001 NSGs", "5 generated", "996 custom", "allows 1,000");
    assertThat(f.fix()).contains("at least 1 custom NSG,", "Limits.withMaxNsgsPerVcn");
  }

  @Test
  void vcnWith1000NsgsIsAccepted() {
    silent(withCustomNsgs(995), "OKE-LIM-005");
  }

  @Test
  void nsgsPerVcnFollowTheConfiguredLimit() {
    Report report = Validator.standard().withLimits(Limits.defaults().withMaxNsgsPerVcn(6)).validate(withCustomNsgs(2));
    assertThat(report.findings("OKE-LIM-005")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("7 NSGs", "allows 6"));
  }

  @Test
  void securityListEnforcementGeneratesNoRoleNsgs() {
    Report report = Validator.standard().withLimits(Limits.defaults().withMaxNsgsPerVcn(2))
        .validate(withCustomNsgs(2).toBuilder().securityEnforcement(SecurityEnforcement.SECURITY_LISTS).build());
    assertThat(report.findings("OKE-LIM-005")).as(report.render()).isEmpty();
  }
}
