package dev.okenet.manifest;

/**
 * The OCI cloud controller manager's Service annotations that manifests write, as constants, so
 * that tests and tools can look them up by name. Names follow oracle/oci-cloud-controller-manager
 * and Oracle's "Summary of Annotations for Load Balancers and Network Load Balancers".
 *
 * <pre>{@code
 * service.getMetadata().getAnnotations().get(CcmAnnotations.NLB_SUBNET);   // ocid1.subnet…
 * }</pre>
 */
public final class CcmAnnotations {
  /** {@code lb} (default) or {@code nlb}. */
  public static final String LOAD_BALANCER_TYPE = "oci.oraclecloud.com/load-balancer-type";

  /** Prefix of the OCI (layer 7) load balancer annotations. */
  public static final String LB_PREFIX = "service.beta.kubernetes.io/oci-load-balancer-";
  /** Whether the LB is internal; immutable after creation. */
  public static final String LB_INTERNAL = LB_PREFIX + "internal";
  /** The LB shape, e.g. {@code flexible} or {@code 100Mbps}. */
  public static final String LB_SHAPE = LB_PREFIX + "shape";
  /** The flexible shape's minimum bandwidth in Mbps. */
  public static final String LB_SHAPE_FLEX_MIN = LB_PREFIX + "shape-flex-min";
  /** The flexible shape's maximum bandwidth in Mbps. */
  public static final String LB_SHAPE_FLEX_MAX = LB_PREFIX + "shape-flex-max";
  /** The OCID of the (regional) subnet the LB lives in. */
  public static final String LB_SUBNET1 = LB_PREFIX + "subnet1";
  /** Listener ports that terminate TLS, comma-separated. */
  public static final String LB_SSL_PORTS = LB_PREFIX + "ssl-ports";
  /** The Kubernetes TLS secret for the SSL ports. */
  public static final String LB_TLS_SECRET = LB_PREFIX + "tls-secret";
  /** The listener protocol, {@code TCP}, {@code HTTP} or {@code GRPC} (GRPC needs TLS on every port). */
  public static final String LB_BACKEND_PROTOCOL = LB_PREFIX + "backend-protocol";
  /** NSG OCIDs of an OCI LB, comma-separated. */
  public static final String LB_NSGS = "oci.oraclecloud.com/oci-network-security-groups";
  /** Who writes the LB's security rules: {@code SL-All}, {@code SL-Frontend}, {@code NSG} or {@code None}. */
  public static final String SECURITY_RULE_MANAGEMENT_MODE = "oci.oraclecloud.com/security-rule-management-mode";
  /** In {@code NSG} mode, the NSG of the backends (worker nodes) the CCM writes rules into. */
  public static final String BACKEND_NSG = "oci.oraclecloud.com/oci-backend-network-security-group";

  /** Prefix of the network load balancer annotations. */
  public static final String NLB_PREFIX = "oci-network-load-balancer.oraclecloud.com/";
  /** Whether the NLB is internal. */
  public static final String NLB_INTERNAL = NLB_PREFIX + "internal";
  /** The OCID of the subnet the NLB lives in. */
  public static final String NLB_SUBNET = NLB_PREFIX + "subnet";
  /** NSG OCIDs of an NLB, comma-separated. */
  public static final String NLB_NSGS = NLB_PREFIX + "oci-network-security-groups";
  /** {@code FIVE_TUPLE} (default), {@code THREE_TUPLE} or {@code TWO_TUPLE}. */
  public static final String NLB_BACKEND_POLICY = NLB_PREFIX + "backend-policy";
  /**
   * Whether the client's address reaches the backends; written only with externalTrafficPolicy Local, since the
   * CCM refuses a Service that carries it with Cluster, whatever its value ({@code getPreserveSource}).
   */
  public static final String NLB_PRESERVE_SOURCE = NLB_PREFIX + "is-preserve-source";
  /** {@code All}, {@code Frontend} or {@code None} (the NLB default, and the only value the CCM takes with a UDP port). */
  public static final String NLB_SECURITY_LIST_MANAGEMENT_MODE = NLB_PREFIX + "security-list-management-mode";

  private CcmAnnotations() {}
}
