package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.bmc.model.BmcException;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@FakeOciTest
class PlanRenderingTest {
  FakeOci oci;

  @Test
  void renderedPlanOfAnEmptyCompartmentShowsCreatesAndEndsWithTheSummaryLine() {
    Plan plan = FakeOciProviders.provider(oci).plan(Networks.prod());

    String text = plan.render();

    assertThat(text).contains("+   VCN \"vcn\" (prod-vcn)").contains("+ cidrBlocks: \"10.0.0.0/16\"");
    assertThat(text.strip()).endsWith("Plan: " + plan.changes().size() + " to add, 0 to change, 0 to replace, 0 to destroy.");
  }

  @Test
  void jsonPlanCarriesTheCountsAndEveryChange() throws Exception {
    Plan plan = FakeOciProviders.provider(oci).plan(Networks.prod());

    JsonNode json = new ObjectMapper().readTree(plan.toJson());

    assertThat(json.get("network").asText()).isEqualTo("prod");
    assertThat(json.get("summary").get("add").asLong()).isEqualTo(plan.count(ChangeAction.CREATE));
    assertThat(json.get("changes")).hasSize(plan.actionable().size());
    assertThat(json.get("changes").get(0).get("action").asText()).isEqualTo("CREATE");
  }

  @Test
  void transientErrorsAreRetryableAndClientErrorsAreNot() {
    assertThat(RetryPolicy.isRetryable(new BmcException(429, "TooManyRequests", "slow down", "r"))).isTrue();
    assertThat(RetryPolicy.isRetryable(new BmcException(503, "ServiceUnavailable", "x", "r"))).isTrue();
    assertThat(RetryPolicy.isRetryable(new BmcException(409, "IncorrectState", "busy", "r"))).isTrue();
    assertThat(RetryPolicy.isRetryable(new BmcException(409, "Conflict", "in use", "r"))).isFalse();
    assertThat(RetryPolicy.isRetryable(new BmcException(400, "InvalidParameter", "bad", "r"))).isFalse();
    assertThat(RetryPolicy.isRetryable(new BmcException(401, "NotAuthenticated", "who", "r"))).isFalse();
    assertThat(RetryPolicy.isRetryable(new BmcException(404, "NotAuthorizedOrNotFound", "gone", "r"))).isFalse();
    assertThat(RetryPolicy.isRetryable(new BmcException(412, "NoEtagMatch", "stale", "r"))).isFalse();
  }

  record Backoff(int attempt, double random) {}

  @Test
  void backoffStaysWithinTheExponentialCeilingAndTheCap() {
    Property.forAll(Gen.zip(Gen.ints(1, 40), Gen.doubles(0, 1), Backoff::new)).tries(1000).check(b -> {
      RetryPolicy p = RetryPolicy.defaults();

      Duration d = p.backoff(b.attempt(), b.random());

      long ceiling = Math.min(30_000, 1000L << Math.min(20, b.attempt() - 1));
      assertThat(d.toMillis()).isBetween(0L, ceiling);
    });
  }
}
