package dev.okenet.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import org.junit.jupiter.api.Test;

/**
 * The doctor reads OCI as a plan does — one paged list call per resource kind, one rule list per
 * NSG, one ListPrivateIps per subnet, a GET for the cluster and each node pool — and changes
 * nothing. (No simulated cluster here: its controllers call FakeOci too, and would blur the count.)
 */
class ClusterDoctorReadsTest {
  @Test
  void examiningProdMakesNoMutatingCallAndOneListPerKind() {
    try (FakeOci oci = FakeOci.create(); KubernetesClient nowhere = new KubernetesClientBuilder().withConfig(new ConfigBuilder(
        Config.empty()).withMasterUrl("http://127.0.0.1:1/").withRequestRetryBackoffLimit(0).build()).build()) {
      String clusterId;
      try (OciNetworkProvider provider = FakeOciProviders.provider(oci)) {
        ApplyResult applied = provider.apply(provider.plan(ReferenceNetworks.prod().resolve()));
        clusterId = applied.idsByKey().get(dev.okenet.key.ResourceKey.cluster());
      }
      oci.calls().clear();

      DoctorReport report = ClusterDoctor.builder().kubernetes(nowhere).virtualNetwork(oci.virtualNetwork())
          .containerEngine(oci.containerEngine()).retryPolicy(RetryPolicy.defaults().withSleeper(d -> { })).build()
          .examine(ReferenceNetworks.COMPARTMENT_ID, clusterId);

      assertThat(oci.calls().mutatingCount()).isZero();
      assertThat(oci.calls().count("listSubnets")).isEqualTo(1);
      assertThat(oci.calls().count("listSecurityLists")).isEqualTo(1);
      assertThat(oci.calls().count("getSubnet")).isZero();
      assertThat(oci.calls().count("getSecurityList")).isZero();
      assertThat(oci.calls().count("listNetworkSecurityGroupSecurityRules")).isEqualTo(5);   // prod's five NSGs
      assertThat(oci.calls().count("listPrivateIps")).isEqualTo(6);                           // prod's six subnets
      System.out.println("doctor's OCI reads of prod: " + oci.calls().readCount() + " " + oci.calls().countsByOperation());
      // The Kubernetes API was not there: every list is a read failure, and nothing else is judged from it.
      assertThat(report.findings()).extracting(DoctorFinding::ruleId).containsOnly("OKE-DOCTOR-090");
      assertThat(report.findings()).hasSize(6);
    }
  }
}
