package dev.okenet.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.property.NullArgumentProbe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A null in any parameter of any public constructor or method of the impl module (the provider,
 * plans and results, manifests, the diagram, import and adoption, model I/O; found by reflection)
 * is refused with an {@link IllegalArgumentException} naming the parameter and the fix.
 */
class NullArgumentsImplTest {
  static final Map<String, String> DOCUMENTED_NULLS = Map.of(
      "OciNetworkProvider.fromConfigFile:region", "null takes the profile's region",
      "FieldDiff.of:before", "null when the field is absent before",
      "FieldDiff.of:after", "null when the field is absent after",
      "ProgressEvent.new:detail", "null or empty when there is no note");
  static final Map<String, String> NO_VALID_CALL = Map.of(
      "OciNetworkProvider.fromInstancePrincipals", "needs the instance metadata service of an OCI instance",
      "OciNetworkProvider.fromConfigFile", "the one-argument form reads ~/.oci/config, absent here");

  @Test
  void everyPublicMemberRefusesNullWithAMessageNamingTheArgument() throws Exception {
    List<Class<?>> impl = NullArgumentProbe.publicClasses(OciNetworkProvider.class);
    NullArgumentProbe.Outcome outcome = NullArgumentProbe.probe(impl, new ImplSamples(), DOCUMENTED_NULLS, NO_VALID_CALL);

    System.out.println("null-argument probes on the impl: " + outcome.probes() + " over " + impl.size() + " classes");
    assertThat(outcome.unexercised()).as("members the probe could not call with valid arguments").isEmpty();
    assertThat(outcome.problems()).as("null arguments handled badly").isEmpty();
  }
}
