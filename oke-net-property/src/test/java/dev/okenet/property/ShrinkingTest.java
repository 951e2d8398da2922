package dev.okenet.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Shrinking finds the minimal counterexample of properties whose minimal counterexample is known. */
class ShrinkingTest {

    private static Object smallestCounterexample(Property<?> property, Property.Check<Object> check) {
        @SuppressWarnings("unchecked")
        Property<Object> p = (Property<Object>) property;
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> p.seed(7).named("ShrinkingTest (fails on purpose)").check(check));
        assertThat(failure).as("the property should have failed").isNotNull();
        return failure.smallest();
    }

    @Test
    void anIntegerShrinksToTheSmallestThatBreaksAnUpperBound() {
        Object smallest = smallestCounterexample(Property.forAll(Gen.ints(0, 1_000_000)).tries(200),
                x -> assertThat((Integer) x).isLessThan(500));

        assertThat(smallest).isEqualTo(500);
    }

    @Test
    void aNegativeIntegerShrinksTowardZeroToTheBoundItBreaks() {
        Object smallest = smallestCounterexample(Property.forAll(Gen.ints(-1000, 1000)).tries(500),
                x -> assertThat((Integer) x).isGreaterThan(-300));

        assertThat(smallest).isEqualTo(-300);
    }

    @Test
    void anIntegerInARangeAboveZeroShrinksTowardItsLowerBound() {
        Object smallest = smallestCounterexample(Property.forAll(Gen.ints(100, 200)).tries(100), x -> {
            throw new AssertionError("always");
        });

        assertThat(smallest).isEqualTo(100);
    }

    @Test
    void aListShrinksToTheOneElementThatBreaksTheProperty() {
        Object smallest = smallestCounterexample(Property.forAll(Gen.ints(0, 100).list(0, 20)).tries(200),
                list -> assertThat((List<?>) list).allMatch(x -> (Integer) x < 50));

        assertThat(smallest).isEqualTo(List.of(50));
    }

    @Test
    void aListShrinksToTheShortestLengthThatBreaksTheProperty() {
        Object smallest = smallestCounterexample(Property.forAll(Gen.ints(0, 100).list(0, 20)).tries(200),
                list -> assertThat((List<?>) list).hasSizeLessThan(3));

        assertThat(smallest).isEqualTo(List.of(0, 0, 0));
    }

    @Test
    void eachPartOfACombinedValueShrinksOnItsOwn() {
        record Pair(int a, int b) {}
        Object smallest = smallestCounterexample(Property.forAll(Gen.zip(Gen.ints(0, 100), Gen.ints(0, 100), Pair::new)).tries(500),
                p -> assertThat(((Pair) p).a() < 10 || ((Pair) p).b() < 20).isTrue());

        assertThat(smallest).isEqualTo(new Pair(10, 20));
    }

    @Test
    void anOptionalShrinksToEmpty() {
        Object smallest = smallestCounterexample(Property.forAll(Gen.ints(0, 10).optional()).tries(10), o -> {
            throw new AssertionError("always");
        });

        assertThat(smallest).isEqualTo(Optional.empty());
    }

    @Test
    void aGeneratorWrittenAgainstJavaUtilRandomShrinksToo() {
        Object smallest = smallestCounterexample(Property.forAll(Gen.fromRandom(r -> r.nextInt(1000))).tries(200),
                x -> assertThat((Integer) x).isLessThan(100));

        assertThat(smallest).isEqualTo(100);
    }

    @Test
    void shrinkingKeepsToTheSameKindOfFailure() {
        // The first failure is 999,999 (an edge case); bisecting from it meets 499,999, a different bug, which must not be taken.
        Object smallest = smallestCounterexample(Property.forAll(Gen.ints(0, 1_000_000)).tries(300), x -> {
            if ((Integer) x >= 400_000 && (Integer) x < 600_000) {
                throw new IllegalStateException("a different bug");
            }
            if ((Integer) x >= 700_000) {
                throw new AssertionError("the bug found first");
            }
        });

        assertThat(smallest).isEqualTo(700_000);
    }

    @Test
    void theFailureCarriesTheSmallestCasesOwnErrorAsItsCause() {
        assertThatThrownBy(() -> Property.forAll(Gen.ints(0, 1000)).seed(3).named("ShrinkingTest (fails on purpose)")
                .check(x -> assertThat(x).isLessThan(10)))
                .isInstanceOf(PropertyFailure.class)
                .hasMessageContaining("Smallest failing value")
                .cause().hasMessageContaining("10");
    }
}
