package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.oci.WaitStrategy;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a resource handler needs to talk to OCI: the clients, the compartment and network, the
 * retrying call path, the wait strategy, the region's Oracle services and the availability
 * domains node pools are placed in (both as the plan read them). One per task (the retry
 * listener names the task); everything else is shared.
 */
public final class CloudContext {
  private final VirtualNetwork virtualNetwork;
  private final ContainerEngine containerEngine;
  private final NetworkLoadBalancer networkLoadBalancer;
  private final String compartmentId;
  private final String network;
  private final Calls calls;
  private final WaitStrategy wait;
  private final Calls.RetryListener listener;
  private final OracleServices services;
  private final java.util.List<String> availabilityDomains;

  /** A context with no retry listener. */
  public CloudContext(VirtualNetwork virtualNetwork, ContainerEngine containerEngine, NetworkLoadBalancer networkLoadBalancer,
      String compartmentId, String network, Calls calls, WaitStrategy wait, OracleServices services) {
    this(virtualNetwork, containerEngine, networkLoadBalancer, compartmentId, network, calls, wait, (o, e, a, d) -> { }, services,
        java.util.List.of());
  }

  private CloudContext(VirtualNetwork virtualNetwork, ContainerEngine containerEngine, NetworkLoadBalancer networkLoadBalancer,
      String compartmentId, String network, Calls calls, WaitStrategy wait, Calls.RetryListener listener, OracleServices services,
      java.util.List<String> availabilityDomains) {
    this.virtualNetwork = Objects.requireNonNull(virtualNetwork, "virtualNetwork");
    this.containerEngine = containerEngine;
    this.networkLoadBalancer = networkLoadBalancer;
    this.compartmentId = compartmentId;
    this.network = network;
    this.calls = calls;
    this.wait = wait;
    this.listener = listener;
    this.services = services;
    this.availabilityDomains = java.util.List.copyOf(availabilityDomains);
  }

  /** The same context reporting retries to {@code l}. */
  public CloudContext withListener(Calls.RetryListener l) {
    return new CloudContext(virtualNetwork, containerEngine, networkLoadBalancer, compartmentId, network, calls, wait, l, services,
        availabilityDomains);
  }

  /** The same context with the region's services known. */
  public CloudContext withServices(OracleServices s) {
    return new CloudContext(virtualNetwork, containerEngine, networkLoadBalancer, compartmentId, network, calls, wait, listener, s,
        availabilityDomains);
  }

  /** The same context placing node pools in {@code domains} (as the plan found them). */
  public CloudContext withAvailabilityDomains(java.util.List<String> domains) {
    return new CloudContext(virtualNetwork, containerEngine, networkLoadBalancer, compartmentId, network, calls, wait, listener,
        services, domains);
  }

  public VirtualNetwork vn() {
    return virtualNetwork;
  }

  /** The container engine client; fails with the fix when none was given. */
  public ContainerEngine ce() {
    if (containerEngine == null) {
      throw new IllegalStateException("The plan manages the OKE cluster but the provider has no ContainerEngine client. "
          + "Pass one with OciNetworkProvider.builder().containerEngine(...), or use networkOnly mode.");
    }
    return containerEngine;
  }

  /** The network load balancer client; fails with the fix when none was given. */
  public NetworkLoadBalancer nlb() {
    if (networkLoadBalancer == null) {
      throw new IllegalStateException("The plan manages a network load balancer but the provider has no NetworkLoadBalancer "
          + "client. Pass one with OciNetworkProvider.builder().networkLoadBalancer(...), or turn ingressLoadBalancers off.");
    }
    return networkLoadBalancer;
  }

  /** Whether a container engine client was given. */
  public boolean hasContainerEngine() {
    return containerEngine != null;
  }

  public String compartmentId() {
    return compartmentId;
  }

  public String network() {
    return network;
  }

  public WaitStrategy waitStrategy() {
    return wait;
  }

  public OracleServices services() {
    return services;
  }

  /** The availability domains node pools are placed in; empty when the plan had none. */
  public java.util.List<String> availabilityDomains() {
    return availabilityDomains;
  }

  public Calls calls() {
    return calls;
  }

  /** A retried call. */
  public <T> T call(String operation, Supplier<T> call) {
    return calls.call(operation, call, listener);
  }

  /**
   * A retried delete that treats "already being deleted" as in progress: empty when
   * {@code lifecycleState} (a read of the resource's state) says DELETING, TERMINATING, DELETED or
   * TERMINATED, or answers 404, after OCI refused the delete with 409 IncorrectState.
   */
  public <T> java.util.Optional<T> delete(String operation, Supplier<T> call, String readOperation, Supplier<String> lifecycleState) {
    return calls.delete(operation, call, () -> {
      try {
        String state = call(readOperation, lifecycleState);
        return state != null && DELETING_STATES.contains(state.toUpperCase(java.util.Locale.ROOT));
      } catch (com.oracle.bmc.model.BmcException e) {
        if (e.getStatusCode() == 404) {
          return true;
        }
        throw e;
      }
    }, listener);
  }

  private static final java.util.Set<String> DELETING_STATES = java.util.Set.of("DELETING", "TERMINATING", "DELETED", "TERMINATED");

  /** A retried wait (a 404 right after a create is retried too). */
  public <T> T await(String operation, Supplier<T> call) {
    return calls.callTolerating404(operation, call, listener);
  }
}
