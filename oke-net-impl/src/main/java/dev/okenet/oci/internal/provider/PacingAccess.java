package dev.okenet.oci.internal.provider;

import dev.okenet.oci.Pacing;
import dev.okenet.oci.internal.cloud.Pacer;
import java.util.function.Function;

/**
 * Lets the internal parts reach the limiter behind a public {@link Pacing} without making it
 * public API: {@code Pacing} installs the accessor when its class loads.
 *
 * <pre>{@code
 * Pacer pacer = PacingAccess.pacer(Pacing.shared());
 * }</pre>
 */
public final class PacingAccess {
  private static volatile Function<Pacing, Pacer> accessor;

  private PacingAccess() {}

  /** Called once by {@code Pacing}'s static initialiser. */
  public static void install(Function<Pacing, Pacer> a) {
    accessor = a;
  }

  /** The limiter behind {@code pacing}. */
  public static Pacer pacer(Pacing pacing) {
    Pacing.off();   // loads Pacing, which installs the accessor
    return accessor.apply(pacing);
  }
}
