/**
 * FakeOci, an in-memory OCI behind the OCI Java SDK's own interfaces, in-process or over loopback
 * HTTP ({@code dev.okenet.testkit.http}), with a JUnit 5 extension ({@code dev.okenet.testkit.junit}).
 * Independent of oke-net-api: it decides what OCI does from Oracle's sources, never from oke-net's
 * validator.
 *
 * <p>The OCI SDK publishes no module names, so its jars are automatic modules named after their
 * files ({@code oci.java.sdk.core} for {@code oci-java-sdk-core-<version>.jar}); those whose types
 * appear in this module's API are required transitively.
 *
 * <pre>{@code
 * module my.app.test {
 *   requires dev.okenet.testkit;
 * }
 * }</pre>
 */
module dev.okenet.testkit {
  requires transitive oci.java.sdk.common;
  requires transitive oci.java.sdk.core;
  requires transitive oci.java.sdk.containerengine;
  requires transitive oci.java.sdk.identity;
  requires transitive oci.java.sdk.loadbalancer;
  requires transitive oci.java.sdk.networkloadbalancer;
  requires transitive oci.java.sdk.circuitbreaker;
  requires oci.java.sdk.workrequests;
  requires oci.java.sdk.common.httpclient;
  requires oci.java.sdk.common.httpclient.jersey3;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  // Only the JUnit extension and the AssertJ assertions use these, and only in tests, where they
  // are present: optional at run time, so the HTTP server needs neither. A test module using them
  // requires them itself.
  requires static org.junit.jupiter.api;
  requires static org.junit.platform.commons;
  requires static org.assertj.core;
  requires org.slf4j;

  exports dev.okenet.testkit;
  exports dev.okenet.testkit.http;
  exports dev.okenet.testkit.junit;

  // The IPv4 CIDR arithmetic the Kubernetes simulation shares with FakeOci's subnets.
  exports dev.okenet.testkit.internal.net to dev.okenet.testkit.kube;
  // How the public members of both testkits refuse a null argument.
  exports dev.okenet.testkit.internal.arguments to dev.okenet.testkit.kube;
}
