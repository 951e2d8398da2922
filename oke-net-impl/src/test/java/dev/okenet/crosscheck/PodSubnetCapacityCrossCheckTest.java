package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.check.DemandShare;
import dev.okenet.check.SubnetCapacity;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.testkit.scheduling.PodStatus;
import dev.okenet.testkit.scheduling.SchedulingResult;
import dev.okenet.vcn.SubnetRole;
import org.junit.jupiter.api.Test;

/**
 * Classic failure 4: broken's /24 pod subnet. validate() reports OKE-IP-001 and capacity() says how
 * many 'general' nodes' worth of pod addresses the subnet holds; the scheduling simulation scales
 * 'general' to its maximum in FakeOci and schedules a full load of pods: exactly the predicted
 * count runs, the rest stay Pending with FailedToCreatePrivateIP. Hand-computed: a /24 has
 * 256 − 3 = 253 usable addresses; a node takes 60 + ceil(60 / 31) = 62; 253 / 62 = 4 nodes fit;
 * 4 × 60 = 240 pods run; of 12 × 60 = 720 pods, 480 stay Pending.
 */
@FakeOciTest
class PodSubnetCapacityCrossCheckTest {
  private static final int GENERAL_MAX_NODES = 12;
  private static final int GENERAL_MAX_PODS = 60;
  FakeOci oci;

  private static long nodesThatFit(OkeNetwork network) {
    SubnetCapacity pods = network.capacity().subnet(SubnetRole.PODS).orElseThrow();
    DemandShare general = pods.shares().stream().filter(s -> s.name().equals("general")).findFirst().orElseThrow();
    return Math.min(GENERAL_MAX_NODES, pods.usable() / general.perUnit());
  }

  private static SchedulingResult fullLoad(AppliedCluster cluster) {
    return cluster.scheduling().scaleNodePool(cluster.nodePoolIds.get("general"), GENERAL_MAX_NODES)
        .schedule("web", GENERAL_MAX_NODES * GENERAL_MAX_PODS);
  }

  @Test
  void validateAndCapacityPredictTheRunningCountTheSimulationShows() {
    OkeNetwork broken = ReferenceNetworks.broken();
    AppliedCluster cluster = AppliedCluster.into(oci, broken);
    long predictedRunning = nodesThatFit(broken) * GENERAL_MAX_PODS;

    SchedulingResult result = fullLoad(cluster);

    assertThat(broken.validate().findings("OKE-IP-001")).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("pods"));
    assertThat(nodesThatFit(broken)).isEqualTo(4);
    assertThat(predictedRunning).isEqualTo(240);
    assertThat(result.running()).isEqualTo(predictedRunning);
    assertThat(result.pendingWith(PodStatus.FAILED_TO_CREATE_PRIVATE_IP))
        .isEqualTo(GENERAL_MAX_NODES * GENERAL_MAX_PODS - predictedRunning).isEqualTo(480);
  }

  @Test
  void thePodSubnetInFakeOciIsAsFullAsCapacityPredicts() {
    OkeNetwork broken = ReferenceNetworks.broken();
    AppliedCluster cluster = AppliedCluster.into(oci, broken);
    SubnetCapacity predicted = broken.capacity().subnet(SubnetRole.PODS).orElseThrow();

    SchedulingResult result = fullLoad(cluster);

    assertThat(result.podSubnets()).singleElement().satisfies(u -> {
      assertThat(u.usable()).isEqualTo(predicted.usable()).isEqualTo(253);
      assertThat(u.allocated()).isEqualTo(nodesThatFit(broken) * 62).isEqualTo(248);
    });
  }

  @Test
  void onProdValidateIsSilentAndEveryPodRuns() {
    OkeNetwork prod = ReferenceNetworks.prod();
    AppliedCluster cluster = AppliedCluster.into(oci, prod);
    SchedulingResult result = fullLoad(cluster);

    assertThat(prod.validate().has("OKE-IP-001")).isFalse();
    assertThat(nodesThatFit(prod)).isEqualTo(GENERAL_MAX_NODES);
    assertThat(result.running()).isEqualTo(GENERAL_MAX_NODES * GENERAL_MAX_PODS);
    assertThat(result.pending()).isZero();
  }
}
