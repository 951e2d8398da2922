package dev.okenet.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.property.NullArgumentProbe;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.FakeOciServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A null in any parameter of any public constructor or method of oke-net-testkit (the fake, its
 * clock, faults and call log, the assertions, the HTTP server and clients, the JUnit extension;
 * found by reflection, the other arguments valid) is refused with an {@link IllegalArgumentException}
 * naming the member, the parameter and the fix. See {@link NullArgumentProbe} for the judge.
 */
class NullArgumentsTestkitTest {
    /** Parameters whose Javadoc says what null means; the probe lets these accept it. */
    static final Map<String, String> DOCUMENTED_NULLS = Map.of(
            "ApiCall.new:kind", "null for an operation on no resource kind, e.g. listServices",
            "ApiCall.new:resourceId", "null when the call named or created no resource",
            "ApiCall.new:displayName", "null when the request's details had no display name",
            "ApiCall.new:serviceCode", "null on success",
            "OciAssertions.assertThat:actual", "as with AssertJ's own assertThat: every check on a null fake fails with"
                    + " \"Expecting actual not to be null\"");

    /**
     * Members probed without first proving an all-valid call: each needs a JUnit engine's
     * ExtensionContext (its store, its test class or instances), which no test can make. Their null
     * arguments must still be refused first, with the parameter named.
     */
    static final Map<String, String> NO_VALID_CALL = Map.of(
            "FakeOciExtension.beforeAll", "reads the test class and its store from JUnit's ExtensionContext",
            "FakeOciExtension.beforeClassTemplateInvocation", "reads the test class and its store from JUnit's ExtensionContext",
            "FakeOciExtension.beforeEach", "reads the test instances and their store from JUnit's ExtensionContext",
            "FakeOciExtension.resolveParameter", "finds the fake in JUnit's ExtensionContext store",
            "FakeOciExtension.supportsClassTemplate", "reads the test class from JUnit's ExtensionContext",
            "FakeOciExtension.provideClassTemplateInvocationContexts", "reads the test class from JUnit's ExtensionContext");

    @Test
    void everyPublicMemberRefusesNullWithAMessageNamingTheArgument() throws Exception {
        List<Class<?>> testkit = NullArgumentProbe.publicClasses(FakeOci.class);
        NullArgumentProbe.Outcome outcome;
        try (TestkitSamples samples = new TestkitSamples()) {
            outcome = NullArgumentProbe.probe(testkit, samples, DOCUMENTED_NULLS, NO_VALID_CALL);
        }

        System.out.println("null-argument probes on the testkit: " + outcome.probes() + " over " + testkit.size() + " classes");
        assertThat(outcome.unexercised()).as("members the probe could not call with valid arguments").isEmpty();
        assertThat(outcome.problems()).as("null arguments handled badly").isEmpty();
        assertThat(outcome.probes()).isGreaterThan(100);
    }

    @Test
    void aRefusalNamesTheMemberTheArgumentAndTheFix() {
        assertThatThrownBy(() -> FakeOciServer.builder().issuedKey(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FakeOciServer.Builder.issuedKey(key) is null. Give the key the server issues, e.g. ApiKey.generate().");
    }
}
