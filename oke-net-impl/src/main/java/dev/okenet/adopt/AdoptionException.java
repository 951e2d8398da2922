package dev.okenet.adopt;

/**
 * An adoption that stopped part way: the message names the resource, how many were tagged, and
 * what to do (plan again; adopted resources are skipped).
 *
 * <pre>{@code
 * try {
 *   plan.apply(vn, ce);
 * } catch (AdoptionException e) {
 *   log.warn(e.getMessage());
 * }
 * }</pre>
 */
public final class AdoptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AdoptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
