package dev.okenet.resolved;

import dev.okenet.vcn.Cidr;
import dev.okenet.cluster.ClusterType;
import dev.okenet.cluster.Cni;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.internal.Require;
import dev.okenet.key.ClusterKey;
import dev.okenet.key.NsgKey;
import dev.okenet.key.SubnetKey;
import java.util.List;
import java.util.Optional;

/**
 * The OKE cluster's networking, by logical keys of the resources it uses.
 *
 * <pre>{@code
 * net.cluster().cni();   // VCN_NATIVE
 * }</pre>
 *
 * @param key {@code cluster}
 * @param name the cluster name
 * @param type basic or enhanced
 * @param kubernetesVersion e.g. "v1.31.1"
 * @param endpointPublic whether the API endpoint is public
 * @param endpointSubnetKey the API endpoint subnet's key
 * @param endpointNsgKeys NSGs on the API endpoint
 * @param cni the pod networking plugin
 * @param podsCidr flannel's pods CIDR, if flannel
 * @param servicesCidr the services CIDR
 * @param serviceLbSubnetKeys subnets the cluster uses for LoadBalancer services by default
 * @param policyEngine what enforces NetworkPolicy
 * @param existingId the OCID of an existing cluster, if referenced
 */
public record ResolvedCluster(ClusterKey key, String name, ClusterType type, String kubernetesVersion,
    boolean endpointPublic, SubnetKey endpointSubnetKey, List<NsgKey> endpointNsgKeys, Cni cni,
    Optional<Cidr> podsCidr, Cidr servicesCidr, List<SubnetKey> serviceLbSubnetKeys,
    PolicyEngine policyEngine, Optional<String> existingId) {
  /** Copies the lists so the record stays immutable. */
  public ResolvedCluster {
    Require.components(ResolvedCluster.class, key, name, type, kubernetesVersion, endpointPublic, endpointSubnetKey, endpointNsgKeys, cni, podsCidr, servicesCidr, serviceLbSubnetKeys, policyEngine, existingId);
    endpointNsgKeys = List.copyOf(endpointNsgKeys);
    serviceLbSubnetKeys = List.copyOf(serviceLbSubnetKeys);
  }
}
