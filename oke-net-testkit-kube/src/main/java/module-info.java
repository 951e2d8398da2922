/**
 * The testkit's Kubernetes simulation: the OCI cloud-controller-manager's load balancer and
 * security-rule behaviour ({@code dev.okenet.testkit.ccm}), a simulated cluster served through
 * fabric8's mock API server ({@code dev.okenet.testkit.kube}, with a JUnit 5 extension in
 * {@code dev.okenet.testkit.kube.junit}) and pod scheduling ({@code dev.okenet.testkit.scheduling}).
 *
 * <p>fabric8 and the OCI SDK publish no module names: their jars are automatic modules named
 * after their files ({@code kubernetes.client.api}, {@code oci.java.sdk.core}).
 *
 * <pre>{@code
 * module my.app.test {
 *   requires dev.okenet.testkit.kube;
 * }
 * }</pre>
 */
module dev.okenet.testkit.kube {
  requires transitive dev.okenet.testkit;
  requires transitive kubernetes.client.api;
  requires transitive kubernetes.model.core;
  requires kubernetes.model.apps;
  requires kubernetes.model.networking;
  requires kubernetes.server.mock;
  requires mockwebserver;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.junit.jupiter.api;
  requires org.junit.platform.commons;
  requires java.logging;

  exports dev.okenet.testkit.ccm;
  exports dev.okenet.testkit.kube;
  exports dev.okenet.testkit.kube.junit;
  exports dev.okenet.testkit.scheduling;
}
