/**
 * FakeOci as a standalone OCI emulator: {@code dev.okenet.fakeoci.server.FakeOciServerMain} serves
 * FakeOci over HTTP for any OCI client. Usually run as the executable {@code -all} jar (on the class
 * path, where this descriptor is ignored); on the module path:
 *
 * <pre>{@code
 * java -p <jars> -m dev.okenet.fakeoci.server/dev.okenet.fakeoci.server.FakeOciServerMain --clock manual
 * }</pre>
 */
module dev.okenet.fakeoci.server {
  requires dev.okenet.api;
  requires dev.okenet.impl;
  requires dev.okenet.testkit;

  exports dev.okenet.fakeoci.server;
}
