package dev.okenet.property;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Shrinks the draws of a failing case: deletes runs of draws (which removes list elements and
 * skips filter retries), then lowers each draw (to 0, else by bisection), again while anything
 * improves or until the run budget is spent. A candidate is kept when the generator, replayed on
 * it, gives a value that fails in the same way (same exception class) and whose draws are simpler:
 * fewer, or as many and smaller at the first difference.
 */
final class Shrinker<T> {
    private final Function<Source, Attempt<T>> attempt;
    private final Class<? extends Throwable> failureType;
    private final int budget;
    private Attempt<T> best;
    private int runs;

    /** One run of generator and check: the draws it used, the value and the failure, if any. */
    record Attempt<T>(long[] draws, T value, Throwable failure) {}

    Shrinker(Function<Source, Attempt<T>> attempt, Attempt<T> failing, int budget) {
        this.attempt = attempt;
        this.failureType = failing.failure().getClass();
        this.budget = budget;
        this.best = failing;
    }

    Attempt<T> shrink() {
        boolean improved = true;
        while (improved && runs < budget) {
            improved = deleteRuns() | lowerDraws();
        }
        return best;
    }

    int runs() {
        return runs;
    }

    private boolean deleteRuns() {
        boolean improved = false;
        for (int length : new int[] {8, 4, 2, 1}) {
            for (int start = 0; start + length <= best.draws().length && runs < budget; ) {
                long[] d = best.draws();
                long[] candidate = new long[d.length - length];
                System.arraycopy(d, 0, candidate, 0, start);
                System.arraycopy(d, start + length, candidate, start, d.length - start - length);
                if (tryDraws(candidate)) {
                    improved = true;
                } else {
                    start++;
                }
            }
        }
        return improved;
    }

    private boolean lowerDraws() {
        boolean improved = false;
        for (int i = 0; i < best.draws().length && runs < budget; i++) {
            long value = best.draws()[i];
            if (value == 0) {
                continue;
            }
            if (tryDraw(i, 0)) {
                improved = true;
                continue;
            }
            // Unsigned bisection between a draw that passed (lo) and one that fails (hi).
            long lo = 0;
            long hi = value;
            while (Long.compareUnsigned(hi - lo, 1) > 0 && runs < budget && i < best.draws().length) {
                long mid = lo + ((hi - lo) >>> 1);
                if (tryDraw(i, mid)) {
                    hi = mid;
                    improved = true;
                } else {
                    lo = mid;
                }
            }
            // Failing draws need not be contiguous (a range alternates around its target): step down past a passing one.
            while (runs < budget && i < best.draws().length && best.draws()[i] != 0
                    && (tryDraw(i, best.draws()[i] - 1) || best.draws()[i] > 1 && tryDraw(i, best.draws()[i] - 2))) {
                improved = true;
            }
        }
        return improved;
    }

    private boolean tryDraw(int index, long value) {
        long[] candidate = best.draws().clone();
        candidate[index] = value;
        return tryDraws(candidate);
    }

    private boolean tryDraws(long[] candidate) {
        runs++;
        Attempt<T> result = attempt.apply(Source.replay(candidate));
        if (result == null || result.failure() == null || result.failure().getClass() != failureType
                || !simpler(result.draws(), best.draws())) {
            return false;
        }
        best = result;
        return true;
    }

    /** Shortlex order on draws, each compared unsigned. */
    static boolean simpler(long[] a, long[] b) {
        if (a.length != b.length) {
            return a.length < b.length;
        }
        int i = Arrays.mismatch(a, b);
        return i >= 0 && Long.compareUnsigned(a[i], b[i]) < 0;
    }
}
