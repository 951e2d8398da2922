package dev.okenet.kube;

/**
 * Who writes the security rules a load balancer needs, and where (annotation
 * {@code oci.oraclecloud.com/security-rule-management-mode}, or the security-list management
 * mode for NLBs).
 *
 * <pre>{@code
 * Service.loadBalancer("shop", "web").withSecurityRuleManagement(SecurityRuleManagement.NONE);
 * }</pre>
 */
public enum SecurityRuleManagement {
  /** The CCM manages frontend and backend rules in security lists ("SL-All"; LB default). */
  SL_ALL("SL-All"),
  /** The CCM manages only frontend rules in security lists ("SL-Frontend"). */
  SL_FRONTEND("SL-Frontend"),
  /** The CCM manages rules in NSGs ("NSG"). */
  NSG("NSG"),
  /** The CCM writes no rules; the network must carry them ("None"; NLB default). */
  NONE("None");

  private final String annotationValue;

  SecurityRuleManagement(String annotationValue) {
    this.annotationValue = annotationValue;
  }

  /** The annotation's value, e.g. "SL-All". */
  public String annotationValue() {
    return annotationValue;
  }
}
