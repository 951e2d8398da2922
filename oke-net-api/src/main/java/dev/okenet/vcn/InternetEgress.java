package dev.okenet.vcn;

import dev.okenet.internal.Require;

/**
 * Which parts of the cluster may open connections to the internet (0.0.0.0/0) — an intent, like
 * AWS CDK's {@code SecurityGroup.allowAllOutbound}. The route is there either way (private subnets
 * route 0.0.0.0/0 to the NAT gateway); this decides whether {@code resolve()} writes the egress
 * security rule that lets the traffic leave.
 *
 * <p>The default, {@link #WORKERS_AND_PODS}, follows terraform-oci-oke
 * ({@code allow_worker_internet_access} and {@code allow_pod_internet_access}, both true by default:
 * "required if container images are in a registry other than OCIR") and Oracle's optional rows
 * "Allow worker nodes to communicate with internet" and "Allow pods to communicate with internet"
 * (Network Resource Configuration for Cluster Creation and Deployment). Turn it off for an
 * air-gapped cluster; {@code validate()} then notes what stops working (OKE-NET-010).
 *
 * <pre>{@code
 * OkeNetwork.builder() ... .internetEgress(InternetEgress.NONE)   // images from OCIR only
 * }</pre>
 */
public enum InternetEgress {
  /** Workers and (VCN-native) pods reach the internet on every TCP port (the default). */
  WORKERS_AND_PODS,
  /**
   * Only the worker nodes reach the internet: images still pull (the kubelet pulls), but VCN-native
   * pods cannot call external APIs. On flannel, pods leave with their node's address, so this is
   * the same as {@link #WORKERS_AND_PODS}.
   */
  WORKERS_ONLY,
  /** Nothing of the cluster reaches the internet: images from OCIR only (through the service gateway). */
  NONE;

  /** Whether the rule set of {@code role} gets the egress rule to 0.0.0.0/0. */
  public boolean allows(SubnetRole role) {
    Require.notNull(role, "InternetEgress.allows(role): role", "Give a subnet role, e.g. SubnetRole.WORKERS.");
    switch (role) {
      case WORKERS:
        return this != NONE;
      case PODS:
        return this == WORKERS_AND_PODS;
      default:
        return false;
    }
  }
}
