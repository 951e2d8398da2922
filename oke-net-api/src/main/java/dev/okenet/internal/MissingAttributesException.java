package dev.okenet.internal;

import java.util.Arrays;

/**
 * A value built without its required attributes, thrown by the generated builders (the Immutables
 * style's {@code throwForInvalidImmutableState}): the message names the value type, every missing
 * attribute and how to give them. Not for users: catch {@code IllegalStateException}.
 *
 * <pre>{@code
 * OkeNetwork.builder().name("prod").build();
 * // IllegalStateException: Cannot build OkeNetwork: compartmentId, vcn, apiEndpoint, workers are not set.
 * // Set each on the builder, e.g. .compartmentId(..).
 * }</pre>
 */
public class MissingAttributesException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Called by generated code with a ready message. */
  public MissingAttributesException(String message) {
    super(message);
  }

  /** Called by generated code with the names of the missing attributes. */
  public MissingAttributesException(String... missing) {
    super(describe(missing));
  }

  private static String describe(String[] missing) {
    String owner = GeneratedCaller.owner().orElse("the value");
    if (missing == null || missing.length == 0) {
      return "Cannot build " + owner + ": required attributes are not set.";
    }
    return "Cannot build " + owner + ": " + String.join(", ", Arrays.asList(missing)) + (missing.length == 1 ? " is" : " are")
        + " not set. Set each on the builder, e.g. ." + missing[0] + "(..).";
  }
}
