package dev.okenet.adopt.internal;

import dev.okenet.check.Finding;
import dev.okenet.check.Severity;

/**
 * The rule ids of import findings, and their factory. Each finding names the live object, what
 * was found, why the model cannot carry it as is, and what to do.
 *
 * <pre>{@code
 * Finding f = Findings.warning(Findings.UNSUPPORTED, "vcn/route-table/rt-1", "Route to a private IP ...", "Model it ...");
 * }</pre>
 */
public final class Findings {
  /** Something the model has no shape for (a gateway kind, a route target, a protocol); left out. */
  public static final String UNSUPPORTED = "OKE-IMPORT-001";
  /** A subnet's role could not be decided from the cluster alone. */
  public static final String AMBIGUOUS_ROLE = "OKE-IMPORT-002";
  /** A read failed or an operation is not offered by the cloud; that part is missing from the import. */
  public static final String READ_FAILED = "OKE-IMPORT-003";
  /** A rule was changed or dropped to fit the model. */
  public static final String RULE_NOT_KEPT = "OKE-IMPORT-004";
  /** One live resource serves several logical keys; adoption tags it for one of them. */
  public static final String SHARED = "OKE-IMPORT-005";
  /** A node pool whose placement or pods differ from the role subnets. */
  public static final String NODE_POOL_SHAPE = "OKE-IMPORT-006";
  /** The VCN's default security list carries rules the model does not keep for an existing VCN. */
  public static final String DEFAULT_LIST = "OKE-IMPORT-007";
  /** A rule set the model needs has no live counterpart; adoption would create it. */
  public static final String NOT_FOUND = "OKE-IMPORT-008";
  /** Facts that live in Kubernetes, not OCI (services, policies, policy engine, autoscaler bounds). */
  public static final String KUBERNETES_SIDE = "OKE-IMPORT-009";
  /** An OKE-required rule is missing. */
  public static final String MISSING_RULE = "OKE-IMPORT-010";
  /** A found rule allows more than the OKE-required rule it serves. */
  public static final String BROADER_RULE = "OKE-IMPORT-011";
  /** A Service manifest the OCI cloud controller manager refuses: it would stay {@code <pending>}. */
  public static final String CCM_REFUSES = "OKE-IMPORT-012";

  private Findings() {}

  /** An error finding. */
  public static Finding error(String id, String path, String message, String fix) {
    return new Finding(id, Severity.ERROR, path, message, fix);
  }

  /** A warning finding. */
  public static Finding warning(String id, String path, String message, String fix) {
    return new Finding(id, Severity.WARNING, path, message, fix);
  }

  /** An informational finding. */
  public static Finding info(String id, String path, String message, String fix) {
    return new Finding(id, Severity.INFO, path, message, fix);
  }
}
