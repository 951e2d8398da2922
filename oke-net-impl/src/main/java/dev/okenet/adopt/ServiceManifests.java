package dev.okenet.adopt;

import dev.okenet.adopt.internal.ServiceManifestReader;
import dev.okenet.check.Finding;
import dev.okenet.internal.Require;
import dev.okenet.kube.Service;
import java.util.List;

/**
 * Kubernetes Service manifests that oke-net did not render — the output of
 * {@code kubectl get svc -A -o yaml}, a Helm chart's, your own YAML — read into the model's
 * {@link Service}s, with what the OCI cloud controller manager would refuse found on the way. The
 * CCM reads a Service's annotations when it creates its load balancer; a Service it refuses stays
 * {@code <pending>}. Each refusal is a finding {@code OKE-IMPORT-012} (error) naming the Service,
 * the annotation, the CCM's message and function (oracle/oci-cloud-controller-manager v1.35.0,
 * {@code pkg/cloudprovider/providers/oci/load_balancer_spec.go}), and the fix:
 * <ul>
 *   <li>{@code oci-network-load-balancer.oraclecloud.com/is-preserve-source} on an
 *       externalTrafficPolicy Cluster NLB Service, whatever its value ({@code getPreserveSource});
 *   <li>values the CCM cannot parse ({@code is-preserve-source}, {@code internal}) or does not know
 *       (security-rule and NLB security-list management modes);
 *   <li>a UDP port on an NLB whose security-list management mode is All or Frontend
 *       ({@code validateProtocols}).
 * </ul>
 * What the model cannot hold becomes {@code OKE-IMPORT-001}. Give the result to an import with
 * {@link KubernetesFacts#withServiceManifests(ServiceManifests)}: its Services join the model (so
 * {@code audit()} checks them) and its findings join the import's.
 *
 * <pre>{@code
 * ServiceManifests svcs = ServiceManifests.read(Files.readString(Path.of("services.yaml")));
 * svcs.findings();   // [OKE-IMPORT-012 error Service ingress-nginx/controller sets ...is-preserve-source ...]
 * NetworkImporter.builder().virtualNetwork(vn).containerEngine(ce)
 *     .kubernetes(KubernetesFacts.none().withServiceManifests(svcs).withPolicyEngine(PolicyEngine.CALICO))
 *     .build().importCluster(compartmentId, clusterId);
 * }</pre>
 */
public final class ServiceManifests {
  private final List<Service> services;
  private final List<Finding> findings;

  private ServiceManifests(List<Service> services, List<Finding> findings) {
    this.services = services;
    this.findings = findings;
  }

  /**
   * Reads YAML or JSON holding Services (one document, several, or a {@code List}); other kinds
   * are skipped.
   *
   * @throws IllegalArgumentException when the text is null, or neither YAML nor JSON
   */
  public static ServiceManifests read(String yaml) {
    Require.notNull(yaml, "ServiceManifests.read(yaml): yaml", "Give the YAML or JSON text of the Services, e.g. the output of kubectl get services -A -o yaml.");
    ServiceManifestReader.Result r = ServiceManifestReader.read(yaml);
    return new ServiceManifests(r.services(), r.findings());
  }

  /** The Services the model can carry, in the order read. */
  public List<Service> services() {
    return services;
  }

  /** What the CCM would refuse (OKE-IMPORT-012) and what the model cannot hold (OKE-IMPORT-001). */
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public String toString() {
    return services.size() + " Services, " + findings.size() + " findings";
  }
}
