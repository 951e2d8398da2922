package dev.okenet.testkit;

/**
 * AssertJ entry point for FakeOci's state.
 *
 * <pre>{@code
 * import static dev.okenet.testkit.OciAssertions.assertThat;
 *
 * assertThat(oci).hasVcnNamed("prod").withCidr("10.0.0.0/16").withSubnetCount(4);
 * assertThat(oci).hasNsgRule("workers", "10.0.0.0/28", 10250);
 * assertThat(oci).hasNothingLeftIn(compartmentId);
 * assertThat(oci).madeCalls("addNetworkSecurityGroupSecurityRules", 2);
 * }</pre>
 */
public final class OciAssertions {
    private OciAssertions() {}

    /**
     * Assertions on {@code actual}. As with AssertJ's own {@code assertThat}, a null {@code actual}
     * is accepted and every check on it then fails with "Expecting actual not to be null".
     */
    public static FakeOciAssert assertThat(FakeOci actual) {
        return new FakeOciAssert(actual);
    }
}
