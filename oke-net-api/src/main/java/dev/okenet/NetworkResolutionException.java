package dev.okenet;

/**
 * {@code resolve()} could not derive a concrete network, e.g. the subnets do not fit in the VCN.
 * The message names the subnet, the sizes and the fix; {@code validate()} reports the same
 * problem as a finding without throwing.
 *
 * <pre>{@code
 * try {
 *   network.resolve();
 * } catch (NetworkResolutionException e) {
 *   System.err.println(e.getMessage());   // "Subnet pods (/17) does not fit in VCN 10.0.0.0/16 ..."
 * }
 * }</pre>
 */
public class NetworkResolutionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with this message. */
  public NetworkResolutionException(String message) {
    super(message);
  }
}
