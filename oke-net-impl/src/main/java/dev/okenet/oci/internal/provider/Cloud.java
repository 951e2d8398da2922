package dev.okenet.oci.internal.provider;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.oci.internal.cloud.Calls;
import dev.okenet.oci.internal.cloud.PacedClients;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.Pacer;
import java.util.Objects;
import java.util.Optional;

/**
 * The OCI a provider talks to: its clients (a VirtualNetwork always; ContainerEngine,
 * NetworkLoadBalancer and Identity when given), and how every call goes out — retried under one
 * {@link RetryPolicy}, paced by one {@link Pacer} shared with every provider given the same
 * pacing (the clients are wrapped by {@link PacedClients}, waiter polls included), waited for with
 * one {@link WaitStrategy}. Plans, applies, imports and diagnoses all read
 * through here, so they page, retry and pace alike.
 *
 * <pre>{@code
 * Cloud cloud = new Cloud(vn, ce, nlb, RetryPolicy.defaults(), WaitStrategy.sdkDefault(), Pacer.NONE);
 * CloudContext ctx = cloud.context(compartmentId, "prod");
 * }</pre>
 */
public final class Cloud {
  private final VirtualNetwork virtualNetwork;
  private final ContainerEngine containerEngine;
  private final NetworkLoadBalancer networkLoadBalancer;
  private final Identity identity;
  private final RetryPolicy retryPolicy;
  private final WaitStrategy waitStrategy;
  private final Pacer pacer;

  /**
   * @param containerEngine may be null (network-only providers)
   * @param networkLoadBalancer may be null (no ingress NLBs)
   */
  public Cloud(VirtualNetwork virtualNetwork, ContainerEngine containerEngine, NetworkLoadBalancer networkLoadBalancer,
      RetryPolicy retryPolicy, WaitStrategy waitStrategy, Pacer pacer) {
    this(virtualNetwork, containerEngine, networkLoadBalancer, null, retryPolicy, waitStrategy, pacer);
  }

  /** @param identity may be null (availability domains are then given, or node pools are not created) */
  public Cloud(VirtualNetwork virtualNetwork, ContainerEngine containerEngine, NetworkLoadBalancer networkLoadBalancer,
      Identity identity, RetryPolicy retryPolicy, WaitStrategy waitStrategy, Pacer pacer) {
    Objects.requireNonNull(virtualNetwork, "virtualNetwork");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.virtualNetwork = PacedClients.virtualNetwork(virtualNetwork, pacer, retryPolicy.sleeper());
    this.containerEngine = containerEngine == null ? null
        : PacedClients.containerEngine(containerEngine, pacer, retryPolicy.sleeper());
    this.networkLoadBalancer = networkLoadBalancer == null ? null
        : PacedClients.networkLoadBalancer(networkLoadBalancer, pacer, retryPolicy.sleeper());
    this.identity = identity == null ? null : PacedClients.identity(identity, pacer, retryPolicy.sleeper());
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.waitStrategy = Objects.requireNonNull(waitStrategy, "waitStrategy");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
  }

  /** The budget every call goes through. */
  public Pacer pacer() {
    return pacer;
  }

  /** Whether a ContainerEngine client was given: without one, clusters and node pools are left alone. */
  public boolean hasContainerEngine() {
    return containerEngine != null;
  }

  /** Whether a NetworkLoadBalancer client was given: without one, ingress NLBs are not planned. */
  public boolean hasNetworkLoadBalancer() {
    return networkLoadBalancer != null;
  }

  /** The Identity client (availability domains); empty when none was given. */
  public Optional<Identity> identity() {
    return Optional.ofNullable(identity);
  }

  /** Fresh call counts under this cloud's retry policy. */
  public Calls calls() {
    return new Calls(retryPolicy);
  }

  /** A context for {@code network} in {@code compartmentId}, counting its calls in {@code calls}. */
  public CloudContext context(String compartmentId, String network, Calls calls) {
    return new CloudContext(virtualNetwork, containerEngine, networkLoadBalancer, compartmentId, network, calls, waitStrategy, null);
  }

  /** A context with fresh call counts. */
  public CloudContext context(String compartmentId, String network) {
    return context(compartmentId, network, calls());
  }
}
