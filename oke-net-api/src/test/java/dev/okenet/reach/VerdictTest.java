package dev.okenet.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts and hops as values and as text for humans. */
class VerdictTest {
  private static final Reachability PROD = ReferenceNetworks.prod().resolve().reachability();
  private static final Verdict DENIED = PROD.from(Endpoint.pods("shop", "app=web")).to(Endpoint.internet()).on(Port.HTTPS);
  private static final Verdict ALLOWED = PROD.from(Endpoint.pods("shop", "app=web")).to(Endpoint.service("shop", "api")).on(Port.tcp(8080));

  @Test
  void renderStartsWithTheQuestionAndTheOutcome() {
    assertThat(DENIED.render()).startsWith("pods shop/app=web → internet on TCP 443: DENIED\n");
  }

  @Test
  void renderNumbersEveryHopAndEndsWithTheFix() {
    List<String> lines = DENIED.render().lines().toList();
    assertThat(lines).hasSize(1 + DENIED.hops().size() + 1);
    assertThat(lines.get(1)).isEqualTo("   1. " + DENIED.hops().get(0).render());
    assertThat(lines.get(lines.size() - 1)).startsWith("   fix: Add NetworkPolicy.in(\"shop\")");
  }

  @Test
  void anAllowedVerdictHasNoFixAndNoDecidingHop() {
    assertThat(ALLOWED.isAllowed()).isTrue();
    assertThat(ALLOWED.fix()).isEmpty();
    assertThat(ALLOWED.decidingHop()).isEmpty();
    assertThat(ALLOWED.render()).doesNotContain("fix:");
  }

  @Test
  void theDecidingHopOfADenialIsTheFailedLastHop() {
    Hop last = DENIED.hops().get(DENIED.hops().size() - 1);
    assertThat(DENIED.decidingHop()).contains(last);
    assertThat(last.passed()).isFalse();
    assertThat(DENIED.hops().subList(0, DENIED.hops().size() - 1)).allMatch(Hop::passed);
  }

  @Test
  void aHopRendersItsMarkKindPlaceKeyAndDescription() {
    Hop hop = new Hop(HopKind.ROUTE, false, "route from nodes", "route-table:workers", "no route rule covers internet");
    assertThat(hop.render()).isEqualTo("✗ ROUTE    route from nodes: route-table:workers — no route rule covers internet");
  }

  @Test
  void verdictAndOutcomeReadTheSame() {
    assertThat(DENIED.verdict()).isEqualTo(DENIED.outcome()).isEqualTo(Outcome.DENIED);
  }

  @Test
  void theSameQuestionGivesEqualVerdicts() {
    Verdict again = PROD.from(Endpoint.pods("shop", "app=web")).to(Endpoint.internet()).on(Port.HTTPS);
    assertThat(again).isEqualTo(DENIED).hasSameHashCodeAs(DENIED);
  }

  @Test
  void summaryIsTheToString() {
    assertThat(ALLOWED).hasToString("pods shop/app=web → service shop/api on TCP 8080: ALLOWED");
  }

  @Test
  void anEmptyFixMeansNone() {
    Verdict v = Verdict.of(Endpoint.internet(), Endpoint.apiEndpoint(), Port.HTTPS, Outcome.NO_ROUTE, List.of(), "");
    assertThat(v.fix()).isEmpty();
    assertThat(v.decidingHop()).isEmpty();
  }
}
