package dev.okenet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Require#kubeName} checks names with a loop instead of a regular expression: it must accept
 * exactly what Kubernetes' RFC 1123 label expression does (k8s.io/apimachinery
 * {@code validation.IsDNS1123Label}: {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, at most 63 characters).
 */
class KubeNameProperties {
  private static final Pattern RFC_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  @Test
  void aNameIsAcceptedExactlyWhenKubernetesLabelExpressionMatchesIt() {
    Property.forAll(Gen.strings("az09-A_.é \n", 1, 70)).tries(5000).check(name -> {
      boolean kubernetesAccepts = name.length() <= 63 && RFC_1123_LABEL.matcher(name).matches();

      Throwable refusal = catchThrowable(() -> Require.kubeName(name, "Service name"));

      if (kubernetesAccepts) {
        assertThat(refusal).isNull();
      } else if (!name.isBlank()) {
        assertThat(refusal).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a Kubernetes name");
      }
    });
  }
}
