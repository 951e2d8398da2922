package dev.okenet.internal;

import java.util.Optional;

/**
 * A null where the model holds no nulls, thrown by the generated value builders (the Immutables
 * style's {@code throwForNullPointer}) and by {@link Require#notNull}: an
 * {@link IllegalArgumentException} whose message names the value type, the attribute and the fix,
 * instead of a bare {@code NullPointerException}. Not for users: catch
 * {@code IllegalArgumentException}.
 *
 * <pre>{@code
 * Subnet.privateSubnet().withDnsLabel(null);
 * // IllegalArgumentException: Subnet dnsLabel is null. oke-net's values hold no nulls: leave dnsLabel unset when
 * // there is none, or give a value.
 * }</pre>
 */
public class NullArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Called by generated code with the attribute's name, e.g. {@code "dnsLabel"}, or
   * {@code "extraRouteRules element"} for a null inside a collection.
   */
  public NullArgumentException(String attribute) {
    super(describe(attribute, GeneratedCaller.owner()));
  }

  private NullArgumentException(String message, boolean complete) {
    super(message);
  }

  /** An exception whose message is already complete: the argument, the null and the fix. */
  static NullArgumentException withMessage(String message) {
    return new NullArgumentException(message, true);
  }

  private static String describe(String attribute, Optional<String> owner) {
    String who = owner.map(o -> o + " ").orElse("");
    if (attribute == null) {
      return who + "got a null. oke-net's values hold no nulls: give a value.";
    }
    if (attribute.equals("instance")) {
      return who + "builder from(instance): instance is null. Pass the value to copy.";
    }
    if (attribute.equals("element")) {
      return who + "got a collection with a null element. Remove the null.";
    }
    if (attribute.endsWith(" element")) {
      String collection = attribute.substring(0, attribute.length() - " element".length());
      return who + collection + " got a null element. Remove the null from " + collection + ".";
    }
    return who + attribute + " is null. oke-net's values hold no nulls: leave " + attribute
        + " unset when there is none, or give a value.";
  }
}
