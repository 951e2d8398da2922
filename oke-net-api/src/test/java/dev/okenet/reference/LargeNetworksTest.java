package dev.okenet.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.OkeNetwork;
import dev.okenet.vcn.SecurityList;
import org.junit.jupiter.api.Test;

class LargeNetworksTest {

  @Test
  void holdsExactlyTheRequestedRulesWithinOcisPerListLimit() {
    OkeNetwork large = LargeNetworks.withInternetRules(5_000);
    assertThat(large.extraSubnets().stream().flatMap(s -> s.securityLists().stream()).mapToInt(l -> l.rules().size()).sum())
        .isEqualTo(5_000);
    assertThat(large.extraSubnets()).allSatisfy(s -> assertThat(s.securityLists()).hasSizeLessThanOrEqualTo(LargeNetworks.LISTS_PER_SUBNET)
        .allSatisfy((SecurityList l) -> assertThat(l.rules()).hasSizeLessThanOrEqualTo(LargeNetworks.RULES_PER_LIST)));
  }

  @Test
  void validatesWithoutErrors() {
    assertThat(LargeNetworks.withInternetRules(1_000).validate().errors()).isEmpty();
  }

  @Test
  void rejectsANegativeRuleCount() {
    assertThatThrownBy(() -> LargeNetworks.withInternetRules(-1)).hasMessageContaining("give 0 to 50,000");
  }
}
