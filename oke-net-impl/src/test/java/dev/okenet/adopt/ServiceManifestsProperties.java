package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random Service manifests, well-formed and not: reading never throws, and the preserve-source
 * refusal is reported exactly when the CCM's getPreserveSource (load_balancer_spec.go, v1.35.0)
 * refuses — written here from that function, not from the reader: type annotation exactly "nlb",
 * the is-preserve-source annotation present, externalTrafficPolicy not Local. Seeded: the seed is
 * printed; replay with {@code -Dokenet.seed=<seed>}.
 */
class ServiceManifestsProperties {
  private static final int CASES = 500;
  private static final String PRESERVE = "oci-network-load-balancer.oraclecloud.com/is-preserve-source";
  private static final String[] TYPES = {"nlb", "NLB", "lb", "Nlb", "", "elb"};
  private static final String[] POLICIES = {"Cluster", "Local", "", "local"};
  private static final String[] BOOLEANS = {"true", "false", "T", "0", "yes", "", "TRUE"};
  private static final String[] MODES = {"SL-All", "sl-frontend", "NSG", "None", "none", "All", "Frontend", "bogus"};
  private static final String[] PROTOCOLS = {"TCP", "UDP", "SCTP"};

  /** One generated Service and whether the CCM's getPreserveSource refuses it. */
  private record Case(String yaml, String name, boolean refusedForPreserveSource) {}

  private static Case generate(Random r, int i) {
    String name = "svc" + i;
    StringBuilder annotations = new StringBuilder();
    String type = r.nextInt(5) == 0 ? null : TYPES[r.nextInt(TYPES.length)];
    if (type != null) {
      annotations.append("    oci.oraclecloud.com/load-balancer-type: \"").append(type).append("\"\n");
    }
    boolean preserve = r.nextBoolean();
    if (preserve) {
      annotations.append("    ").append(PRESERVE).append(": \"").append(BOOLEANS[r.nextInt(BOOLEANS.length)]).append("\"\n");
    }
    if (r.nextInt(3) == 0) {
      annotations.append("    oci.oraclecloud.com/security-rule-management-mode: \"").append(MODES[r.nextInt(MODES.length)]).append("\"\n");
    }
    if (r.nextInt(3) == 0) {
      annotations.append("    oci-network-load-balancer.oraclecloud.com/security-list-management-mode: \"")
          .append(MODES[r.nextInt(MODES.length)]).append("\"\n");
    }
    if (r.nextInt(4) == 0) {
      annotations.append("    oci-network-load-balancer.oraclecloud.com/internal: \"").append(BOOLEANS[r.nextInt(BOOLEANS.length)]).append("\"\n");
    }
    String policy = POLICIES[r.nextInt(POLICIES.length)];
    StringBuilder ports = new StringBuilder();
    int n = r.nextInt(3);
    for (int p = 0; p < n; p++) {
      int port = r.nextInt(10) == 0 ? 70000 : 1 + r.nextInt(65535);
      ports.append("  - {port: ").append(port).append(", targetPort: ").append(r.nextBoolean() ? String.valueOf(1 + r.nextInt(65535)) : "http")
          .append(", protocol: ").append(PROTOCOLS[r.nextInt(PROTOCOLS.length)]).append("}\n");
    }
    String yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\n  namespace: ns\n"
        + (annotations.length() == 0 ? "" : "  annotations:\n" + annotations)
        + "spec:\n  type: " + (r.nextInt(5) == 0 ? "ClusterIP" : "LoadBalancer") + "\n"
        + (policy.isEmpty() ? "" : "  externalTrafficPolicy: " + policy + "\n")
        + (r.nextInt(4) == 0 ? "  loadBalancerSourceRanges: [\"" + (r.nextBoolean() ? "10.0.0.0/8" : "not-a-cidr") + "\"]\n" : "")
        + (n == 0 ? "" : "  ports:\n" + ports);
    boolean loadBalancer = yaml.contains("type: LoadBalancer");
    boolean refused = loadBalancer && "nlb".equals(type) && preserve && !policy.equals("Local");
    return new Case(yaml, name, refused);
  }

  @Test
  void readingNeverThrowsAndThePreserveSourceRefusalMatchesTheCcm() {
    long seed = Long.getLong("okenet.seed", System.nanoTime());
    System.out.println("ServiceManifestsProperties seed " + seed + " (replay with -Dokenet.seed=" + seed + ")");
    Random r = new Random(seed);
    List<Case> cases = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < CASES; i++) {
      Case c = generate(r, i);
      cases.add(c);
      all.append("---\n").append(c.yaml());
    }
    ServiceManifests read = ServiceManifests.read(all.toString());
    for (Case c : cases) {
      boolean reported = read.findings().stream().map(Finding::message)
          .anyMatch(m -> m.startsWith("Service ns/" + c.name() + " sets " + PRESERVE) && m.contains("externalTrafficPolicy Cluster"));
      assertThat(reported).as("seed %d, %s:%n%s", seed, c.name(), c.yaml()).isEqualTo(c.refusedForPreserveSource());
    }
    assertThat(read.services().size() + read.findings().size()).as("seed %d", seed).isPositive();
  }
}
