package dev.okenet.resolved;

import dev.okenet.key.NsgKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.kube.Service;
import java.util.List;
import java.util.Optional;

/**
 * The OCI load balancer (LB or NLB) a LoadBalancer Service gets, and where it lives. Built by
 * {@code OkeNetwork.resolve()}; equal when every component is.
 *
 * <pre>{@code
 * ResolvedLoadBalancer lb = ReferenceNetworks.prod().resolve().loadBalancers().get(0);
 * lb.subnetKey();   // Optional[subnet:lb-public]
 * lb.nsgKeys();     // [nsg:lb-public]
 * }</pre>
 */
public final class ResolvedLoadBalancer {
  private final Service service;
  private final Optional<SubnetKey> subnetKey;
  private final List<NsgKey> nsgKeys;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedLoadBalancer(Service service, Optional<SubnetKey> subnetKey, List<NsgKey> nsgKeys) {
    this.service = Components.value(service, "ResolvedLoadBalancer", "service");
    this.subnetKey = Components.optional(subnetKey, "ResolvedLoadBalancer", "subnetKey");
    this.nsgKeys = Components.list(nsgKeys, "ResolvedLoadBalancer", "nsgKeys");
  }

  /** The Service. */
  public Service service() {
    return service;
  }

  /** The LB subnet; empty when the network has no subnet for it. */
  public Optional<SubnetKey> subnetKey() {
    return subnetKey;
  }

  /** NSGs attached to the load balancer. */
  public List<NsgKey> nsgKeys() {
    return nsgKeys;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedLoadBalancer l && service.equals(l.service) && subnetKey.equals(l.subnetKey)
        && nsgKeys.equals(l.nsgKeys);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    return 31 * (31 * service.hashCode() + subnetKey.hashCode()) + nsgKeys.hashCode();
  }

  /** {@code ResolvedLoadBalancer[service=..., subnetKey=Optional[subnet:lb-public], nsgKeys=[...]]}, as the record's was. */
  @Override
  public String toString() {
    return "ResolvedLoadBalancer[service=" + service + ", subnetKey=" + subnetKey + ", nsgKeys=" + nsgKeys + "]";
  }
}
