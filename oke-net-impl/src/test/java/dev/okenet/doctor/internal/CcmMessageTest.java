package dev.okenet.doctor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.doctor.internal.CcmMessage.Form;
import org.junit.jupiter.api.Test;

/**
 * The CCM's messages as oracle/oci-cloud-controller-manager v1.35.0 formats them (each test's text
 * is the format string of the function its form names, filled in), behind the service controller's
 * prefix, read into their form and values.
 */
class CcmMessageTest {
  private static final String PREFIX = "Error syncing load balancer: failed to ensure load balancer: ";
  private static final String PRESERVE = "oci-network-load-balancer.oraclecloud.com/is-preserve-source";

  private static CcmMessage parse(String providerError) {
    return CcmMessage.parse(PREFIX + providerError).orElseThrow();
  }

  @Test
  void preserveSourceWithClusterNamesTheAnnotation() {
    CcmMessage m = parse(PRESERVE + " annotation cannot be set when externalTrafficPolicy is set to Cluster");

    assertThat(m.form()).isEqualTo(Form.PRESERVE_SOURCE_WITH_CLUSTER);
    assertThat(m.value("annotation")).contains(PRESERVE);
    assertThat(m.form().source()).isEqualTo("load_balancer_spec.go getPreserveSource");
  }

  @Test
  void anUnparsablePreserveSourceValueIsReadWithItsValue() {
    CcmMessage m = parse("failed to to parse " + PRESERVE + " annotation value - yes");

    assertThat(m.form()).isEqualTo(Form.PRESERVE_SOURCE_UNPARSABLE);
    assertThat(m.value("value")).contains("yes");
  }

  @Test
  void udpWithAManagedSecurityListBehindInvalidServiceIsTheValidateProtocolsForm() {
    CcmMessage m = parse("invalid service: Security list management mode can only be 'None' for UDP protocol");

    assertThat(m.form()).isEqualTo(Form.UDP_NEEDS_MODE_NONE);
    assertThat(m.form().source()).isEqualTo("load_balancer_util.go validateProtocols");
  }

  @Test
  void anInvalidAnnotationValueNamesAnnotationAndValue() {
    CcmMessage m = parse("invalid service: invalid value: Everything provided for annotation: "
        + "oci-network-load-balancer.oraclecloud.com/security-list-management-mode");

    assertThat(m.form()).isEqualTo(Form.INVALID_ANNOTATION_VALUE);
    assertThat(m.value("annotation")).contains("oci-network-load-balancer.oraclecloud.com/security-list-management-mode");
    assertThat(m.value("value")).contains("Everything");
  }

  @Test
  void isInternalLbsWrappedParseBoolErrorKeepsTheAnnotationWithoutGosSuffix() {
    CcmMessage m = parse("invalid value: yes provided for annotation: service.beta.kubernetes.io/oci-load-balancer-internal: "
        + "strconv.ParseBool: parsing \"yes\": invalid syntax");

    assertThat(m.value("annotation")).contains("service.beta.kubernetes.io/oci-load-balancer-internal");
  }

  @Test
  void aFlexibleShapeWithoutBandwidthsIsNotReadAsAnUnparsableAnnotation() {
    CcmMessage m = parse("error parsing service annotation: service.beta.kubernetes.io/oci-load-balancer-shape=flexible requires "
        + "service.beta.kubernetes.io/oci-load-balancer-shape-flex-min and service.beta.kubernetes.io/oci-load-balancer-shape-flex-max"
        + " to be set");

    assertThat(m.form()).isEqualTo(Form.FLEXIBLE_SHAPE_BANDWIDTHS);
    assertThat(m.value("min")).contains("service.beta.kubernetes.io/oci-load-balancer-shape-flex-min");
  }

  @Test
  void anUnparsableListenerAnnotationIsReadWithItsValue() {
    CcmMessage m = parse("error parsing service annotation: service.beta.kubernetes.io/oci-load-balancer-connection-idle-timeout=soon");

    assertThat(m.form()).isEqualTo(Form.UNPARSABLE_ANNOTATION);
    assertThat(m.value("value")).contains("soon");
  }

  @Test
  void ociRefusingTheCreateIsReadAsTheGoSdkPrintsIt() {
    CcmMessage m = parse("creating load balancer: Error returned by LoadBalancer Service. Http Status Code: 400. Error Code: "
        + "LimitExceeded. Opc request id: 7d1e/1A2B. Message: The following service limits were exceeded: lb-100mbps-count.\n"
        + "Operation Name: CreateLoadBalancer\nTimestamp: 2026-12-01 10:00:00 +0000 GMT\nClient Version: Oracle-GoSDK/65.0.0");

    assertThat(m.form()).isEqualTo(Form.CREATE_REFUSED);
    assertThat(m.ociCode("LimitExceeded")).isTrue();
    assertThat(m.value("service")).contains("LoadBalancer");
    assertThat(m.value("status")).contains("400");
    assertThat(m.value("ociMessage")).contains("The following service limits were exceeded: lb-100mbps-count.");
  }

  @Test
  void aBareOciErrorIsItsOwnForm() {
    CcmMessage m = parse("Error returned by VirtualNetwork Service. Http Status Code: 404. Error Code: NotAuthorizedOrNotFound. "
        + "Message: Authorization failed or requested resource not found.");

    assertThat(m.form()).isEqualTo(Form.OCI_ERROR);
    assertThat(m.value("status")).contains("404");
  }

  @Test
  void sessionAffinityAndPoliciesAreRecognised() {
    assertThat(parse("invalid service: OCI only supports SessionAffinity \"None\" currently").form()).isEqualTo(Form.SESSION_AFFINITY);
    assertThat(parse("loadbalancer policy \"RANDOM\" is not valid").value("value")).contains("RANDOM");
  }

  @Test
  void aMessageOfNoKnownFormIsNotRecognised() {
    assertThat(CcmMessage.parse(PREFIX + "the moon is in the wrong phase")).isEmpty();
    assertThat(CcmMessage.parse(null)).isEmpty();
  }
}
