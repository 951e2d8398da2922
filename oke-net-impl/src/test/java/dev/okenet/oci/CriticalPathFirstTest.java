package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A free worker takes the ready task with the longest remaining path to the end of the graph, not
 * the next one in plan order: with one worker the start order shows each choice.
 */
@FakeOciTest
class CriticalPathFirstTest {
  FakeOci oci;

  private List<ResourceType> startOrder() {
    List<ResourceType> started = new CopyOnWriteArrayList<>();
    OciNetworkProvider provider = FakeOciProviders.builder(oci).parallelism(1)
        .listener(e -> {
          if (e.state() == ProgressEvent.State.STARTED) {
            started.add(e.type());
          }
        }).build();
    assertThat(provider.apply(provider.plan(Networks.prod())).isSuccess()).isTrue();
    return started;
  }

  /**
   * Plan order would create the VCN, the DRG, then the internet gateway. The DRG goes first (it
   * needs nothing, and its chain DRG 10 s, attachment 5 s, route table 1 s, subnet 3 s, cluster
   * 360 s, nodes 170 s is the graph's longest), and after the VCN the DRG's attachment comes before
   * every gateway.
   */
  @Test
  void theDrgChainStartsFirstBecauseTheCriticalPathRunsThroughIt() {
    assertThat(startOrder()).startsWith(ResourceType.DRG, ResourceType.VCN, ResourceType.DRG_ATTACHMENT);
  }

  /** The cluster (360 s, then its node pools) starts before work no longer path leads through, such as the load balancer subnet's route table. */
  @Test
  void theClusterStartsAsSoonAsItIsReadyAheadOfShorterWork() {
    List<ResourceType> order = startOrder();

    assertThat(order.indexOf(ResourceType.CLUSTER)).isLessThan(order.lastIndexOf(ResourceType.SUBNET));
  }
}
