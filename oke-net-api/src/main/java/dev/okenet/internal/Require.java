package dev.okenet.internal;

import java.util.regex.Pattern;

/**
 * Argument checks shared by the model's values, so that every message names the attribute, the
 * value and the fix in the same words. Not for users.
 */
public final class Require {
  private static final Pattern OCID = Pattern.compile("ocid1\\.[a-z0-9]+\\.[a-z0-9-]*\\.[a-z0-9-]*\\.[a-zA-Z0-9._-]+");

  private Require() {}

  /**
   * Fails unless {@code value} is non-null, with a message naming the argument and the fix.
   *
   * @param what the argument as the user wrote it, e.g. {@code "Shape.fixed(name)"}
   * @param fix what to pass instead, e.g. {@code "Give the shape's name, e.g. \"VM.Standard2.2\"."}
   */
  public static <T> T notNull(T value, String what, String fix) {
    if (value == null) {
      throw NullArgumentException.withMessage(what + " is null. " + fix);
    }
    return value;
  }

  /** Fails unless {@code value} is non-blank. */
  public static String nonBlank(String value, String attribute, String example) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          attribute + " must not be blank. Give one, e.g. " + example + ".");
    }
    return value;
  }

  /** Fails unless {@code value} looks like an OCI OCID of the given type. */
  public static String ocid(String value, String attribute, String type) {
    if (value == null || !OCID.matcher(value).matches() || !value.startsWith("ocid1." + type + ".")) {
      throw new IllegalArgumentException(
          attribute + " '" + value + "' is not an OCID of a " + type
              + ". Copy it from the console or CLI; it looks like ocid1." + type + ".oc1..aaaa…");
    }
    return value;
  }

  /** Fails unless {@code value} is within [min, max]. */
  public static int between(int value, int min, int max, String attribute) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          attribute + " is " + value + "; it must be between " + min + " and " + max + ".");
    }
    return value;
  }

  /** Fails unless {@code value} is a Kubernetes name (lower-case RFC 1123 label, ≤ 63). */
  public static String kubeName(String value, String attribute) {
    nonBlank(value, attribute, "\"shop\"");
    if (value.length() > 63 || !value.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
      throw new IllegalArgumentException(
          attribute + " '" + value + "' is not a Kubernetes name: use lower-case letters, digits and '-', "
              + "starting and ending with a letter or digit, at most 63 characters.");
    }
    return value;
  }
}
