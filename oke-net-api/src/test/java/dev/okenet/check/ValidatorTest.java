package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.OkeNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  /** The example of a user rule: every subnet has a DNS label. */
  private static final Rule DNS_LABELS = Rule.of(
      RuleDoc.of("ACME-DNS-001", Severity.WARNING, "Every subnet has a DNS label",
          "Instances in a subnet without a DNS label get no VCN hostnames.", "Give the subnet a dnsLabel."),
      (ctx, out) -> ctx.subnets().stream()
          .filter(s -> s.subnet().dnsLabel().isEmpty())
          .forEach(s -> out.report(s.path(), "subnet " + s.name() + " has no DNS label")));

  private static final Rule BUGGY = Rule.of(
      RuleDoc.of("ACME-BUG-001", Severity.ERROR, "A rule with a bug", "It throws.", "Fix the rule."),
      (ctx, out) -> {
        throw new IllegalStateException("boom");
      });

  private static OkeNetwork bastionWithoutLabel() {
    return prodWith(b -> b.extraSubnets(List.of(Subnet.publicSubnet(29).withName("bastion"))));
  }

  @Test
  void userRuleReportsWithItsIdSeverityAndFix() {
    Report report = bastionWithoutLabel().validate(DNS_LABELS);
    assertThat(report.findings("ACME-DNS-001")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEqualTo("extraSubnets[bastion]");
      assertThat(f.message()).isEqualTo("subnet bastion has no DNS label");
      assertThat(f.fix()).isEqualTo("Give the subnet a dnsLabel.");
    });
  }

  @Test
  void userRuleIsSilentWhenEverySubnetHasALabel() {
    assertThat(prod().validate(DNS_LABELS).has("ACME-DNS-001")).isFalse();
  }

  @Test
  void rulePackRunsBesideTheBuiltInCatalog() {
    Report report = Validator.standard().withPack(RulePack.of("acme", DNS_LABELS)).validate(bastionWithoutLabel());
    // OKE-POL-005 and OKE-POL-006 are prod's own built-in warnings (shop's default deny drops its /v1 route and its
    // public shop/web Service).
    assertThat(report.ruleIds()).containsExactly("ACME-DNS-001", "OKE-POL-005", "OKE-POL-006");
  }

  @Test
  void validatorOfOnlyAPackRunsNoBuiltInRule() {
    // broken's replaced pods and LB subnets carry no DNS label, so only the pack's rule speaks.
    Report report = Validator.of(RulePack.of("acme", DNS_LABELS)).validate(ReferenceNetworks.broken());
    assertThat(report.ruleIds()).containsExactly("ACME-DNS-001");
  }

  @Test
  void ruleIdTakenTwiceIsRejected() {
    Rule clash = Rule.of(RuleDoc.of("OKE-IP-001", Severity.ERROR, "t", "w", "f"), (ctx, out) -> { });
    assertThatThrownBy(() -> Validator.standard().withRules(clash))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OKE-IP-001").hasMessageContaining("already taken");
  }

  @Test
  void ruleIdOfTheWrongFormIsRejected() {
    assertThatThrownBy(() -> RuleDoc.of("dns-check", Severity.ERROR, "t", "w", "f"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PREFIX-AREA-NNN");
  }

  @Test
  void undocumentedRuleCannotBeBuilt() {
    assertThatThrownBy(() -> RuleDoc.of("ACME-DNS-002", Severity.ERROR, "title", " ", "fix"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no why");
  }

  @Test
  void failingRuleBecomesACheckFindingInsteadOfAnException() {
    Report report = ReferenceNetworks.broken().validate(BUGGY);
    assertThat(report.findings("OKE-CHECK-001")).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("rules[ACME-BUG-001]");
      assertThat(f.message()).contains("IllegalStateException: boom", "findings are missing");
    });
    assertThat(report.ruleIds()).contains("OKE-IP-001", "OKE-LB-001", "OKE-POL-001");
  }

  @Test
  void rulesThatDoNotFailDrawNoCheckFinding() {
    assertThat(ReferenceNetworks.broken().validate(DNS_LABELS).has("OKE-CHECK-001")).isFalse();
  }

  @Test
  void raisedLimitAcceptsMoreVcnBlocks() {
    OkeNetwork six = prodWith(b -> b.vcn(Vcn.of("10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16")
        .withDnsLabel("prod")));
    assertThat(Validator.standard().withLimits(Limits.defaults().withMaxVcnCidrBlocks(8)).validate(six).has("OKE-ADDR-004")).isFalse();
  }

  @Test
  void reportWithOnlyWarningsIsValid() {
    Report report = prodWith(b -> b.vcn(Vcn.of("100.64.0.0/16").withDnsLabel("prod"))).validate();
    assertThat(report.warnings()).isNotEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void findingsAreSortedErrorsFirstThenByIdAndPath() {
    OkeNetwork n = ReferenceNetworks.broken().toBuilder().vcn(Vcn.of("100.64.0.0/16").withDnsLabel("prod")).build();
    List<Finding> findings = n.validate().findings();
    assertThat(findings).isSortedAccordingTo(Finding.ORDER);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(findings.get(findings.size() - 1).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void sameNetworkYieldsEqualReports() {
    assertThat(ReferenceNetworks.broken().validate()).isEqualTo(ReferenceNetworks.broken().validate());
  }

  @Test
  void loadBalancerAddressCostsComeFromTheLimits() {
    Limits costly = Limits.defaults().withLoadBalancerAddresses(2, 3, 200);
    Report report = Validator.standard().withLimits(costly).validate(prod());
    assertThat(report.findings("OKE-IP-005")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("400", "253 usable addresses"));
  }
}
