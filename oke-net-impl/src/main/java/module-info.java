/**
 * oke-net's provider over the OCI Java SDK: plan, apply, destroy and diagnose
 * ({@code dev.okenet.oci}), adoption of existing networks ({@code dev.okenet.adopt}), the cluster
 * doctor ({@code dev.okenet.doctor}), Kubernetes manifests ({@code dev.okenet.manifest}), model
 * I/O in JSON and YAML ({@code dev.okenet.io}) and diagrams ({@code dev.okenet.render}).
 *
 * <p>Only these packages are exported; the {@code .internal} packages are implementation. The OCI
 * SDK and fabric8 publish no module names, so their jars are automatic modules named after their
 * files ({@code oci.java.sdk.core} for {@code oci-java-sdk-core-<version>.jar}); those whose types
 * appear in this module's API are required transitively.
 *
 * <pre>{@code
 * module my.app {
 *   requires dev.okenet.impl;   // reads dev.okenet.api too
 * }
 * }</pre>
 */
module dev.okenet.impl {
  requires transitive dev.okenet.api;
  requires transitive oci.java.sdk.common;
  requires transitive oci.java.sdk.core;
  requires transitive oci.java.sdk.containerengine;
  requires transitive oci.java.sdk.identity;
  requires transitive oci.java.sdk.networkloadbalancer;
  requires transitive kubernetes.model.core;
  requires transitive kubernetes.model.networking;
  // Optional, as in the pom: only the cluster doctor reads a live cluster, through the user's own
  // fabric8 client; a doctor's user requires kubernetes.client.api already.
  requires static kubernetes.client.api;
  requires static kubernetes.model.apps;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.slf4j;

  exports dev.okenet.adopt;
  exports dev.okenet.doctor;
  exports dev.okenet.io;
  exports dev.okenet.manifest;
  exports dev.okenet.oci;
  exports dev.okenet.render;

  // Jackson reads the model I/O mixins' annotations and builds its (de)serializers reflectively.
  opens dev.okenet.io.internal to com.fasterxml.jackson.databind;
}
