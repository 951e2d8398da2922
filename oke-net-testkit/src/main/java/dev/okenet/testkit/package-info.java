/**
 * FakeOci: an in-memory OCI behind the OCI Java SDK's own interfaces, for tests.
 *
 * <p>Start with {@link dev.okenet.testkit.FakeOci#create()}; control time with
 * {@link dev.okenet.testkit.VirtualClock}, inject failures with {@link dev.okenet.testkit.Faults},
 * count calls with {@link dev.okenet.testkit.CallLog} and check state with
 * {@link dev.okenet.testkit.OciAssertions}.
 *
 * <pre>{@code
 * try (FakeOci oci = FakeOci.create()) {
 *     VirtualNetwork vn = oci.virtualNetwork();   // com.oracle.bmc.core.VirtualNetwork
 *     ...
 * }
 * }</pre>
 */
package dev.okenet.testkit;
