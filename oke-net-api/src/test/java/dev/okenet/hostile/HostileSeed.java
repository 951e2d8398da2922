package dev.okenet.hostile;

import java.util.Random;

/**
 * The seed of a hostile-input suite: the suite's fixed default, or {@code -Dokenet.seed=N} to
 * replay a run. Printed when taken, and quoted by every failure message through {@link #toString()},
 * so a red build says how to reproduce itself.
 *
 * <pre>{@code
 * HostileSeed seed = HostileSeed.of(CidrHostileTextTest.class, 20261216L);
 * Random random = seed.random();
 * assertThat(x).as("%s: input %s", seed, input).isTrue();
 * }</pre>
 */
public final class HostileSeed {
  private final String suite;
  private final long value;

  private HostileSeed(String suite, long value) {
    this.suite = suite;
    this.value = value;
  }

  /** The seed for {@code suite}: {@code -Dokenet.seed} if set, else {@code defaultSeed}; printed. */
  public static HostileSeed of(Class<?> suite, long defaultSeed) {
    String given = System.getProperty("okenet.seed");
    long value = given == null || given.isBlank() ? defaultSeed : Long.parseLong(given.strip());
    HostileSeed seed = new HostileSeed(suite.getSimpleName(), value);
    System.out.println(seed);
    return seed;
  }

  /** A generator seeded with this seed. */
  public Random random() {
    return new Random(value);
  }

  /** The seed's value. */
  public long value() {
    return value;
  }

  @Override
  public String toString() {
    return suite + " seed " + value + " (replay with -Dokenet.seed=" + value + ")";
  }
}
