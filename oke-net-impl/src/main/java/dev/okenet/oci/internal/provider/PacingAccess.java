package dev.okenet.oci.internal.provider;

import dev.okenet.oci.Pacing;
import dev.okenet.oci.internal.cloud.Pacer;
import java.util.function.BiFunction;

/**
 * Lets the internal parts reach the limiter behind a public {@link Pacing} without making it
 * public API: {@code Pacing} installs the accessor when its class loads.
 *
 * <pre>{@code
 * Pacer pacer = PacingAccess.pacer(Pacing.shared());
 * }</pre>
 */
public final class PacingAccess {
  private static volatile BiFunction<Pacing, String, Pacer> accessor;

  private PacingAccess() {}

  /** Called once by {@code Pacing}'s static initialiser. */
  public static void install(BiFunction<Pacing, String, Pacer> a) {
    accessor = a;
  }

  /** The limiter behind {@code pacing} for providers whose tenancy is not known. */
  public static Pacer pacer(Pacing pacing) {
    return pacer(pacing, "");
  }

  /** The limiter behind {@code pacing} for {@code tenancy} (e.g. "ocid1.tenancy...@us-ashburn-1"; "" when unknown). */
  public static Pacer pacer(Pacing pacing, String tenancy) {
    Pacing.off();   // loads Pacing, which installs the accessor
    return accessor.apply(pacing, tenancy);
  }
}
