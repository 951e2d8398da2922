package dev.okenet.reliability;

import dev.okenet.check.Finding;
import dev.okenet.check.Report;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.ResourceType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which validator errors explain FakeOci refusing a create of each kind: the differential
 * fuzzing's definition of "validate() saw it coming". A refusal is explained when the report has
 * an error of one of the rules listed for the refused kind. A kind whose refusals no rule can
 * explain is absent, so such a refusal always counts as a disagreement.
 *
 * <pre>{@code
 * FailureExplanations.explains(report, failure);   // true when validate() had a matching error
 * }</pre>
 */
final class FailureExplanations {
  private static final Map<ResourceType, Set<String>> RULES = new EnumMap<>(ResourceType.class);

  static {
    RULES.put(ResourceType.VCN, Set.of("OKE-ADDR-001", "OKE-ADDR-002", "OKE-ADDR-004", "OKE-ADDR-013"));
    RULES.put(ResourceType.SUBNET, Set.of("OKE-ADDR-005", "OKE-ADDR-006", "OKE-ADDR-007", "OKE-ADDR-012", "OKE-ADDR-013",
        "OKE-ADDR-014", "OKE-ADDR-015", "OKE-LIM-003", "OKE-LB-007"));
    RULES.put(ResourceType.ROUTE_TABLE, Set.of("OKE-NET-003", "OKE-NET-004", "OKE-NET-005", "OKE-NET-009", "OKE-LB-007", "OKE-ADDR-011"));
    RULES.put(ResourceType.SECURITY_LIST, Set.of("OKE-LIM-002", "OKE-SEC-005", "OKE-REF-001"));
    RULES.put(ResourceType.DEFAULT_SECURITY_LIST, Set.of("OKE-LIM-002"));
    RULES.put(ResourceType.NETWORK_SECURITY_GROUP, Set.of("OKE-LIM-001", "OKE-LIM-005", "OKE-REF-001"));
    RULES.put(ResourceType.DRG_ATTACHMENT, Set.of("OKE-ADDR-011", "OKE-NET-004"));
    RULES.put(ResourceType.LOCAL_PEERING_GATEWAY, Set.of("OKE-ADDR-011"));
    RULES.put(ResourceType.CLUSTER, Set.of("OKE-ADDR-007", "OKE-ADDR-009", "OKE-ADDR-010", "OKE-LIM-004", "OKE-REF-001",
        "OKE-POL-002"));
    RULES.put(ResourceType.NODE_POOL, Set.of("OKE-IP-001", "OKE-IP-002", "OKE-IP-003", "OKE-IP-004", "OKE-ADDR-008", "OKE-ADDR-017", "OKE-LIM-004", "OKE-REF-001"));
    RULES.put(ResourceType.NETWORK_LOAD_BALANCER, Set.of("OKE-IP-005", "OKE-ADDR-007", "OKE-LB-001", "OKE-LB-004", "OKE-LB-008", "OKE-LIM-004"));
  }

  private FailureExplanations() {}

  /** The rules whose errors explain a refused change of {@code type}. */
  static Set<String> rulesFor(ResourceType type) {
    return RULES.getOrDefault(type, Set.of());
  }

  /** Whether {@code report} has an error that explains {@code failure}. */
  static boolean explains(Report report, ApplyResult.Failure failure) {
    Set<String> rules = rulesFor(failure.type());
    return report.errors().stream().map(Finding::ruleId).anyMatch(rules::contains);
  }

  /** The failures of {@code result} that {@code report} does not explain. */
  static List<ApplyResult.Failure> unexplained(Report report, ApplyResult result) {
    return result.failed().stream().filter(f -> !explains(report, f)).toList();
  }
}
