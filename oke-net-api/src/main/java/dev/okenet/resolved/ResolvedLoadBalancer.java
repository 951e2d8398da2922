package dev.okenet.resolved;

import dev.okenet.internal.Require;
import dev.okenet.key.NsgKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.kube.Service;
import java.util.List;
import java.util.Optional;

/**
 * The OCI load balancer (LB or NLB) a LoadBalancer Service gets, and where it lives.
 *
 * <pre>{@code
 * net.loadBalancers().get(0).subnetKey();   // Optional[subnet:lb-public]
 * }</pre>
 *
 * @param service the Service
 * @param subnetKey the LB subnet; empty when the network has no subnet for it
 * @param nsgKeys NSGs attached to the load balancer
 */
public record ResolvedLoadBalancer(Service service, Optional<SubnetKey> subnetKey, List<NsgKey> nsgKeys) {
  /** Copies the list so the record stays immutable. */
  public ResolvedLoadBalancer {
    Require.components(ResolvedLoadBalancer.class, service, subnetKey, nsgKeys);
    nsgKeys = List.copyOf(nsgKeys);
  }
}
