package dev.okenet.doctor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.okenet.doctor.internal.CcmMessage.Form;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import org.junit.jupiter.api.Test;

/**
 * The CCM message reader over wide input: any text is read without an exception, and every
 * annotation-naming form gives back the annotation and value it was written with (annotation names
 * as Kubernetes allows them, values with spaces and punctuation).
 */
class CcmMessageProperties {
  private static final String PREFIX = "Error syncing load balancer: failed to ensure load balancer: ";
  private static final Gen<String> ANNOTATION = Gen.zip(Gen.strings("abcdefghijklmnopqrstuvwxyz0123456789.-", 1, 30),
      Gen.strings("abcdefghijklmnopqrstuvwxyz0123456789-", 1, 40), (prefix, name) -> prefix + "/" + name);
  private static final Gen<String> VALUE = Gen.strings("abcXYZ019 _-.,;:'\"[](){}*+?\\$^|", 0, 25);

  private record Written(String annotation, String value) {}

  @Test
  void anyTextIsReadWithoutAnException() {
    Property.forAll(Gen.strings(0, 200)).tries(500).check(text ->
        assertThatCode(() -> CcmMessage.parse(PREFIX + text)).doesNotThrowAnyException());
  }

  @Test
  void anInvalidAnnotationValueGivesBackTheAnnotationAndValueWritten() {
    Property.forAll(Gen.zip(ANNOTATION, VALUE.map(String::trim), Written::new)).tries(300).check(w -> {
      CcmMessage m = CcmMessage.parse(PREFIX + "invalid value: " + w.value() + " provided for annotation: " + w.annotation())
          .orElseThrow();

      assertThat(m.form()).isEqualTo(Form.INVALID_ANNOTATION_VALUE);
      assertThat(m.value("annotation")).contains(w.annotation());
      assertThat(m.value("value")).contains(w.value());
    });
  }

  @Test
  void preserveSourceWithClusterGivesBackTheAnnotationWritten() {
    Property.forAll(ANNOTATION).tries(200).check(a -> {
      CcmMessage m = CcmMessage.parse(PREFIX + a + " annotation cannot be set when externalTrafficPolicy is set to Cluster")
          .orElseThrow();

      assertThat(m.form()).isEqualTo(Form.PRESERVE_SOURCE_WITH_CLUSTER);
      assertThat(m.value("annotation")).contains(a);
    });
  }
}
