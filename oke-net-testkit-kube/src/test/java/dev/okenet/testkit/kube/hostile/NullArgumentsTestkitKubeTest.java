package dev.okenet.testkit.kube.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.property.NullArgumentProbe;
import dev.okenet.testkit.kube.ClusterReachability;
import dev.okenet.testkit.kube.SimulatedCluster;
import dev.okenet.testkit.kube.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A null in any parameter of any public constructor or method of oke-net-testkit-kube (the
 * simulated CCM, the simulated cluster and its reachability, pod scheduling, their results; found
 * by reflection, the other arguments valid) is refused with an {@link IllegalArgumentException}
 * naming the member, the parameter and the fix. See {@link NullArgumentProbe} for the judge.
 *
 * <p>Nothing is left out: the JUnit plumbing ({@code SimulatedClusterExtension}) is package-private,
 * {@code @SimulatedClusterTest} has no method with a parameter, and {@code ClusterSeed} and the
 * {@code ClusterReachability.From}/{@code To} steps are functional interfaces users implement or
 * call through {@code from(..)} (whose lambdas check their arguments too).
 */
class NullArgumentsTestkitKubeTest {
    /** No parameter of this module gives null a meaning. */
    static final Map<String, String> DOCUMENTED_NULLS = Map.of();
    /** Every member can be called with valid arguments here. */
    static final Map<String, String> NO_VALID_CALL = Map.of();

    @Test
    void everyPublicMemberRefusesNullWithAMessageNamingTheArgument() throws Exception {
        List<Class<?>> kube = NullArgumentProbe.publicClasses(SimulatedCluster.class);
        NullArgumentProbe.Outcome outcome;
        try (KubeSamples samples = new KubeSamples()) {
            outcome = NullArgumentProbe.probe(kube, samples, DOCUMENTED_NULLS, NO_VALID_CALL);
        }

        System.out.println("null-argument probes on the testkit-kube: " + outcome.probes() + " over " + kube.size() + " classes");
        assertThat(outcome.unexercised()).as("members the probe could not call with valid arguments").isEmpty();
        assertThat(outcome.problems()).as("null arguments handled badly").isEmpty();
        assertThat(outcome.probes()).isGreaterThan(50);
    }

    /** The probe skips functional interfaces; the steps {@code from(..)} returns check their arguments all the same. */
    @Test
    void theReachabilityStepsRefuseNullNamingTheArgument() {
        try (KubeSamples samples = new KubeSamples()) {
            ClusterReachability.From from = samples.reachability().from(Target.pod("shop", "web-0"));

            assertThatThrownBy(() -> from.to(null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("ClusterReachability.From.to(destination) is null.");
            assertThatThrownBy(() -> from.to(Target.service("shop", "web")).on(null, 80)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("ClusterReachability.To.on(protocol, port): protocol is null.");
        }
    }
}
