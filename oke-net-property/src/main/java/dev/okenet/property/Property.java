package dev.okenet.property;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A property: a check that must hold for every value of a generator, run on a number of seeded
 * cases inside an ordinary JUnit test.
 *
 * <pre>{@code
 * @Test
 * void aSubnetHandsOutItsSizeMinusThreeAddresses() {
 *     Property.forAll(Gen.ints(22, 30)).tries(50).check(prefix -> {
 *         AddressPool pool = ...;
 *         assertThat(pool.free()).isEqualTo((1 << (32 - prefix)) - 3);
 *     });
 * }
 * }</pre>
 *
 * <p>How a run goes:
 * <ol>
 *   <li>If the generator has no more values than tries ({@link Gen#cardinality()}), each value is
 *       checked once, simplest first, and the run is exhaustive.</li>
 *   <li>Otherwise edge cases come first: combinations of the generators' edge cases (range ends,
 *       first and last choices, the shortest lists), the all-simplest value first, at most a fifth
 *       of the tries ({@link #edgeCases(int)}); a generator that names none ({@link Gen#fromRandom})
 *       has none. Then random cases, in which edge cases still turn up now and then.</li>
 *   <li>The first failing case is shrunk ({@link #shrinkRuns(int)}), and the test fails with a
 *       {@link PropertyFailure} showing the seed, the smallest failing value and the original one.</li>
 * </ol>
 *
 * <p>Seeds: every run prints one line with the property's name, the cases run and the seed. The
 * seed is fresh on every run unless fixed with {@link #seed(long)}; the system property
 * {@code okenet.seed} overrides both, so {@code mvn test -Dtest='Foo#bar' -Dokenet.seed=N} replays
 * a failure exactly. The same seed gives the same cases.
 *
 * @param <T> the type of the values checked
 */
public final class Property<T> {
    /** The system property that fixes the seed of every property in the run. */
    public static final String SEED_PROPERTY = "okenet.seed";

    private static final int DEFAULT_TRIES = 100;
    private static final int DEFAULT_SHRINK_RUNS = 1000;

    private final Gen<T> gen;
    private int tries = DEFAULT_TRIES;
    private Long seed;
    private int edgeCases = -1;
    private int shrinkRuns = DEFAULT_SHRINK_RUNS;
    private String name;

    private Property(Gen<T> gen) {
        this.gen = Objects.requireNonNull(gen, "gen");
    }

    /**
     * A property over the values of {@code gen}; for several inputs, combine them into one value
     * ({@link Gen#zip}, a record built in a lambda generator).
     *
     * @param gen the generator
     * @param <T> the type of its values
     * @return the property, to configure and {@link #check}
     */
    public static <T> Property<T> forAll(Gen<T> gen) {
        return new Property<>(gen);
    }

    /**
     * How many cases to run (default 100); fewer if the generator has fewer values.
     *
     * @param count the number of cases, positive
     * @return this property
     */
    public Property<T> tries(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("Property.tries(" + count + "): run at least one case.");
        }
        this.tries = count;
        return this;
    }

    /**
     * A fixed seed, so every run checks the same cases; {@code -Dokenet.seed} still overrides it.
     *
     * @param fixed the seed
     * @return this property
     */
    public Property<T> seed(long fixed) {
        this.seed = fixed;
        return this;
    }

    /**
     * At most this many edge-case combinations before the random cases (default: a fifth of the
     * tries); 0 starts with random cases at once.
     *
     * @param max the most edge cases, not negative
     * @return this property
     */
    public Property<T> edgeCases(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("Property.edgeCases(" + max + ") must not be negative.");
        }
        this.edgeCases = max;
        return this;
    }

    /**
     * At most this many runs of generator and check to shrink a failure (default 1000).
     *
     * @param max the most shrink runs, not negative
     * @return this property
     */
    public Property<T> shrinkRuns(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("Property.shrinkRuns(" + max + ") must not be negative.");
        }
        this.shrinkRuns = max;
        return this;
    }

    /**
     * The name printed and reported (default: the calling test's class and method).
     *
     * @param label the name
     * @return this property
     */
    public Property<T> named(String label) {
        this.name = Objects.requireNonNull(label, "label");
        return this;
    }

    /**
     * Runs the cases and returns if the check holds for all; throws {@link PropertyFailure} for the
     * smallest failing case found, and {@link GenerationException} if the generator cannot produce.
     *
     * @param check the check, which fails by throwing (an AssertJ assertion, say)
     */
    public void check(Check<? super T> check) {
        Objects.requireNonNull(check, "check");
        String label = name != null ? name : Caller.testName();
        long runSeed = resolveSeed();
        int edgeBudget = edgeCases >= 0 ? edgeCases : Math.max(1, tries / 5);
        Runner<T> runner = new Runner<>(gen, check, tries, edgeBudget, shrinkRuns);
        Runner.Outcome<T> outcome = runner.run(runSeed);
        if (outcome.failure() != null) {
            System.out.println("[property] " + label + ": FAILED after " + outcome.casesRun() + " cases, seed " + runSeed
                    + " (replay: -D" + SEED_PROPERTY + "=" + runSeed + ")");
            throw outcome.failure().toError(label, runSeed);
        }
        System.out.println("[property] " + label + ": " + outcome.describe() + ", seed " + runSeed
                + " (replay: -D" + SEED_PROPERTY + "=" + runSeed + ")");
    }

    private long resolveSeed() {
        String fromSystem = System.getProperty(SEED_PROPERTY);
        if (fromSystem != null && !fromSystem.isBlank()) {
            try {
                return Long.parseLong(fromSystem.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + SEED_PROPERTY + "=" + fromSystem
                        + " is not a seed: give the whole number a property printed, e.g. -D" + SEED_PROPERTY + "=42.", e);
            }
        }
        return seed != null ? seed : ThreadLocalRandom.current().nextLong();
    }

    /**
     * The check of a property: throws to fail (checked exceptions allowed).
     *
     * @param <T> the type of the values checked
     */
    @FunctionalInterface
    public interface Check<T> {
        /**
         * Checks one value.
         *
         * @param value the generated value
         * @throws Exception to fail the case (so does any {@link Throwable})
         */
        void verify(T value) throws Exception;
    }
}
