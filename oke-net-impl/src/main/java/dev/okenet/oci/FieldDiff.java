package dev.okenet.oci;

import dev.okenet.internal.Require;
import java.util.Objects;
import java.util.Optional;

/**
 * One field that differs between what exists and what is desired. Rule sets (route rules, security
 * rules) are diffed as sets: each added rule is a diff with only {@link #after()}, each removed one
 * with only {@link #before()}.
 *
 * <pre>{@code
 * FieldDiff.of("cidrBlock", "10.0.0.0/28", "10.0.0.16/28", true)
 * FieldDiff.added("rule", "ingress from 192.168.0.0/16 TCP 6443")
 * }</pre>
 *
 * @param field the field, e.g. "cidrBlock" or "rule"
 * @param before the current value; empty when a rule is added or the resource is created
 * @param after the desired value; empty when a rule is removed or the resource is deleted
 * @param forcesReplacement whether OCI cannot change this field in place
 */
public record FieldDiff(String field, Optional<String> before, Optional<String> after, boolean forcesReplacement) {
  /** Requires the field name and both optionals. */
  public FieldDiff {
    Require.components(FieldDiff.class, field, before, after, forcesReplacement);
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** A changed scalar field; {@code before} or {@code after} is null when the field is absent on that side. */
  public static FieldDiff of(String field, String before, String after, boolean forcesReplacement) {
    return new FieldDiff(field, Optional.ofNullable(before), Optional.ofNullable(after), forcesReplacement);
  }

  /** A member added to a set field. */
  public static FieldDiff added(String field, String value) {
    Require.notNull(value, "FieldDiff.added(field, value): value", "Give the member added.");
    return new FieldDiff(field, Optional.empty(), Optional.of(value), false);
  }

  /** A member removed from a set field. */
  public static FieldDiff removed(String field, String value) {
    Require.notNull(value, "FieldDiff.removed(field, value): value", "Give the member removed.");
    return new FieldDiff(field, Optional.of(value), Optional.empty(), false);
  }
}
