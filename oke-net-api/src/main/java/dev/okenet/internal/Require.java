package dev.okenet.internal;

import java.lang.reflect.RecordComponent;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the model's values, so that every message names the attribute, the
 * value and the fix in the same words. Not for users.
 */
public final class Require {
  /** A Kubernetes object name (RFC 1123 label), compiled once: ServiceRef checks one per Service reference. */

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
    String example = "ocid1." + type + ".oc1..aaaa…";
    if (value == null) {
      throw NullArgumentException.withMessage(attribute + " is null. Give the OCID of the " + type
          + ": copy it from the console or CLI (it looks like " + example + ").");
    }
    if (!OCID.matcher(value).matches() || !value.startsWith("ocid1." + type + ".")) {
      throw new IllegalArgumentException(
          attribute + " '" + value + "' is not an OCID of a " + type
              + ". Copy it from the console or CLI (it looks like " + example + ").");
    }
    return value;
  }

  private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

  /**
   * Fails unless {@code value} is a Kubernetes secret reference as the CCM reads it: {@code name}
   * or {@code namespace/name}, each a lower-case DNS subdomain (oracle/oci-cloud-controller-manager
   * {@code load_balancer_util.go}, {@code parseSecretString}).
   */
  public static String secretName(String value, String attribute) {
    nonBlank(value, attribute, "\"shop-tls\"");
    String[] parts = value.split("/", -1);
    boolean ok = parts.length <= 2;
    for (String p : parts) {
      ok &= SUBDOMAIN.matcher(p).matches();
    }
    if (!ok) {
      throw new IllegalArgumentException(attribute + " '" + value + "' is not a Kubernetes secret name: use lower-case letters, "
          + "digits, '-' and '.', as \"shop-tls\" or \"shop/shop-tls\".");
    }
    return value;
  }

  /**
   * Fails unless {@code array} (a varargs parameter) and every element of it are non-null.
   *
   * @param what the parameter as the user wrote it, e.g. {@code "Vcn.of(cidr, more)"} and {@code "more"}
   */
  public static <T> T[] elements(T[] array, String what, String parameter, String fix) {
    if (array == null) {
      throw NullArgumentException.withMessage(what + ": " + parameter + " is null. " + fix);
    }
    for (int i = 0; i < array.length; i++) {
      if (array[i] == null) {
        throw NullArgumentException.withMessage(what + ": " + parameter + "[" + i + "] is null. " + fix);
      }
    }
    return array;
  }

  /**
   * Fails unless every reference component of a record is non-null: one call in a compact
   * constructor, {@code Require.components(Hop.class, kind, passed, at, ...)}, with the
   * values in declaration order. The components' names come from the record itself.
   */
  public static void components(Class<? extends Record> type, Object... values) {
    RecordComponent[] components = COMPONENTS.get(type);
    for (int i = 0; i < values.length && i < components.length; i++) {
      if (values[i] == null && !components[i].getType().isPrimitive()) {
        String name = components[i].getName();
        Class<?> t = components[i].getType();
        String fix = t == java.util.Optional.class ? "Give Optional.empty() when there is none."
            : java.util.Collection.class.isAssignableFrom(t) ? "Give List.of() when there are none."
            : "Give a value.";
        throw NullArgumentException.withMessage(type.getSimpleName() + " " + name + " is null. " + fix);
      }
    }
  }

  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  /** The longest name that becomes part of a logical key and of OCI display names. */
  public static final int MAX_KEY_NAME_LENGTH = 64;

  /**
   * Fails unless {@code value} can be part of a logical key and of OCI display names: non-blank, at
   * most {@value #MAX_KEY_NAME_LENGTH} characters, no ':' (the separator of logical keys such as
   * {@code security-list:extra:db:monitoring}, so "a:b" could collide with subnet "a", list "b") and
   * no control or line-separator characters. With the network's name at most 32 characters, every
   * display name oke-net composes stays within OCI's 255 (the Core API's
   * {@code displayName}, "Max Length: 255") and every key within a freeform tag value's 256.
   */
  public static String keyName(String value, String attribute, String example) {
    nonBlank(value, attribute, example);
    if (value.length() > MAX_KEY_NAME_LENGTH) {
      throw new IllegalArgumentException(attribute + " '" + value.substring(0, 20) + "…' is " + value.length()
          + " characters long; names are at most " + MAX_KEY_NAME_LENGTH + " so that OCI's display names (255) hold them. Shorten it.");
    }
    if (value.indexOf(':') >= 0) {
      throw new IllegalArgumentException(attribute + " '" + value + "' holds ':', which separates the parts of oke-net's logical keys "
          + "(two different names could make one key). Use '-' instead: \"" + value.replace(':', '-') + "\".");
    }
    if (hasControlOrLineSeparator(value)) {
      throw new IllegalArgumentException(attribute + " '" + value.replaceAll("\\p{Cntrl}", "?")
          + "' holds a control or line-separator character. Use printable characters only.");
    }
    return value;
  }
  /**
   * Whether {@code value} holds a control or line-separator character. A plain loop: names are
   * checked for every key of every network, and a code-point stream allocates on each call. No
   * supplementary code point is a control or separator, so UTF-16 units suffice.
   */
  private static boolean hasControlOrLineSeparator(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        return true;
      }
    }
    return false;
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
    if (value.length() > 63 || !isRfc1123Label(value)) {
      throw new IllegalArgumentException(
          attribute + " '" + value + "' is not a Kubernetes name: use lower-case letters, digits and '-', "
              + "starting and ending with a letter or digit, at most 63 characters.");
    }
    return value;
  }
  /**
   * Whether {@code value} matches {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, Kubernetes' RFC 1123 label
   * (k8s.io/apimachinery validation.IsDNS1123Label), without a regex matcher: every Service
   * reference and endpoint is checked, and a matcher allocates on each call.
   */
  private static boolean isRfc1123Label(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

}
