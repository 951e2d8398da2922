package dev.okenet.doctor.internal;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import dev.okenet.adopt.internal.LiveNetwork;
import dev.okenet.adopt.internal.LiveReader;
import dev.okenet.check.Finding;
import dev.okenet.check.Severity;
import dev.okenet.doctor.DoctorFinding;
import dev.okenet.doctor.DoctorReport;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.provider.Cloud;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;

/**
 * One examination of a live cluster: reads Kubernetes ({@link KubeSnapshot}) and the cluster's OCI
 * network through the provider's reading stack ({@code LiveReader} on {@code CompartmentRead}: the
 * same paged, retried, paced list calls as a plan), then runs every check over what was read.
 *
 * <pre>{@code
 * DoctorReport report = Examination.of(cloud, kubernetesClient, compartmentId, clusterId).report();
 * }</pre>
 */
public final class Examination {
  private final Cluster cluster;
  private final KubeSnapshot kube;
  private final CloudSnapshot cloud;

  private Examination(Cluster cluster, KubeSnapshot kube, CloudSnapshot cloud) {
    this.cluster = cluster;
    this.kube = kube;
    this.cloud = cloud;
  }

  /**
   * Reads the cluster {@code clusterId}, its VCN in {@code compartmentId}, and the Kubernetes API of
   * {@code client}.
   *
   * @throws IllegalArgumentException when the cluster or its VCN cannot be read
   */
  public static Examination of(Cloud cloud, KubernetesClient client, String compartmentId, String clusterId) {
    CloudContext ctx = cloud.context(compartmentId, "");
    Cluster cluster;
    try {
      cluster = ctx.call("getCluster", () -> ctx.ce().getCluster(GetClusterRequest.builder().clusterId(clusterId).build())).getCluster();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Cannot read cluster " + clusterId + ": " + e.getMessage() + ". Check the OCID, and that the "
          + "caller may read clusters (cluster-family) in its compartment.", e);
    }
    LiveNetwork live = LiveReader.read(cloud, compartmentId, cluster.getVcnId(), clusterId);
    return new Examination(cluster, KubeSnapshot.read(client), new CloudSnapshot(live));
  }

  /** Runs every check. */
  public DoctorReport report() {
    List<DoctorFinding> findings = new ArrayList<>();
    findings.addAll(new PodAddressCheck(kube, cloud).run());
    findings.addAll(new PendingServiceCheck(kube, cloud).run());
    findings.addAll(new PolicyEngineCheck(kube).run());
    findings.addAll(new BackendRuleCheck(kube, cloud).run());
    readFailures(findings);
    return DoctorReport.of(cluster.getName(), cluster.getId(), findings, examined());
  }

  private void readFailures(List<DoctorFinding> out) {
    for (String failure : kube.failures()) {
      out.add(new DoctorFinding(DoctorIds.READ_FAILED, Severity.WARNING, "Kubernetes API", failure + ", so the checks that need it "
          + "saw none.", List.of(failure), "Let the client's user list it (kubectl auth can-i list <kind> --all-namespaces), then "
          + "examine again."));
    }
    for (Finding f : cloud.live().readFindings()) {
      String skipped = cloud.readFailed(BackendRuleCheck.NEEDS) ? " The backend rule checks (OKE-DOCTOR-030, -031) did not run." : "";
      out.add(new DoctorFinding(DoctorIds.READ_FAILED, Severity.WARNING, "OCI " + f.path().replace("live/", ""), f.message().replace("missing from the import",
          "missing from the examination") + skipped, List.of(f.ruleId() + " " + f.path()), "Grant the caller read access "
          + "(virtual-network-family, cluster-family in the compartment) and examine again."));
    }
  }

  private List<String> examined() {
    LiveNetwork live = cloud.live();
    long pending = kube.pods().stream().filter(p -> p.getStatus() != null && "Pending".equals(p.getStatus().getPhase())).count();
    long lbs = kube.services().stream().filter(LoadBalancerService::isLoadBalancer).count();
    return List.of(
        "Kubernetes: " + kube.nodes().size() + " nodes, " + kube.pods().size() + " pods (" + pending + " Pending), "
            + kube.services().size() + " Services (" + lbs + " LoadBalancer), " + kube.policies().size() + " NetworkPolicies, "
            + kube.daemonSets().size() + " DaemonSets",
        "OCI: VCN " + live.vcn().getDisplayName() + ", " + live.subnets().size() + " subnets, " + live.securityLists().size()
            + " security lists, " + live.nsgs().size() + " NSGs, " + live.routeTables().size() + " route tables, "
            + live.nodePools().size() + " node pools with " + live.nodePools().stream().mapToInt(p -> p.getNodes() == null ? 0
                : p.getNodes().size()).sum() + " nodes");
  }
}
