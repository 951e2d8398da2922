package dev.okenet.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.property.NullArgumentProbe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A null in any parameter of any public constructor or method of the api module (found by
 * reflection, the other arguments valid) is refused with an {@link IllegalArgumentException} whose
 * message names the parameter and the fix: never a JDK NullPointerException from inside, never a
 * null accepted silently. See {@link NullArgumentProbe} for the judge.
 */
class NullArgumentsApiTest {
  /** Parameters whose Javadoc says what null means; the probe lets these accept it. */
  static final Map<String, String> DOCUMENTED_NULLS = Map.of(
      "Port.parse:text", "parse(null) is empty, as for any text that is not a port",
      "Verdict.of:fix", "null or empty when there is no fix",
      "Finding.new:fix", "null or empty when there is nothing to do",
      "Reporter.report:fix", "null or empty when there is nothing to do");

  @Test
  void everyPublicMemberRefusesNullWithAMessageNamingTheArgument() throws Exception {
    List<Class<?>> api = NullArgumentProbe.publicClasses(OkeNetwork.class);
    NullArgumentProbe.Outcome outcome = NullArgumentProbe.probe(api, new ApiSamples(), DOCUMENTED_NULLS);

    System.out.println("null-argument probes on the api: " + outcome.probes() + " over " + api.size() + " classes; "
        + outcome.tolerated().size() + " null containers given to generated builder methods answer with the JDK's message");
    assertThat(outcome.unexercised()).as("members the probe could not call with valid arguments").isEmpty();
    assertThat(outcome.problems()).as("null arguments handled badly").isEmpty();
    assertThat(outcome.probes()).isGreaterThan(300);
  }
}
