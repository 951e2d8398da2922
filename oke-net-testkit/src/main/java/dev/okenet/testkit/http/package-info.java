/**
 * FakeOci over HTTP: the real OCI SDK clients against FakeOci's loopback endpoint
 * ({@link dev.okenet.testkit.FakeOci#startHttp()}), and a {@link dev.okenet.testkit.http.Door} to run
 * one test through both the in-process door and the HTTP door.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnumSource(Door.class)
 * void createsAVcn(Door door) {
 *     try (FakeOci fake = FakeOci.create()) {
 *         VirtualNetwork vn = door.virtualNetwork(fake);
 *         ...
 *     }
 * }
 * }</pre>
 */
package dev.okenet.testkit.http;
