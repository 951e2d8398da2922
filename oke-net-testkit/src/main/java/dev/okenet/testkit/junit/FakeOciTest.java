package dev.okenet.testkit.junit;

import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class FakeOci instances: every {@code FakeOci} field and parameter is filled in. An
 * instance field (or a test-method parameter) gets a fresh fake per test; a static field (or a
 * {@code @BeforeAll} parameter) one fake shared by the whole class. Fakes are closed afterwards.
 * May be used as a meta-annotation to compose your own test annotations.
 *
 * <pre>{@code
 * @FakeOciTest(clock = VirtualClock.Mode.MANUAL)
 * class ApplyTest {
 *     FakeOci oci;                                   // fresh per test
 *
 *     @Test
 *     void createsTheVcn(FakeOci sameOne) { ... }    // the same instance as the field
 * }
 * }</pre>
 *
 * <p><b>The door as a dimension.</b> The class runs once per {@linkplain #doors() door}, each test
 * of each run with its own fake as above. Besides {@code FakeOci}, fields and parameters of type
 * {@link Door} receive the run's door (constructor parameters too), and of type
 * {@link dev.okenet.testkit.http.OciServices} the SDK interfaces a provider takes - VirtualNetwork,
 * ContainerEngine, NetworkLoadBalancer and Identity - of the same fake through that door: the
 * fake's own implementations in process, or the SDK's real clients, signed, over its loopback HTTP
 * endpoint. (Like a {@code FakeOci} one, a constructor's {@code OciServices} parameter belongs to
 * the class's fake, not the test's: prefer fields.) Code under test built from {@code OciServices}
 * then runs unchanged through both, and what it sees must agree:
 *
 * <pre>{@code
 * @FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
 * class ProviderThroughBothDoorsTest {
 *     FakeOci oci;                                   // fresh per test, in each run
 *     OciServices services;                          // oci's services through this run's door
 *
 *     @Test
 *     void appliesProd() {
 *         MyProvider provider = new MyProvider(services.virtualNetwork(), services.containerEngine());
 *         provider.apply(prod);
 *         OciAssertions.assertThat(oci).hasVcnNamed("prod-vcn");
 *     }
 * }
 * }</pre>
 *
 * <p>The HTTP door costs a signing key and five SDK clients per fake: give it to the tests that
 * exercise the wire (requests, responses, errors, paging), not to every test.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ClassTemplate
@ExtendWith(FakeOciExtension.class)
public @interface FakeOciTest {
    /** The region id of the fakes (default us-ashburn-1). */
    String region() default "us-ashburn-1";

    /** How the fakes' clocks move (default instant). */
    VirtualClock.Mode clock() default VirtualClock.Mode.INSTANT;

    /** Seed for OCIDs (default 1). */
    long seed() default 1;

    /**
     * The doors the class runs through, once each and in this order (default: in process only).
     * {@code {Door.IN_PROCESS, Door.HTTP}} runs every test of the class through both.
     */
    Door[] doors() default {Door.IN_PROCESS};
}
