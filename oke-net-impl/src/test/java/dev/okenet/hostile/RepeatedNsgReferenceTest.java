package dev.okenet.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An NSG named twice where NSGs are attached (a node pool's nodes or pods, a load balancer) is
 * one attachment, not a list OCI keeps shorter than the plan wants: the apply succeeds and the
 * next plan is empty.
 */
class RepeatedNsgReferenceTest {

  @Test
  void anNsgNamedTwiceOnANodePoolIsAttachedOnceAndConverges() {
    OkeNetwork prod = ReferenceNetworks.prod();
    OkeNetwork network = prod.toBuilder()
        .addNsg(Nsg.named("metrics").allowFrom(Peer.ipv4("10.0.0.0/16"), Port.tcp(9100)))
        .nodePools(List.of(prod.nodePools().get(0).addNsgs("metrics", "metrics").addPodNsgs("metrics", "metrics"),
            prod.nodePools().get(1)))
        .build();
    ResolvedNetwork net = network.resolve();

    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.provider(fake);
      ApplyResult applied = provider.apply(provider.plan(net));

      assertThat(applied.isSuccess()).as("%s", applied).isTrue();
      assertThat(provider.plan(net).hasChanges()).as("%s", provider.plan(net).render()).isFalse();
    }
    assertThat(net.nodePool("general").orElseThrow().nsgKeys()).containsOnlyOnce(ResourceKey.customNsg("metrics"));
  }
}
