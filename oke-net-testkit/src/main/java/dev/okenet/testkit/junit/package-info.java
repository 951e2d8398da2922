/**
 * JUnit 5 support: {@link dev.okenet.testkit.junit.FakeOciTest} injects FakeOci instances into
 * fields and parameters; {@link dev.okenet.testkit.junit.FakeOciExtension} is the
 * {@code @RegisterExtension} form.
 *
 * <pre>{@code
 * @FakeOciTest
 * class MyTest {
 *     FakeOci oci;
 * }
 * }</pre>
 */
package dev.okenet.testkit.junit;
