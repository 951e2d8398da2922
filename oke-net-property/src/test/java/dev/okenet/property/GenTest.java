package dev.okenet.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What each generator produces; the generators check themselves with properties where they can. */
class GenTest {

    private static <T> List<T> sample(Gen<T> gen, int count) {
        SplittableRandom random = new SplittableRandom(11);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(gen.generate(Source.random(random.split(), Runner.EDGE_RATE)));
        }
        return values;
    }

    @Test
    void aRangesDrawsAndValuesAreInverse() {
        record Case(long a, long b, long value) {}
        Gen<Case> cases = source -> {
            long a = source.draw(Gen.longs());
            long b = source.draw(Gen.longs());
            long lo = Math.min(a, b);
            long hi = Math.max(a, b);
            return new Case(lo, hi, source.draw(Gen.longs(lo, hi)));
        };

        Property.forAll(cases).tries(2000).check(c -> {
            LongRange range = new LongRange(c.a(), c.b());
            assertThat(range.valueOf(range.drawOf(c.value()))).isEqualTo(c.value());
        });
    }

    @Test
    void valuesStayInsideTheirRange() {
        record Case(int lo, int hi, int value) {}
        Gen<Case> cases = source -> {
            int lo = source.draw(Gen.ints(-70, 30));
            int hi = lo + source.draw(Gen.ints(0, 40));
            return new Case(lo, hi, source.draw(Gen.ints(lo, hi)));
        };

        Property.forAll(cases).tries(500).check(c -> assertThat(c.value()).isBetween(c.lo(), c.hi()));
        assertThat(sample(Gen.ints(-5, 5), 500)).allMatch(v -> v >= -5 && v <= 5).contains(-5, 5);
        assertThat(sample(Gen.doubles(0, 1), 500)).allMatch(v -> v >= 0 && v <= 1);
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThatThrownBy(() -> Gen.ints(5, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5, 4] is empty");
    }

    @Test
    void choicesCoverEveryValue() {
        assertThat(sample(Gen.of("a", "b", "c"), 200)).containsOnly("a", "b", "c").contains("a", "b", "c");
    }

    @Test
    void weightsSetHowOftenEachGeneratorIsPicked() {
        List<String> values = sample(Gen.frequency(Gen.weighted(1, Gen.constant("rare")), Gen.weighted(9, Gen.constant("common"))), 2000);

        assertThat(values.stream().filter("common"::equals).count()).isBetween(1700L, 1900L);
    }

    @Test
    void chanceHoldsItsProbability() {
        assertThat(sample(Gen.chance(0.03), 10_000).stream().filter(b -> b).count()).isBetween(220L, 380L);
    }

    @Test
    void listsRespectTheirSizes() {
        assertThat(sample(Gen.ints(0, 9).list(2, 5), 500)).allMatch(l -> l.size() >= 2 && l.size() <= 5)
                .anyMatch(l -> l.size() == 2).anyMatch(l -> l.size() == 5);
    }

    @Test
    void optionalsAreSometimesEmpty() {
        List<Optional<Integer>> values = sample(Gen.ints(0, 9).optional(0.5), 200);

        assertThat(values).contains(Optional.empty()).anyMatch(Optional::isPresent);
    }

    @Test
    void anyBmpStringIsWellFormedUtf16() {
        assertThat(sample(Gen.strings(0, 40), 300)).allMatch(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    }

    @Test
    void stringsUseOnlyTheirAlphabet() {
        assertThat(sample(Gen.strings("ab/", 0, 10), 300)).allMatch(s -> s.matches("[ab/]*"));
    }

    @Test
    void countableGeneratorsKnowHowManyValuesTheyHave() {
        assertThat(Gen.ints(8, 28).cardinality()).isEqualTo(21);
        assertThat(Gen.zip(Gen.booleans(), Gen.of("x", "y", "z"), (a, b) -> a + b).cardinality()).isEqualTo(6);
        assertThat(Gen.ints(0, 3).filter(n -> n > 0).cardinality()).isEqualTo(Gen.UNKNOWN);
        assertThat(Gen.longs().cardinality()).isEqualTo(Gen.UNKNOWN);
    }

    @Test
    void aDrawnRandomTakesItsBitsFromTheDraws() {
        Source source = Source.replay(new long[] {5});

        int value = Gen.fromRandom(r -> r.nextInt(100)).generate(source);

        assertThat(value).isEqualTo(5);
        assertThat(source.recorded()).containsExactly(5);
    }
}
