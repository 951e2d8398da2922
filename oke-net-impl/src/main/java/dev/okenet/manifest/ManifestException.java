package dev.okenet.manifest;

/**
 * A network whose Kubernetes intent cannot be rendered as manifests that would work: a Service
 * whose load balancer subnet is not part of the applied network, an OCID the applied network does
 * not hold, an option Kubernetes or the cloud controller manager cannot express. The message names
 * the object, the value, the rule and the fix.
 *
 * <pre>{@code
 * try {
 *   Manifests.of(net, ids);
 * } catch (ManifestException e) {
 *   e.subject();   // "Service shop/web"
 * }
 * }</pre>
 */
public final class ManifestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String subject;

  /** An error about {@code subject} (e.g. "Service shop/web") with a message that says the fix. */
  public ManifestException(String subject, String message) {
    super(subject + ": " + message);
    this.subject = subject;
  }

  /** The object the error is about, e.g. "Service shop/web" or "NetworkPolicy shop/allow-web". */
  public String subject() {
    return subject;
  }
}
