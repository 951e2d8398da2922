package dev.okenet.bench;

import dev.okenet.reference.LargeNetworks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.Severity;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.SecurityRule;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure what they say they measure: the estates and the large network have the
 * sizes RESULTS.md states and are valid networks, and every question of the verdict mix is one the
 * reachability engine answers. (Nothing here is timed; the benchmarks run only from run.sh.)
 */
class FixturesTest {
  @Test
  void anEstateNetworkHasSixteenSubnetsAndTwoHundredUserRules() {
    OkeNetwork n = Estates.of(1).get(0);

    ResolvedNetwork resolved = n.resolve();
    long userRules = n.extraSubnets().stream()
        .flatMap(s -> s.securityLists().stream())
        .mapToLong(l -> l.rules().size())
        .sum();
    assertThat(resolved.subnets()).hasSize(Estates.SUBNETS_PER_NETWORK);
    assertThat(userRules).isEqualTo(Estates.RULES_PER_NETWORK);
  }

  @Test
  void estateNetworksValidateWithoutErrors() {
    assertThat(Estates.of(3)).allSatisfy(n -> assertThat(n.validate().findings(Severity.ERROR)).isEmpty());
  }

  @Test
  void estateNetworksAreDistinctValues() {
    assertThat(Estates.of(3)).doesNotHaveDuplicates();
  }

  @Test
  void theLargeNetworkHoldsFiveThousandInternetRulesAndValidatesWithoutErrors() {
    OkeNetwork large = LargeNetworks.withInternetRules(5_000);

    long rules = large.extraSubnets().stream()
        .flatMap(s -> s.securityLists().stream())
        .flatMap(l -> l.rules().stream())
        .map(SecurityRule::description)
        .filter(d -> d.startsWith("edge client "))
        .count();
    assertThat(rules).isEqualTo(5_000);
    assertThat(large.validate().findings(Severity.ERROR)).isEmpty();
  }

  @Test
  void everyQuestionOfTheVerdictMixIsAnswered() {
    var reach = ReferenceNetworks.prod().resolve().reachability();

    assertThat(Questions.PROD).allSatisfy(q -> assertThat(q.ask(reach)).isNotNull());
  }

  @Test
  void theVerdictMixHasBothOutcomes() {
    var reach = ReferenceNetworks.prod().resolve().reachability();

    assertThat(Questions.PROD.stream().map(q -> q.ask(reach).outcome()).distinct()).hasSizeGreaterThan(1);
  }

  @Test
  void carvedNetworksHoldTheirExtraSubnetsAndResolveThemAll() {
    for (boolean carved : new boolean[] {true, false}) {
      OkeNetwork n = CarvedNetworks.of(4_000, carved);
      assertThat(n.extraSubnets()).hasSize(ReferenceNetworks.prod().extraSubnets().size() + 4_000);
      assertThat(n.resolve().subnets()).hasSize(n.extraSubnets().size() + n.roleSubnets().size());
      assertThat(n.validate().findings(Severity.ERROR)).as("carved %s", carved).isEmpty();
    }
  }
}
