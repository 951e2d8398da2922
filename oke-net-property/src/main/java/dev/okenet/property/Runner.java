package dev.okenet.property;

import java.util.SplittableRandom;

/** Runs the cases of one property from one seed: exhaustive, or edge cases then random ones; shrinks a failure. */
final class Runner<T> {
    /** How often, in the random cases, a draw with edge cases takes one. */
    static final double EDGE_RATE = 0.05;
    /** Edge-case indices that repeat a combination already run, in a row, after which the edge phase ends. */
    private static final int MAX_SKIPPED_EDGE_INDICES = 32;

    private final Gen<T> gen;
    private final Property.Check<? super T> check;
    private final int tries;
    private final int edgeBudget;
    private final int shrinkRuns;

    Runner(Gen<T> gen, Property.Check<? super T> check, int tries, int edgeBudget, int shrinkRuns) {
        this.gen = gen;
        this.check = check;
        this.tries = tries;
        this.edgeBudget = edgeBudget;
        this.shrinkRuns = shrinkRuns;
    }

    /** What a run did, and its failure if one case failed. */
    record Outcome<T>(int casesRun, int edgeCasesRun, boolean exhaustive, Failure<T> failure) {
        String describe() {
            if (exhaustive) {
                return "all " + casesRun + " values passed (exhaustive)";
            }
            return casesRun + " cases passed (" + edgeCasesRun + " edge cases first)";
        }
    }

    /** The first failing case, its number, and the smallest failing case shrinking found. */
    record Failure<T>(int caseNumber, Shrinker.Attempt<T> original, Shrinker.Attempt<T> smallest, int shrinkRuns) {
        PropertyFailure toError(String label, long seed) {
            return new PropertyFailure(label, seed, caseNumber, original.value(), smallest.value(), shrinkRuns, smallest.failure());
        }
    }

    Outcome<T> run(long seed) {
        long cardinality = gen.cardinality();
        if (cardinality != Gen.UNKNOWN && cardinality <= tries) {
            for (int k = 0; k < cardinality; k++) {
                Shrinker.Attempt<T> attempt = attempt(Source.exhaustive(k), k + 1, seed);
                if (attempt.failure() != null) {
                    return new Outcome<>(k + 1, 0, true, shrink(k + 1, attempt));
                }
            }
            return new Outcome<>((int) cardinality, 0, true, null);
        }
        SplittableRandom master = new SplittableRandom(seed);
        int cases = 0;
        int edgeCases = 0;
        int skippedInARow = 0;
        for (long k = 0; edgeCases < edgeBudget && cases < tries && skippedInARow < MAX_SKIPPED_EDGE_INDICES; k++) {
            Source source = Source.edges(k, master.split());
            T value = generate(source, cases + 1, seed);
            if (source.exhausted()) {
                // This index overflows the draws this path made (a shorter list, another branch): a repeat, not a case.
                skippedInARow++;
                continue;
            }
            skippedInARow = 0;
            cases++;
            boolean noEdgeCases = !source.drewEdges();
            edgeCases += noEdgeCases ? 0 : 1;
            Shrinker.Attempt<T> attempt = new Shrinker.Attempt<>(source.recorded(), value, verify(value));
            if (attempt.failure() != null) {
                return new Outcome<>(cases, edgeCases, false, shrink(cases, attempt));
            }
            if (noEdgeCases) {
                break;   // the generator names no edge cases (Gen.fromRandom): that was a random case, the rest are too
            }
        }
        while (cases < tries) {
            cases++;
            Shrinker.Attempt<T> attempt = attempt(Source.random(master.split(), EDGE_RATE), cases, seed);
            if (attempt.failure() != null) {
                return new Outcome<>(cases, edgeCases, false, shrink(cases, attempt));
            }
        }
        return new Outcome<>(cases, edgeCases, false, null);
    }

    private Shrinker.Attempt<T> attempt(Source source, int caseNumber, long seed) {
        T value = generate(source, caseNumber, seed);
        return new Shrinker.Attempt<>(source.recorded(), value, verify(value));
    }

    private T generate(Source source, int caseNumber, long seed) {
        try {
            return gen.generate(source);
        } catch (GenerationException e) {
            throw new GenerationException("Case " + caseNumber + " (seed " + seed + "): " + e.getMessage());
        } catch (RuntimeException e) {
            GenerationException wrapped = new GenerationException("Case " + caseNumber + " (seed " + seed
                    + "): the generator threw " + e + "; a generator must build a value from every draw.");
            wrapped.initCause(e);
            throw wrapped;
        }
    }

    private Throwable verify(T value) {
        try {
            check.verify(value);
            return null;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable failure) {
            return failure;
        }
    }

    private Failure<T> shrink(int caseNumber, Shrinker.Attempt<T> failing) {
        Shrinker<T> shrinker = new Shrinker<>(this::replay, failing, shrinkRuns);
        Shrinker.Attempt<T> smallest = shrinker.shrink();
        return new Failure<>(caseNumber, failing, smallest, shrinker.runs());
    }

    /** A replayed case for the shrinker; null when the draws do not make a value. */
    private Shrinker.Attempt<T> replay(Source source) {
        T value;
        try {
            value = gen.generate(source);
        } catch (RuntimeException invalid) {
            return null;
        }
        return new Shrinker.Attempt<>(source.recorded(), value, verify(value));
    }
}
