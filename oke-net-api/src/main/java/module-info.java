/**
 * oke-net's API: the intent DSL ({@code dev.okenet}, {@code vcn}, {@code cluster}, {@code kube}),
 * its checks ({@code check}), the resolved network ({@code resolved}, {@code key}) and reachability
 * ({@code reach}). No cloud SDK: the provider is in {@code dev.okenet.impl}.
 *
 * <p>Only these packages are exported; the {@code .internal} packages are implementation. The
 * precondition helpers in {@code dev.okenet.internal} are shared with oke-net-impl alone.
 *
 * <pre>{@code
 * module my.app {
 *   requires dev.okenet.api;
 * }
 * }</pre>
 */
module dev.okenet.api {
  requires inet.ipaddr;
  // Annotations only (the generated code's @Generated has class retention): not needed at run time.
  requires static org.immutables.value;

  exports dev.okenet;
  exports dev.okenet.check;
  exports dev.okenet.cluster;
  exports dev.okenet.key;
  exports dev.okenet.kube;
  exports dev.okenet.reach;
  exports dev.okenet.reference;
  exports dev.okenet.resolved;
  exports dev.okenet.vcn;

  // Preconditions (Require) and the list helpers oke-net-impl's value types share with this module.
  exports dev.okenet.internal to dev.okenet.impl;

  // Model I/O (dev.okenet.io) reads and builds the model types reflectively: the generated
  // Immutables builders are package-private, reached with setAccessible.
  opens dev.okenet to dev.okenet.impl, com.fasterxml.jackson.databind;
  opens dev.okenet.cluster to dev.okenet.impl, com.fasterxml.jackson.databind;
  opens dev.okenet.kube to dev.okenet.impl, com.fasterxml.jackson.databind;
  opens dev.okenet.vcn to dev.okenet.impl, com.fasterxml.jackson.databind;
}
