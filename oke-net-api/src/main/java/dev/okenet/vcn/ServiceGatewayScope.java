package dev.okenet.vcn;

/**
 * Which Oracle services a service gateway reaches.
 *
 * <pre>{@code
 * Gateways.internet().withNat().withServiceGateway(ServiceGatewayScope.OBJECT_STORAGE);
 * }</pre>
 */
public enum ServiceGatewayScope {
  /** "All &lt;region&gt; Services In Oracle Services Network": what OKE nodes need. */
  ALL_SERVICES,
  /** Object Storage only: enough for backups, not for OKE nodes. */
  OBJECT_STORAGE
}
