package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.testkit.ResourceKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * On FakeOci's manual virtual clock with OCI's typical latencies, a parallel apply takes the
 * DAG's critical path; one resource at a time takes the sum of the chain.
 */
class MakespanTest {
  static ResourceKind kindOf(ResourceType type) {
    switch (type) {
      case VCN: return ResourceKind.VCN;
      case DRG: return ResourceKind.DRG;
      case INTERNET_GATEWAY: return ResourceKind.INTERNET_GATEWAY;
      case NAT_GATEWAY: return ResourceKind.NAT_GATEWAY;
      case SERVICE_GATEWAY: return ResourceKind.SERVICE_GATEWAY;
      case LOCAL_PEERING_GATEWAY: return ResourceKind.LOCAL_PEERING_GATEWAY;
      case DRG_ATTACHMENT: return ResourceKind.DRG_ATTACHMENT;
      case ROUTE_TABLE: return ResourceKind.ROUTE_TABLE;
      case SECURITY_LIST:
      case DEFAULT_SECURITY_LIST: return ResourceKind.SECURITY_LIST;
      case NETWORK_SECURITY_GROUP: return ResourceKind.NETWORK_SECURITY_GROUP;
      case SUBNET: return ResourceKind.SUBNET;
      case CLUSTER: return ResourceKind.CLUSTER;
      default: return ResourceKind.NODE_POOL;
    }
  }

  private static Duration makespan(int parallelism, ResolvedNetwork net, Duration[] criticalPath) {
    try (FakeCloud cloud = FakeCloud.manualClock()) {
      OciNetworkProvider provider = cloud.providerBuilder().parallelism(parallelism).build();
      Plan plan = provider.plan(net);
      criticalPath[0] = plan.criticalPath(t -> cloud.fake.clock().latency(kindOf(t)));
      Duration before = cloud.fake.clock().elapsed();
      ApplyResult result = provider.apply(plan);
      assertThat(result.isSuccess()).as(result.toString()).isTrue();
      return cloud.fake.clock().elapsed().minus(before);
    }
  }

  /**
   * prod without its DRG: the provider makes route tables wait for the DRG attachment (OCI refuses
   * a DRG route before the attachment), which FakeOci's timeline does not model yet, so with a DRG
   * the fake's own critical path is shorter than the graph's.
   */
  private static ResolvedNetwork prodWithoutDrg() {
    dev.okenet.OkeNetwork.Builder b = dev.okenet.reference.ReferenceNetworks.prod().toBuilder();
    b.drg(java.util.Optional.empty());
    return b.build().resolve();
  }

  @Test
  void parallelApplyTakesTheCriticalPathWithinFivePercent() {
    Duration[] cp = new Duration[1];
    Duration parallel = makespan(10, prodWithoutDrg(), cp);

    assertThat(cp[0]).isGreaterThanOrEqualTo(Duration.ofSeconds(8));
    assertThat(parallel.toMillis()).isBetween(cp[0].toMillis(), (long) (cp[0].toMillis() * 1.05));
  }

  @Test
  void criticalPathOfProdRunsThroughTheDrgAttachment() {
    try (FakeCloud cloud = FakeCloud.manualClock()) {
      Plan plan = cloud.provider().plan(Networks.prod());

      Duration cp = plan.criticalPath(t -> cloud.fake.clock().latency(kindOf(t)));

      // DRG 10 s, attachment 5 s, route table 1 s, subnet 3 s
      assertThat(cp).isEqualTo(Duration.ofSeconds(19));
    }
  }
}
