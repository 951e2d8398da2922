package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.ccm.CcmEvent;
import dev.okenet.testkit.ccm.ServiceStatus;
import dev.okenet.testkit.ccm.SimulatedCcm;
import dev.okenet.vcn.SecurityEnforcement;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every LoadBalancer Service the manifest renderer emits is accepted by the simulated cloud
 * controller manager (which follows oracle/oci-cloud-controller-manager v1.35.0, from the testkit,
 * independently of the renderer and the validator): LB and NLB, public and internal,
 * externalTrafficPolicy Cluster and Local, every rule-management mode, NSG and security-list
 * enforcement. The reference networks, then Services generated from a seed
 * ({@code -Dokenet.seed=N} replays a run; the seed is printed).
 *
 * <p>Each network is applied on FakeOci by the provider, its Services rendered by
 * {@code Manifests} and synced. The tenancy is given room for fixed-shape load balancers: the
 * 100Mbps quota is the tenancy's business, not the renderer's.
 */
class RenderedServicesAcceptedByCcmTest {
  private static final long DEFAULT_SEED = 20261203L;
  private static final int FIXED_SHAPE_QUOTA = 100;

  @Test
  void everyLoadBalancerServiceOfTheReferenceNetworksGetsAnAddress() {
    List<OkeNetwork> networks = new ArrayList<>();
    for (OkeNetwork n : List.of(ReferenceNetworks.prod(), ReferenceNetworks.prodFlannel())) {
      networks.add(n);
      networks.add(n.toBuilder().name(n.name() + "-sl").securityEnforcement(SecurityEnforcement.SECURITY_LISTS).build());
    }

    for (OkeNetwork network : networks) {
      assertThat(syncAll(network)).as(network.name()).isNotEmpty().allSatisfy(RenderedServicesAcceptedByCcmTest::accepted);
    }
  }

  @Test
  void everyGeneratedServiceTheRendererEmitsIsAcceptedInEveryMode() {
    long seed = Long.getLong("okenet.seed", DEFAULT_SEED);
    System.out.println("RenderedServicesAcceptedByCcmTest seed " + seed + " (replay with -Dokenet.seed=" + seed + ")");
    List<OkeNetwork> networks = GeneratedServices.networks(new Random(seed), 8);
    int generated = 0;
    int synced = 0;
    List<String> skipped = new ArrayList<>();
    for (OkeNetwork generatedNetwork : networks) {
      generated += generatedNetwork.services().size();
      OkeNetwork network = withoutServicesValidateRefuses(generatedNetwork, skipped);
      assertThat(network.validate().errors()).as("seed %d, network %s: errors not about a Service", seed, network.name())
          .isEmpty();
      List<ServiceStatus> statuses = syncAll(network);
      synced += statuses.size();
      assertThat(statuses).as("seed %d, network %s", seed, network.name()).allSatisfy(RenderedServicesAcceptedByCcmTest::accepted);
    }
    System.out.println("RenderedServicesAcceptedByCcmTest: " + synced + " LoadBalancer Services synced over " + networks.size()
        + " networks; left out because validate() refuses them: " + skipped);
    assertThat(skipped).as("Services validate() refused, so nothing was checked about them").hasSizeLessThanOrEqualTo(generated / 4);
    assertThat(synced).isGreaterThanOrEqualTo(GeneratedServices.matrix().size());
  }

  /**
   * Only intents validate() accepts are the renderer's promise: a generated Service that
   * validate() refuses (e.g. a rule of a later release) is left out and listed.
   */
  private static OkeNetwork withoutServicesValidateRefuses(OkeNetwork network, List<String> skipped) {
    List<String> refused = network.validate().errors().stream().map(Finding::path)
        .filter(p -> p.startsWith("services[")).map(p -> p.substring("services[".length(), p.indexOf(']'))).distinct()
        .toList();
    refused.forEach(ref -> skipped.add(network.name() + " " + ref));
    return refused.isEmpty() ? network : network.toBuilder()
        .services(network.services().stream().filter(s -> !refused.contains(s.ref().toString())).toList()).build();
  }

  private static List<ServiceStatus> syncAll(OkeNetwork network) {
    try (AppliedCluster cluster = AppliedCluster.of(network)) {
      cluster.oci.limits().fixedShapeLoadBalancers(FIXED_SHAPE_QUOTA);
      SimulatedCcm ccm = SimulatedCcm.builder(cluster.oci).cluster(network.compartmentId(), cluster.clusterId).build();
      List<Service> services = cluster.services();
      return ccm.syncAll(services);
    }
  }

  private static void accepted(ServiceStatus status) {
    assertThat(status.lastWarning().filter(e -> e.reason().equals(CcmEvent.SYNC_FAILED)))
        .as("%s: the CCM's refusal", status.service()).isEmpty();
    assertThat(status.address()).as("%s: its address", status.service()).isPresent();
  }
}
