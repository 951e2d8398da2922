package dev.okenet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.VirtualClock;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@FakeOciTest(clock = VirtualClock.Mode.MANUAL)
class FakeOciTestAnnotationTest {
    static FakeOci shared;
    private static final Set<FakeOci> perTestInstances = new HashSet<>();

    FakeOci perTest;

    @Test
    void injectsAFreshInstanceFieldPerTest() {
        perTestInstances.add(perTest);
        assertThat(perTest).isNotNull().isNotSameAs(shared);
    }

    @Test
    void anotherTestGetsAnotherInstance() {
        perTestInstances.add(perTest);
        Fixtures.vcn(perTest.virtualNetwork(), "a", "10.0.0.0/16");
        assertThat(perTest.calls().size()).isEqualTo(1);
    }

    @Test
    void parameterIsTheSameInstanceAsTheField(FakeOci parameter) {
        assertThat(parameter).isSameAs(perTest);
    }

    @Test
    void optionsComeFromTheAnnotation() {
        assertThat(perTest.clock().mode()).isEqualTo(VirtualClock.Mode.MANUAL);
        assertThat(shared.clock().mode()).isEqualTo(VirtualClock.Mode.MANUAL);
    }

    @AfterAll
    static void everyTestHadItsOwnFake() {
        assertThat(perTestInstances).hasSize(2);
    }
}
