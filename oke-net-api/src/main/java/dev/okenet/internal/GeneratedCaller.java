package dev.okenet.internal;

import java.util.Optional;

/**
 * Which model value a generated builder belongs to, read from the call stack, so that the
 * exceptions the generated code throws ({@link NullArgumentException},
 * {@link MissingAttributesException}) can name it: Immutables passes them only the attribute.
 * Only walked when an exception is being built.
 */
final class GeneratedCaller {
  private static final String PACKAGE = "dev.okenet.";

  private GeneratedCaller() {}

  /** E.g. "Subnet" for a frame of {@code dev.okenet.vcn.ImmutableSubnet$Builder}, if one is on the stack. */
  static Optional<String> owner() {
    return StackWalker.getInstance().walk(frames -> frames
        .map(StackWalker.StackFrame::getClassName)
        .filter(c -> c.startsWith(PACKAGE))
        .map(c -> c.substring(c.lastIndexOf('.') + 1))
        .filter(c -> c.startsWith("Immutable"))
        .map(c -> c.substring("Immutable".length()).replaceFirst("\\$.*", ""))
        .findFirst());
  }
}
