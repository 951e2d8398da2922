package dev.okenet.testkit.junit;

import dev.okenet.testkit.VirtualClock;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeOciExtension.class)
public @interface FakeOciTest {
    /** The region id of the fakes (default us-ashburn-1). */
    String region() default "us-ashburn-1";

    /** How the fakes' clocks move (default instant). */
    VirtualClock.Mode clock() default VirtualClock.Mode.INSTANT;

    /** Seed for OCIDs (default 1). */
    long seed() default 1;
}
