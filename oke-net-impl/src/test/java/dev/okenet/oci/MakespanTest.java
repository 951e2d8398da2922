package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * On FakeOci's manual virtual clock with OCI's typical latencies, applied as a discrete-event
 * simulation ({@link SimulatedTime}): each task its own caller of the clock, finished tasks handled
 * in virtual order. A parallel apply of prod takes the dependency graph's critical path, one
 * resource at a time takes the sum of every create, and every run of the same apply takes the same
 * virtual time.
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
      case REMOTE_PEERING_CONNECTION: return ResourceKind.REMOTE_PEERING_CONNECTION;
      case ROUTE_TABLE: return ResourceKind.ROUTE_TABLE;
      case SECURITY_LIST:
      case DEFAULT_SECURITY_LIST: return ResourceKind.SECURITY_LIST;
      case NETWORK_SECURITY_GROUP: return ResourceKind.NETWORK_SECURITY_GROUP;
      case SUBNET: return ResourceKind.SUBNET;
      case CLUSTER: return ResourceKind.CLUSTER;
      case NETWORK_LOAD_BALANCER: return ResourceKind.NETWORK_LOAD_BALANCER;
      default: return ResourceKind.NODE_POOL;
    }
  }

  /**
   * What a create of {@code type} takes on {@code clock}: its kind's latency; a node pool's work
   * request also waits for its nodes (every pool of these networks that is on the critical path
   * starts with nodes).
   */
  static Function<ResourceType, Duration> latencies(VirtualClock clock) {
    return t -> t == ResourceType.NODE_POOL ? clock.nodeLatency().plus(Duration.ZERO) : clock.latency(kindOf(t));
  }

  private record Run(Duration makespan, Duration criticalPath, Duration sumOfCreates) {
  }

  private static Run run(int parallelism, ResolvedNetwork net, boolean networkOnly) {
    // Several runs per test, each on a fake of its own.
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()) {
      VirtualClock clock = fake.clock();
      OciNetworkProvider provider = FakeOciProviders.builder(fake).parallelism(parallelism).networkOnly(networkOnly)
          .simulatedTime(SimulatedTime.of(clock::callerElapsed, clock::runAsNewCaller)).build();
      Plan plan = provider.plan(net);
      Duration cp = plan.criticalPath(latencies(clock));
      Duration sum = plan.changes().stream().filter(c -> c.type() != ResourceType.DEFAULT_SECURITY_LIST)
          .map(c -> c.type() == ResourceType.NODE_POOL && nodes(net, c.key()) == 0 ? clock.latency(ResourceKind.NODE_POOL)
              : latencies(clock).apply(c.type()))
          .reduce(Duration.ZERO, Duration::plus);
      Duration before = clock.elapsed();
      ApplyResult result = provider.apply(plan);
      assertThat(result.isSuccess()).as(result.toString()).isTrue();
      return new Run(clock.elapsed().minus(before), cp, sum);
    }
  }

  private static int nodes(ResolvedNetwork net, ResourceKey key) {
    return net.nodePools().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().pool().minNodes();
  }

  /**
   * Ten workers for a graph wider than ten: the critical path's tasks start first whenever they are
   * ready (DRG 10 s, its VCN attachment 5 s, route table 1 s, subnet 3 s).
   */
  @Test
  void parallelApplyOfTheNetworkWithTenWorkersTakesExactlyTheCriticalPath() {
    Run parallel = run(OciNetworkProvider.DEFAULT_PARALLELISM, Networks.prod(), true);

    assertThat(parallel.criticalPath()).isEqualTo(Duration.ofSeconds(19));
    assertThat(parallel.makespan()).isEqualTo(parallel.criticalPath());
  }

  @Test
  void parallelApplyWithClusterAndNodePoolsTakesExactlyTheCriticalPath() {
    Run parallel = run(10, Networks.prod(), false);

    // the network's 19 s, then cluster 360 s and the general pool's nodes 170 s
    assertThat(parallel.criticalPath()).isEqualTo(Duration.ofSeconds(549));
    assertThat(parallel.makespan()).isEqualTo(parallel.criticalPath());
  }

  /**
   * The network alone: with the cluster (360 s) and nodes (170 s) on every path, the sum of all
   * creates is within 5% of the critical path, so only the network shows the difference.
   */
  @Test
  void oneAtATimeTakesExactlyTheSumOfEveryCreate() {
    Run serial = run(1, Networks.prod(), true);

    assertThat(serial.makespan()).isEqualTo(serial.sumOfCreates());
    assertThat(serial.makespan().toMillis()).isGreaterThan((long) (serial.criticalPath().toMillis() * 1.05));
  }

  /** Three workers: a schedule between the two bounds, which the simulation reaches on every run. */
  @Test
  void aSimulatedApplyTakesTheSameVirtualTimeOnEveryRun() {
    Run first = run(3, Networks.prod(), true);

    for (int i = 0; i < 5; i++) {
      assertThat(run(3, Networks.prod(), true).makespan()).isEqualTo(first.makespan());
    }
    assertThat(first.makespan()).isBetween(first.criticalPath(), first.sumOfCreates());
  }
}
