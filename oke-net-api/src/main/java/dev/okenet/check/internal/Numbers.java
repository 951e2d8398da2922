package dev.okenet.check.internal;

import java.util.Locale;

/**
 * Number formatting shared by findings and reports: thousands separators and one-decimal
 * percentages, the same in every locale (messages are compared in golden tests). Not for users.
 *
 * <pre>{@code
 * Numbers.count(8189);          // "8,189"
 * Numbers.of(2, "VNIC");        // "2 VNICs"
 * }</pre>
 */
public final class Numbers {
  private Numbers() {}

  /** E.g. "1,021". */
  public static String count(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  /** E.g. "12.6%"; "-" when not finite (a subnet with no usable address). */
  public static String percent(double p) {
    return Double.isFinite(p) ? String.format(Locale.US, "%.1f%%", p) : "-";
  }

  /** "1 address" / "2 addresses", "1 VNIC" / "2 VNICs": {@code n} and the noun, pluralised by s. */
  public static String of(long n, String singular) {
    return count(n) + " " + (n == 1 ? singular : singular.endsWith("ss") ? singular + "es" : singular + "s");
  }
}
