package dev.okenet.property;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values of {@code T}, composable and shrinkable: it turns draws from a
 * {@link Source} into a value, so that the simplest draws (zeros) give the simplest value.
 *
 * <p>Build generators from the factories here and combine them with {@link #map}, {@link #filter},
 * {@link #flatMap}, {@link #list}, {@link #optional()} and {@link #zip}; for a value with many
 * parts, write the generator as a lambda that draws each part (it shrinks like any other):
 *
 * <pre>{@code
 * Gen<Integer> prefixes = Gen.ints(16, 30);                         // edge cases 16, 17, 29, 30 first
 * Gen<String> cidrs = Gen.zip(Gen.ints(0, 255), prefixes, (third, p) -> "10.0." + third + ".0/" + p);
 * Gen<List<String>> blocks = cidrs.list(1, 5);
 * Gen<Vcn> vcns = source -> Vcn.of(source.draw(cidrs)).withDnsLabel(source.draw(Gen.of("prod", "x")));
 *
 * Property.forAll(blocks).tries(200).check(b -> assertThat(Vcn.of(b.get(0))).isNotNull());
 * }</pre>
 *
 * <p>Code that already builds its values from a {@link java.util.Random} adopts the library with
 * {@link #fromRandom}: {@code Gen.fromRandom(random -> ModelGenerator.withPlainTexts(random).network())}.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {
    /** {@link #cardinality()} of a generator whose values cannot be counted (or are too many). */
    long UNKNOWN = -1;

    /**
     * One value, from the draws of {@code source}.
     *
     * @param source where the randomness comes from; pass it on to the generators of the parts
     * @return the value
     */
    T generate(Source source);

    /**
     * How many distinct values this generator has, if it is small enough to count and every value
     * is reached by a fixed number of draws; else {@link #UNKNOWN}. A property whose generator has no
     * more values than tries checks each value once instead of drawing at random.
     *
     * @return the number of values, or {@link #UNKNOWN}
     */
    default long cardinality() {
        return UNKNOWN;
    }

    /**
     * This generator's values, transformed. Shrinks as this generator does.
     *
     * <pre>{@code Gen<Port> ports = Gen.ints(1, 65535).map(Port::tcp);}</pre>
     *
     * @param f the transformation
     * @param <R> the new type
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return new Mapped<>(this, f);
    }

    /**
     * A generator chosen by this one's value.
     *
     * <pre>{@code Gen<List<Integer>> lists = Gen.ints(0, 5).flatMap(n -> Gen.ints(0, 9).list(n, n));}</pre>
     *
     * @param f the generator for each value
     * @param <R> the type of the chosen generators
     * @return the combined generator
     */
    default <R> Gen<R> flatMap(Function<? super T, Gen<? extends R>> f) {
        return source -> source.draw(f.apply(source.draw(this)));
    }

    /**
     * Only the values that satisfy {@code predicate}: each rejected value is drawn again, up to
     * {@value Filtered#MAX_REJECTIONS} times in a row, after which generation fails with a
     * {@link GenerationException} naming the last rejected value. Prefer building valid values by
     * construction; filter away only a small share.
     *
     * <pre>{@code Gen<Integer> odd = Gen.ints(0, 100).filter(n -> n % 2 == 1);}</pre>
     *
     * @param predicate what a value must satisfy
     * @return the filtered generator
     */
    default Gen<T> filter(Predicate<? super T> predicate) {
        return new Filtered<>(this, predicate);
    }

    /**
     * Lists of {@code minSize} to {@code maxSize} values of this generator, the size uniform; shrinks
     * by removing elements and shrinking those left. Edge cases: the smallest two sizes.
     *
     * <pre>{@code Gen<List<String>> labels = Gen.of("a", "b").list(0, 3);}</pre>
     *
     * @param minSize the fewest elements
     * @param maxSize the most elements
     * @return the list generator
     */
    default Gen<List<T>> list(int minSize, int maxSize) {
        return new ListGen<>(this, minSize, maxSize);
    }

    /**
     * This generator's values, or {@link Optional#empty()} one time in twenty (which is the
     * shrink target).
     *
     * @return the optional generator
     */
    default Gen<Optional<T>> optional() {
        return optional(0.05);
    }

    /**
     * This generator's values, or {@link Optional#empty()} with the given probability.
     *
     * @param emptyProbability the share of empty values, in {@code [0, 1]}
     * @return the optional generator
     */
    default Gen<Optional<T>> optional(double emptyProbability) {
        Gen<Boolean> present = chance(1 - emptyProbability);
        return source -> source.draw(present) ? Optional.of(source.draw(this)) : Optional.empty();
    }

    /**
     * This generator's values, or {@code null} with the given probability (the shrink target).
     *
     * @param nullProbability the share of nulls, in {@code [0, 1]}
     * @return the generator that may give null
     */
    default Gen<T> orNull(double nullProbability) {
        Gen<Boolean> present = chance(1 - nullProbability);
        return source -> source.draw(present) ? source.draw(this) : null;
    }

    /**
     * {@code int}s in {@code [min, max]}, edge cases first; shrink toward 0, or the bound nearest it.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     */
    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /**
     * {@code long}s in {@code [min, max]}, edge cases first (both ends, one in from each, and -2..2
     * inside the range); shrink toward 0, or the bound nearest it.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     */
    static Gen<Long> longs(long min, long max) {
        return new LongRange(min, max);
    }

    /**
     * Any {@code long}, edge cases ({@code 0, ±1, ±2} and the extremes) first.
     *
     * @return the generator
     */
    static Gen<Long> longs() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * {@code double}s in {@code [min, max]} on a grid of 2<sup>53</sup> steps; edge cases both ends
     * and one step in from each; shrink toward {@code min}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     */
    static Gen<Double> doubles(double min, double max) {
        if (!(min <= max) || Double.isInfinite(max - min)) {
            throw new IllegalArgumentException("Gen.doubles(" + min + ", " + max + ") needs finite bounds with min <= max.");
        }
        long steps = 1L << 53;
        return longs(0, steps).map(step -> step == steps ? max : min + (max - min) * ((double) step / steps));
    }

    /**
     * {@code false} or {@code true}, shrinking to {@code false}.
     *
     * @return the generator
     */
    static Gen<Boolean> booleans() {
        return of(false, true);
    }

    /**
     * {@code true} with the given probability; shrinks to {@code false}. Has no edge cases, so the
     * probability holds in every phase of a run.
     *
     * @param probability the share of {@code true}, in {@code [0, 1]}
     * @return the generator
     */
    static Gen<Boolean> chance(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("Gen.chance(" + probability + ") needs a probability in [0, 1].");
        }
        long threshold = Math.round(probability * 1_000_000);
        return source -> source.choose(999_999) >= 1_000_000 - threshold;
    }

    /**
     * Always {@code value}.
     *
     * @param value the value
     * @param <T> its type
     * @return the generator
     */
    static <T> Gen<T> constant(T value) {
        return new Choice<>(List.of(value));
    }

    /**
     * One of the given values, evenly; shrinks toward the first. Edge cases: the first and the last.
     *
     * @param values the values, at least one
     * @param <T> their type
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    /**
     * One of the given values, evenly; shrinks toward the first. Edge cases: the first and the last.
     *
     * @param values the values, at least one
     * @param <T> their type
     * @return the generator
     */
    static <T> Gen<T> of(List<? extends T> values) {
        return new Choice<>(values);
    }

    /**
     * One of the constants of an enum, evenly; shrinks toward the first declared.
     *
     * @param type the enum
     * @param <E> its type
     * @return the generator
     */
    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /**
     * A value of one of the given generators, each chosen evenly; shrinks toward the first.
     *
     * @param gens the generators, at least one
     * @param <T> the common type
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return oneOf(Arrays.asList(gens));
    }

    /**
     * A value of one of the given generators, each chosen evenly; shrinks toward the first.
     *
     * @param gens the generators, at least one
     * @param <T> the common type
     * @return the generator
     */
    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
        Gen<Gen<? extends T>> chosen = of(gens);
        return source -> source.draw(source.draw(chosen));
    }

    /**
     * A value of one of the given generators, each chosen in proportion to its weight; shrinks
     * toward the first.
     *
     * <pre>{@code Gen<String> cidrs = Gen.frequency(Gen.weighted(5, near), Gen.weighted(1, anywhere));}</pre>
     *
     * @param options the weighted generators, at least one
     * @param <T> the common type
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... options) {
        return new Frequency<>(List.of(options));
    }

    /**
     * A generator with a weight, for {@link #frequency}.
     *
     * @param weight how often, relative to the others; positive
     * @param gen the generator
     * @param <T> its type
     * @return the pair
     */
    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * Two generators' values, combined.
     *
     * @param a the first generator
     * @param b the second generator
     * @param combine how to combine their values
     * @param <A> the first type
     * @param <B> the second type
     * @param <R> the combined type
     * @return the generator
     */
    static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combine) {
        return new Zip<>(List.of(a, b), parts -> {
            @SuppressWarnings("unchecked") A first = (A) parts[0];
            @SuppressWarnings("unchecked") B second = (B) parts[1];
            return combine.apply(first, second);
        });
    }

    /**
     * Three generators' values, combined.
     *
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param combine how to combine their values
     * @param <A> the first type
     * @param <B> the second type
     * @param <C> the third type
     * @param <R> the combined type
     * @return the generator
     */
    static <A, B, C, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Combine3<? super A, ? super B, ? super C, ? extends R> combine) {
        return new Zip<>(List.of(a, b, c), parts -> {
            @SuppressWarnings("unchecked") A first = (A) parts[0];
            @SuppressWarnings("unchecked") B second = (B) parts[1];
            @SuppressWarnings("unchecked") C third = (C) parts[2];
            return combine.apply(first, second, third);
        });
    }

    /**
     * Strings of {@code minLength} to {@code maxLength} characters taken from {@code alphabet};
     * shrink toward shorter strings of its first character.
     *
     * @param alphabet the characters to use, at least one
     * @param minLength the shortest length
     * @param maxLength the longest length
     * @return the generator
     */
    static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        return of(chars).list(minLength, maxLength).map(Gen::join);
    }

    /**
     * Strings of {@code minLength} to {@code maxLength} characters of the Basic Multilingual Plane,
     * surrogates excepted (so every string is well-formed UTF-16); shrink toward shorter strings of
     * {@code '\u0000'}.
     *
     * @param minLength the shortest length
     * @param maxLength the longest length
     * @return the generator
     */
    static Gen<String> strings(int minLength, int maxLength) {
        int surrogates = Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1;
        Gen<Character> chars = ints(0, Character.MAX_VALUE - surrogates)
                .map(i -> (char) (i < Character.MIN_SURROGATE ? i : i + surrogates));
        return chars.list(minLength, maxLength).map(Gen::join);
    }

    /**
     * Values built from a {@link Random} whose bits are draws, so they replay and shrink (toward the
     * values an all-zero {@code Random} gives: {@code nextInt(n) == 0}, {@code nextBoolean() == false}).
     * The way in for generators already written against {@code java.util.Random}; such draws have no
     * edge cases. Call the {@code Random} only inside {@code build}.
     *
     * <pre>{@code Gen<OkeNetwork> networks = Gen.fromRandom(random -> ModelGenerator.withPlainTexts(random).network());}</pre>
     *
     * @param build builds one value from the given random
     * @param <T> the type built
     * @return the generator
     */
    static <T> Gen<T> fromRandom(Function<Random, ? extends T> build) {
        Objects.requireNonNull(build, "build");
        return source -> build.apply(new DrawnRandom(source));
    }

    private static String join(List<Character> chars) {
        StringBuilder text = new StringBuilder(chars.size());
        chars.forEach(text::append);
        return text.toString();
    }

    /**
     * A function of three values, for {@link #zip(Gen, Gen, Gen, Combine3)}.
     *
     * @param <A> the first type
     * @param <B> the second type
     * @param <C> the third type
     * @param <R> the result type
     */
    @FunctionalInterface
    interface Combine3<A, B, C, R> {
        /**
         * Combines three values.
         *
         * @param a the first
         * @param b the second
         * @param c the third
         * @return the combination
         */
        R apply(A a, B b, C c);
    }

    /**
     * A generator and how often {@link #frequency} picks it, relative to the others.
     *
     * @param weight the relative weight, positive
     * @param gen the generator
     * @param <T> its type
     */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        /** Checks the weight. */
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("Gen.weighted(" + weight + ", ..): a weight must be positive.");
            }
            Objects.requireNonNull(gen, "gen");
        }
    }
}
