package dev.okenet.vcn;

/**
 * Where the generated security rules live.
 *
 * <pre>{@code
 * OkeNetwork.builder().securityEnforcement(SecurityEnforcement.SECURITY_LISTS) ...
 * }</pre>
 */
public enum SecurityEnforcement {
  /**
   * One NSG per role (the default): rules name NSGs instead of CIDRs, so they follow the resources
   * and the VCN's default security list is locked down.
   */
  NSG,
  /** One security list per role subnet, rules by CIDR: the classic OKE layout. */
  SECURITY_LISTS
}
