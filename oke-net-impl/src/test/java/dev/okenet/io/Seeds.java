package dev.okenet.io;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Seeded cases for plain JUnit 5 property tests: a fresh base seed per run (printed), one seed per
 * case, and the failing case's seed in the failure so that {@code -Dokenet.seed=<seed>} replays
 * exactly that case.
 *
 * <pre>{@code
 * Seeds.forEachCase("json round trip", 200, seed -> check(new ModelGenerator(seed).network()));
 * }</pre>
 */
final class Seeds {
  private Seeds() {}

  /** Runs {@code cases} cases (or {@code -Dokenet.cases}, or only {@code -Dokenet.seed}), each with its own seed. */
  static void forEachCase(String property, int defaultCases, LongConsumer check) {
    int cases = Integer.getInteger("okenet.cases", defaultCases);
    String replay = System.getProperty("okenet.seed");
    long[] seeds;
    if (replay != null) {
      seeds = new long[] {Long.parseLong(replay.trim())};
    } else {
      long base = new SplittableRandom().nextLong();
      System.out.println(property + ": " + cases + " cases from base seed " + base + " (replay one with -Dokenet.seed=<case seed>)");
      SplittableRandom random = new SplittableRandom(base);
      seeds = new long[cases];
      for (int i = 0; i < cases; i++) {
        seeds[i] = random.nextLong();
      }
    }
    for (long seed : seeds) {
      try {
        check.accept(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(property + " failed for seed " + seed + "; replay with -Dokenet.seed=" + seed + ": " + e.getMessage(), e);
      }
    }
  }
}
