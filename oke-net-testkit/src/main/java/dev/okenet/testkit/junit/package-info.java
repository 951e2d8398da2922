/**
 * JUnit 5 support: {@link dev.okenet.testkit.junit.FakeOciTest} injects FakeOci instances into
 * fields and parameters and runs the class once per {@linkplain dev.okenet.testkit.http.Door door},
 * injecting the run's door and the fake's {@link dev.okenet.testkit.http.OciServices} through it;
 * {@link dev.okenet.testkit.junit.FakeOciExtension} is the {@code @RegisterExtension} form.
 *
 * <pre>{@code
 * @FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
 * class MyTest {
 *     FakeOci oci;
 *     OciServices services;     // oci's SDK interfaces through this run's door
 * }
 * }</pre>
 */
package dev.okenet.testkit.junit;
