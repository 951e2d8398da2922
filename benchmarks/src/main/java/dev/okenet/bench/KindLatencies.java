package dev.okenet.bench;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.Change;
import dev.okenet.oci.ResourceType;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import java.time.Duration;
import java.util.function.Function;

/**
 * The provisioning latency FakeOci's clock gives each of the provider's resource types, for
 * {@link dev.okenet.oci.Plan#criticalPath(Function)}: the same figures the fake's timeline runs on.
 *
 * <pre>{@code
 * Duration cp = plan.criticalPath(KindLatencies.of(fake.clock()));
 * }</pre>
 */
public final class KindLatencies {
  private KindLatencies() {}

  /**
   * The latency of each resource type on {@code clock}. A node pool counts as its nodes' launch
   * when that is longer: the provider waits for the create's work request, which FakeOci (like OCI)
   * completes only once a pool's first nodes are up.
   */
  public static Function<ResourceType, Duration> of(VirtualClock clock) {
    return type -> {
      Duration api = clock.latency(kindOf(type));
      if (type == ResourceType.NODE_POOL && clock.nodeLatency().compareTo(api) > 0) {
        return clock.nodeLatency();
      }
      return api;
    };
  }

  /**
   * The latency of one change's resource: as {@link #of(VirtualClock)}, but a node pool created
   * with no nodes (minNodes 0, the size the provider creates it with) takes only its API latency.
   */
  public static Function<Change, Duration> ofChange(VirtualClock clock, ResolvedNetwork net) {
    Function<ResourceType, Duration> byType = of(clock);
    return change -> {
      boolean empty = change.type() == ResourceType.NODE_POOL && net.nodePools().stream()
          .anyMatch(p -> p.key().equals(change.key()) && p.pool().minNodes() == 0);
      return empty ? clock.latency(ResourceKind.NODE_POOL) : byType.apply(change.type());
    };
  }

  /** FakeOci's kind for a provider resource type; the types share their names but one. */
  static ResourceKind kindOf(ResourceType type) {
    if (type == ResourceType.DEFAULT_SECURITY_LIST) {
      return ResourceKind.SECURITY_LIST;
    }
    try {
      return ResourceKind.valueOf(type.name());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Resource type " + type + " has no FakeOci ResourceKind of the same name; "
          + "map it in KindLatencies.kindOf.", e);
    }
  }
}
