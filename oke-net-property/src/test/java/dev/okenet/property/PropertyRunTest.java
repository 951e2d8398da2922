package dev.okenet.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a property runs: seeds, case counts, edge cases first, exhaustive runs, what it prints. */
class PropertyRunTest {

    private static <T> List<T> valuesChecked(Property<T> property) {
        List<T> seen = new ArrayList<>();
        property.check(seen::add);
        return seen;
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        Gen<List<Integer>> gen = Gen.ints(-50, 5000).list(0, 8);

        assertThat(valuesChecked(Property.forAll(gen).tries(300).seed(42)))
                .isEqualTo(valuesChecked(Property.forAll(gen).tries(300).seed(42)));
    }

    @Test
    void anotherSeedGivesOtherCases() {
        Gen<Long> gen = Gen.longs();

        assertThat(valuesChecked(Property.forAll(gen).tries(100).seed(1)))
                .isNotEqualTo(valuesChecked(Property.forAll(gen).tries(100).seed(2)));
    }

    @Test
    void theSeedSystemPropertyReplaysARunWhateverSeedTheCodeFixed() {
        Gen<Integer> gen = Gen.ints(0, 1_000_000);
        List<Integer> original = valuesChecked(Property.forAll(gen).tries(50).seed(99));
        String before = System.getProperty(Property.SEED_PROPERTY);
        System.setProperty(Property.SEED_PROPERTY, "99");
        try {
            assertThat(valuesChecked(Property.forAll(gen).tries(50).seed(5))).isEqualTo(original);
        } finally {
            if (before == null) {
                System.clearProperty(Property.SEED_PROPERTY);
            } else {
                System.setProperty(Property.SEED_PROPERTY, before);
            }
        }
    }

    @Test
    void aSeedThatIsNotANumberIsRefusedWithTheFix() {
        String before = System.getProperty(Property.SEED_PROPERTY);
        System.setProperty(Property.SEED_PROPERTY, "abc");
        try {
            assertThatThrownBy(() -> Property.forAll(Gen.ints(0, 1)).check(x -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-Dokenet.seed=42");
        } finally {
            if (before == null) {
                System.clearProperty(Property.SEED_PROPERTY);
            } else {
                System.setProperty(Property.SEED_PROPERTY, before);
            }
        }
    }

    @Test
    void runsExactlyTheNumberOfTries() {
        assertThat(valuesChecked(Property.forAll(Gen.ints(0, 1_000_000)).tries(345))).hasSize(345);
    }

    @Test
    void aRangeEndsAndTheirNeighboursComeFirst() {
        List<Integer> values = valuesChecked(Property.forAll(Gen.ints(3, 9000)).tries(100).seed(1));

        assertThat(values.subList(0, 4)).containsExactly(3, 4, 8999, 9000);
    }

    @Test
    void edgeCasesOfSeveralGeneratorsComeFirstInEveryCombination() {
        record Pair(int a, boolean b) {}
        List<Pair> values = valuesChecked(Property.forAll(Gen.zip(Gen.ints(10, 2000), Gen.booleans(), Pair::new)).tries(100).seed(1));

        assertThat(values.subList(0, 8)).containsExactlyInAnyOrder(new Pair(10, false), new Pair(11, false), new Pair(1999, false),
                new Pair(2000, false), new Pair(10, true), new Pair(11, true), new Pair(1999, true), new Pair(2000, true));
    }

    @Test
    void aListsEdgeCasesAreTheEmptyListAndOneElementListsOfTheElementsEdgeCases() {
        List<String> values = valuesChecked(Property.forAll(Gen.strings("abc", 0, 30)).tries(100).seed(1));

        assertThat(values.subList(0, 3)).containsExactly("", "a", "c");
    }

    @Test
    void aLongsEdgeCasesAreZeroOneTwoAndTheExtremes() {
        List<Long> values = valuesChecked(Property.forAll(Gen.longs()).tries(100).seed(1));

        assertThat(values.subList(0, 9)).containsExactly(0L, 1L, -1L, 2L, -2L, Long.MIN_VALUE, Long.MIN_VALUE + 1,
                Long.MAX_VALUE - 1, Long.MAX_VALUE);
    }

    @Test
    void aGeneratorWrittenAgainstJavaUtilRandomHasNoEdgeCasePhase() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        List<Integer> values;
        try {
            values = valuesChecked(Property.forAll(Gen.fromRandom(r -> r.nextInt(1_000_000))).tries(40).seed(3));
        } finally {
            System.setOut(stdout);
        }

        assertThat(values).hasSize(40);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("40 cases passed (0 edge cases first)");
    }

    @Test
    void edgeCasesCanBeSwitchedOff() {
        List<Integer> values = valuesChecked(Property.forAll(Gen.ints(0, 1_000_000)).tries(20).edgeCases(0).seed(1));

        assertThat(values.get(0)).isNotZero();
    }

    @Test
    void aGeneratorWithNoMoreValuesThanTriesIsCheckedExhaustively() {
        List<Integer> values = valuesChecked(Property.forAll(Gen.ints(8, 28)).tries(1000));

        assertThat(values).hasSize(21).doesNotHaveDuplicates().allMatch(v -> v >= 8 && v <= 28);
    }

    @Test
    void combinedSmallGeneratorsAreCheckedExhaustively() {
        record Pair(int a, String b) {}
        List<Pair> values = valuesChecked(Property.forAll(Gen.zip(Gen.ints(0, 1), Gen.of("x", "y", "z"), Pair::new)).tries(50));

        assertThat(values).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void everyRunPrintsTheNameTheCasesAndTheSeed() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Property.forAll(Gen.ints(0, 1_000_000)).tries(30).seed(1234).check(x -> { });
        } finally {
            System.setOut(stdout);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("PropertyRunTest.everyRunPrintsTheNameTheCasesAndTheSeed: 30 cases passed")
                .contains("seed 1234 (replay: -Dokenet.seed=1234)");
    }

    @Test
    void aFailureNamesThePropertyTheSeedAndTheReplayFlag() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> Property.forAll(Gen.ints(0, 1000)).seed(77).check(x -> assertThat(x).isLessThan(10)));

        assertThat(failure.seed()).isEqualTo(77);
        assertThat(failure).hasMessageContaining("PropertyRunTest.aFailureNamesThePropertyTheSeedAndTheReplayFlag")
                .hasMessageContaining("seed 77").hasMessageContaining("-Dokenet.seed=77").hasMessageContaining("First failing value");
    }

    @Test
    void aFilterThatRejectsEverythingFailsWithAClearError() {
        assertThatThrownBy(() -> Property.forAll(Gen.ints(0, 9).filter(n -> n > 100)).seed(1).check(x -> { }))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("seed 1")
                .hasMessageContaining("Gen.filter rejected 100 values in a row")
                .hasMessageContaining("by construction");
    }

    @Test
    void aGeneratorThatThrowsIsReportedAsAGeneratorError() {
        assertThatThrownBy(() -> Property.forAll(Gen.ints(0, 9).map(n -> {
            throw new IllegalArgumentException("bad " + n);
        })).seed(1).check(x -> { })).isInstanceOf(GenerationException.class).hasMessageContaining("the generator threw")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }
}
