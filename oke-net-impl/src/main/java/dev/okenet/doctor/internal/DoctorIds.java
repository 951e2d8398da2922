package dev.okenet.doctor.internal;

/**
 * The ids the doctor reports, documented in the findings catalog (oke-net-api's
 * {@code DoctorDocs}, hence {@code RULES.md}); {@code FindingCatalogTest} keeps the two equal.
 *
 * <pre>{@code
 * new DoctorFinding(DoctorIds.POD_IPS_EXHAUSTED, Severity.ERROR, subject, message, evidence, fix);
 * }</pre>
 */
public final class DoctorIds {
  /** Pods Pending without a pod IP: the pod subnet is used up. */
  public static final String POD_IPS_EXHAUSTED = "OKE-DOCTOR-001";
  /** Pods unschedulable: every node holds maxPodsPerNode pods. */
  public static final String NODES_FULL = "OKE-DOCTOR-002";
  /** A public LoadBalancer Service's subnet prohibits public IPs. */
  public static final String PUBLIC_LB_IN_PRIVATE_SUBNET = "OKE-DOCTOR-010";
  /** A public LoadBalancer Service's subnet has no route to an internet gateway. */
  public static final String NO_INTERNET_ROUTE = "OKE-DOCTOR-011";
  /** is-preserve-source with externalTrafficPolicy Cluster. */
  public static final String PRESERVE_SOURCE_WITH_CLUSTER = "OKE-DOCTOR-012";
  /** An annotation or spec the CCM refuses. */
  public static final String ANNOTATION_REFUSED = "OKE-DOCTOR-013";
  /** A security-list management mode the CCM refuses. */
  public static final String SECURITY_LIST_MODE = "OKE-DOCTOR-014";
  /** A load balancer shape refused or over its quota. */
  public static final String SHAPE_OR_QUOTA = "OKE-DOCTOR-015";
  /** A Service names a subnet the cluster's VCN does not have. */
  public static final String UNKNOWN_SUBNET = "OKE-DOCTOR-016";
  /** A pending Service whose cause the doctor does not recognise. */
  public static final String PENDING_UNEXPLAINED = "OKE-DOCTOR-019";
  /** A NetworkPolicy nothing enforces. */
  public static final String POLICY_NOT_ENFORCED = "OKE-DOCTOR-020";
  /** Health checks cannot reach the nodes: backends Critical. */
  public static final String HEALTH_CHECK_BLOCKED = "OKE-DOCTOR-030";
  /** The load balancer cannot reach the node ports. */
  public static final String NODE_PORTS_BLOCKED = "OKE-DOCTOR-031";
  /** A read failed, so a check is incomplete. */
  public static final String READ_FAILED = "OKE-DOCTOR-090";

  private DoctorIds() {}
}
