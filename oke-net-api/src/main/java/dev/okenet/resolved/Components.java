package dev.okenet.resolved;

import dev.okenet.internal.Require;
import java.util.List;
import java.util.Optional;

/**
 * The checks the resolved parts make of what they are built from: no component is null, and lists
 * are immutable copies. The messages are the ones {@code Require.components} gave while the parts
 * were records ("ResolvedVcn cidrs is null. Give List.of() when there are none."). Checking each
 * component by hand allocates nothing on the way through, where the records' varargs call built
 * an array per part.
 */
final class Components {
  private Components() {}

  /** {@code value}, unless it is null. */
  static <T> T value(T value, String owner, String component) {
    return value != null ? value : missing(owner, component, "Give a value.");
  }

  /** {@code value}, unless it is null. */
  static <T> Optional<T> optional(Optional<T> value, String owner, String component) {
    return value != null ? value : missing(owner, component, "Give Optional.empty() when there is none.");
  }

  /** An immutable copy of {@code list} (the list itself when it is one already), unless it is null. */
  static <T> List<T> list(List<T> list, String owner, String component) {
    return List.copyOf(list != null ? list : missing(owner, component, "Give List.of() when there are none."));
  }

  private static <T> T missing(String owner, String component, String fix) {
    return Require.notNull(null, owner + " " + component, fix);
  }
}
