package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.OciAssertions;
import dev.okenet.testkit.SimulatedCrash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The provider "dies" right after the k-th mutating call of an apply (or a destroy) took effect in
 * FakeOci, for every k of a fresh run, on both reference networks with every kind the provider
 * manages (cluster, node pools and ingress NLBs included). A fresh provider, with no memory of
 * the dead one, must reach exactly what a clean run reaches: the same resources with the same
 * content, no key owned twice, nothing left over.
 */
class CrashSweepTest {

  /** The mutating calls of a clean apply, and what the compartment holds after it. */
  private static CleanRun cleanApply(ResolvedNetwork net) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).build();
      ApplyResult applied = provider.apply(provider.plan(net));
      assertThat(applied.isSuccess()).as("clean apply of %s: %s", net.name(), applied).isTrue();
      return new CleanRun(fake.calls().mutatingCount(), CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT));
    }
  }

  private static int mutatingCallsOfACleanDestroy(ResolvedNetwork net) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).build();
      provider.apply(provider.plan(net));
      fake.calls().clear();
      ApplyResult destroyed = FakeOciProviders.reliabilityBuilder(fake).build().destroy(net);
      assertThat(destroyed.isSuccess()).as("clean destroy of %s: %s", net.name(), destroyed).isTrue();
      return fake.calls().mutatingCount();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.okenet.reliability.ReferenceNets#both")
  void aFreshProviderReachesTheCleanApplyAfterACrashAtEveryMutatingCall(String name, ResolvedNetwork net) {
    CleanRun clean = cleanApply(net);
    assertThat(clean.mutatingCalls()).as("mutating calls of a clean apply of %s", name).isGreaterThan(20);
    for (int k = 1; k <= clean.mutatingCalls(); k++) {
      try (FakeOci fake = FakeOci.create()) {
        fake.faults().crashAfterMutatingCalls(k);
        OciNetworkProvider doomed = FakeOciProviders.reliabilityBuilder(fake).build();
        ApplyResult crashed = doomed.apply(doomed.plan(net));
        assertThat(fake.faults().crashed()).as("%s: the crash after call %d happened", name, k).isTrue();
        assertThat(crashed.failed()).as("%s: crash after call %d", name, k)
            .anySatisfy(f -> assertThat(f.serviceCode()).isEqualTo(SimulatedCrash.class.getSimpleName()));
        fake.faults().clear();

        OciNetworkProvider fresh = FakeOciProviders.reliabilityBuilder(fake).build();
        ApplyResult recovered = fresh.apply(fresh.plan(net));

        assertThat(recovered.isSuccess()).as("%s: recovery after a crash after call %d: %s", name, k, recovered).isTrue();
        assertThat(FakeOciProviders.reliabilityBuilder(fake).build().plan(net).isEmpty()).as("%s: nothing left to do after a crash after call %d", name, k).isTrue();
        CloudSnapshot after = CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT);
        assertThat(after.duplicateKeysOf(net.name())).as("%s: keys owned twice after a crash after call %d", name, k).isEmpty();
        assertThat(after.signatures()).as("%s: resources after a crash after call %d", name, k)
            .containsExactlyElementsOf(clean.snapshot().signatures());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.okenet.reliability.ReferenceNets#both")
  void aFreshDestroyLeavesNothingAfterADestroyCrashedAtEveryMutatingCall(String name, ResolvedNetwork net) {
    int total = mutatingCallsOfACleanDestroy(net);
    assertThat(total).as("mutating calls of a clean destroy of %s", name).isGreaterThan(15);
    for (int k = 1; k <= total; k++) {
      try (FakeOci fake = FakeOci.create()) {
        OciNetworkProvider creator = FakeOciProviders.reliabilityBuilder(fake).build();
        assertThat(creator.apply(creator.plan(net)).isSuccess()).isTrue();
        fake.faults().crashAfterMutatingCalls(k);
        FakeOciProviders.reliabilityBuilder(fake).build().destroy(net);
        assertThat(fake.faults().crashed()).as("%s: the crash after destroy call %d happened", name, k).isTrue();
        fake.faults().clear();

        ApplyResult destroyed = FakeOciProviders.reliabilityBuilder(fake).build().destroy(net);

        assertThat(destroyed.isSuccess()).as("%s: destroy after a crash after call %d: %s", name, k, destroyed).isTrue();
        OciAssertions.assertThat(fake).hasNothingLeftIn(ReferenceNets.COMPARTMENT);
        assertThat(FakeOciProviders.reliabilityBuilder(fake).build().planDestroy(net).isEmpty()).as("%s: nothing to destroy after call %d", name, k).isTrue();
      }
    }
  }

  private record CleanRun(int mutatingCalls, CloudSnapshot snapshot) {
  }
}
