package dev.okenet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.oracle.bmc.core.requests.ListVcnsRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@code @FakeOciTest(doors = ...)} runs a class once per door and hands each run its door and the
 * fake's services through it. The classes below are run by a launcher of their own, so the runs
 * can be counted; surefire skips them (nested classes).
 */
class DoorDimensionTest {
    static final List<String> seen = new ArrayList<>();

    @FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
    static class ThroughBothDoors {
        static Door classDoor;
        static OciServices classServices;
        static FakeOci classFake;
        FakeOci oci;
        Door door;
        OciServices services;

        @Test
        void fieldsAreTheRunsDoorAndTheFakesServicesThroughIt() {
            assertThat(services).isEqualTo(door.services(oci));
            assertThat(classDoor).isSameAs(door);
            assertThat(classServices).isEqualTo(door.services(classFake));
            seen.add("fields " + door);
        }

        @Test
        void parametersAgreeWithTheFields(Door parameterDoor, OciServices parameterServices, FakeOci parameterFake) {
            assertThat(parameterDoor).isSameAs(door);
            assertThat(parameterFake).isSameAs(oci);
            assertThat(parameterServices).isEqualTo(services);
            seen.add("parameters " + door);
        }

        @Test
        void writesThroughTheDoorReachTheFake() {
            Fixtures.vcn(services.virtualNetwork(), "a", "10.0.0.0/16");

            assertThat(oci.virtualNetwork().listVcns(ListVcnsRequest.builder().compartmentId(Fixtures.COMPARTMENT).build())
                    .getItems()).hasSize(1);
            assertThat(services.virtualNetwork() == oci.virtualNetwork()).as("the fake's own implementation")
                    .isEqualTo(door == Door.IN_PROCESS);
            seen.add("writes " + door);
        }
    }

    @FakeOciTest
    static class DefaultDoor {
        Door door;

        @Test
        void isInProcess() {
            seen.add("default " + door);
        }
    }

    @FakeOciTest
    static class ConstructorInjection {
        private final Door door;

        ConstructorInjection(Door door) {
            this.door = door;
        }

        @Test
        void getsTheDoor() {
            seen.add("constructor " + door);
        }
    }

    @FakeOciTest(doors = {Door.HTTP, Door.HTTP})
    static class DoorTwice {
        @Test
        void neverRuns() {
            seen.add("twice");
        }
    }

    @FakeOciTest(doors = {})
    static class NoDoor {
        @Test
        void neverRuns() {
            seen.add("none");
        }
    }

    @BeforeEach
    void clear() {
        seen.clear();
    }

    private static TestExecutionSummary run(Class<?> type) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(), listener);
        return listener.getSummary();
    }

    @Test
    void runsEveryTestOncePerDoorInTheGivenOrder() {
        TestExecutionSummary summary = run(ThroughBothDoors.class);

        assertThat(summary.getFailures()).extracting(f -> f.getException().toString()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(6);
        assertThat(seen.stream().filter(s -> s.endsWith(" IN_PROCESS"))).hasSize(3);
        assertThat(seen.stream().filter(s -> s.endsWith(" HTTP"))).hasSize(3);
        assertThat(seen.get(0)).endsWith(" IN_PROCESS");
        assertThat(seen.get(5)).endsWith(" HTTP");
    }

    @Test
    void withoutDoorsTheClassRunsOnceInProcess() {
        TestExecutionSummary summary = run(DefaultDoor.class);

        assertThat(summary.getFailures()).extracting(f -> f.getException().toString()).isEmpty();
        assertThat(seen).containsExactly("default IN_PROCESS");
    }

    @Test
    void aConstructorParameterGetsTheDoor() {
        run(ConstructorInjection.class);

        assertThat(seen).containsExactly("constructor IN_PROCESS");
    }

    @Test
    void aDoorNamedTwiceIsAConfigurationErrorSayingWhich() {
        TestExecutionSummary summary = run(DoorTwice.class);

        assertThat(seen).isEmpty();
        assertThat(summary.getFailures()).singleElement().satisfies(f -> assertThat(f.getException())
                .hasMessageContaining("names HTTP twice"));
    }

    @Test
    void noDoorIsAConfigurationErrorWithTheFix() {
        TestExecutionSummary summary = run(NoDoor.class);

        assertThat(seen).isEmpty();
        assertThat(summary.getFailures()).singleElement().satisfies(f -> assertThat(f.getException())
                .hasMessageContaining("give at least one door"));
    }
}
