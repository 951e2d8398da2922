package dev.okenet.resolved;

import dev.okenet.cluster.ClusterType;
import dev.okenet.cluster.Cni;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.key.ClusterKey;
import dev.okenet.key.NsgKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.vcn.Cidr;
import java.util.List;
import java.util.Optional;

/**
 * The OKE cluster's networking, by logical keys of the resources it uses. Built by
 * {@code OkeNetwork.resolve()}; equal when every component is.
 *
 * <pre>{@code
 * ResolvedCluster cluster = ReferenceNetworks.prod().resolve().cluster();
 * cluster.cni();                  // VCN_NATIVE
 * cluster.endpointSubnetKey();    // subnet:api
 * }</pre>
 */
public final class ResolvedCluster {
  private final ClusterKey key;
  private final String name;
  private final ClusterType type;
  private final String kubernetesVersion;
  private final boolean endpointPublic;
  private final SubnetKey endpointSubnetKey;
  private final List<NsgKey> endpointNsgKeys;
  private final Cni cni;
  private final Optional<Cidr> podsCidr;
  private final Cidr servicesCidr;
  private final List<SubnetKey> serviceLbSubnetKeys;
  private final PolicyEngine policyEngine;
  private final Optional<String> existingId;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedCluster(ClusterKey key, String name, ClusterType type, String kubernetesVersion, boolean endpointPublic,
      SubnetKey endpointSubnetKey, List<NsgKey> endpointNsgKeys, Cni cni, Optional<Cidr> podsCidr, Cidr servicesCidr,
      List<SubnetKey> serviceLbSubnetKeys, PolicyEngine policyEngine, Optional<String> existingId) {
    this.key = Components.value(key, "ResolvedCluster", "key");
    this.name = Components.value(name, "ResolvedCluster", "name");
    this.type = Components.value(type, "ResolvedCluster", "type");
    this.kubernetesVersion = Components.value(kubernetesVersion, "ResolvedCluster", "kubernetesVersion");
    this.endpointPublic = endpointPublic;
    this.endpointSubnetKey = Components.value(endpointSubnetKey, "ResolvedCluster", "endpointSubnetKey");
    this.endpointNsgKeys = Components.list(endpointNsgKeys, "ResolvedCluster", "endpointNsgKeys");
    this.cni = Components.value(cni, "ResolvedCluster", "cni");
    this.podsCidr = Components.optional(podsCidr, "ResolvedCluster", "podsCidr");
    this.servicesCidr = Components.value(servicesCidr, "ResolvedCluster", "servicesCidr");
    this.serviceLbSubnetKeys = Components.list(serviceLbSubnetKeys, "ResolvedCluster", "serviceLbSubnetKeys");
    this.policyEngine = Components.value(policyEngine, "ResolvedCluster", "policyEngine");
    this.existingId = Components.optional(existingId, "ResolvedCluster", "existingId");
  }

  /** The logical key, {@code cluster}. */
  public ClusterKey key() {
    return key;
  }

  /** The cluster name. */
  public String name() {
    return name;
  }

  /** Basic or enhanced. */
  public ClusterType type() {
    return type;
  }

  /** The Kubernetes version, e.g. "v1.31.1". */
  public String kubernetesVersion() {
    return kubernetesVersion;
  }

  /** Whether the API endpoint is public. */
  public boolean endpointPublic() {
    return endpointPublic;
  }

  /** The API endpoint subnet's key. */
  public SubnetKey endpointSubnetKey() {
    return endpointSubnetKey;
  }

  /** NSGs on the API endpoint. */
  public List<NsgKey> endpointNsgKeys() {
    return endpointNsgKeys;
  }

  /** The pod networking plugin. */
  public Cni cni() {
    return cni;
  }

  /** Flannel's pods CIDR, if flannel. */
  public Optional<Cidr> podsCidr() {
    return podsCidr;
  }

  /** The services CIDR. */
  public Cidr servicesCidr() {
    return servicesCidr;
  }

  /** Subnets the cluster uses for LoadBalancer services by default. */
  public List<SubnetKey> serviceLbSubnetKeys() {
    return serviceLbSubnetKeys;
  }

  /** What enforces NetworkPolicy. */
  public PolicyEngine policyEngine() {
    return policyEngine;
  }

  /** The OCID of an existing cluster, if referenced. */
  public Optional<String> existingId() {
    return existingId;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedCluster c && key.equals(c.key) && name.equals(c.name) && type == c.type
        && kubernetesVersion.equals(c.kubernetesVersion) && endpointPublic == c.endpointPublic
        && endpointSubnetKey.equals(c.endpointSubnetKey) && endpointNsgKeys.equals(c.endpointNsgKeys) && cni == c.cni
        && podsCidr.equals(c.podsCidr) && servicesCidr.equals(c.servicesCidr) && serviceLbSubnetKeys.equals(c.serviceLbSubnetKeys)
        && policyEngine.equals(c.policyEngine) && existingId.equals(c.existingId);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    int h = key.hashCode();
    h = 31 * h + name.hashCode();
    h = 31 * h + type.hashCode();
    h = 31 * h + kubernetesVersion.hashCode();
    h = 31 * h + Boolean.hashCode(endpointPublic);
    h = 31 * h + endpointSubnetKey.hashCode();
    h = 31 * h + endpointNsgKeys.hashCode();
    h = 31 * h + cni.hashCode();
    h = 31 * h + podsCidr.hashCode();
    h = 31 * h + servicesCidr.hashCode();
    h = 31 * h + serviceLbSubnetKeys.hashCode();
    h = 31 * h + policyEngine.hashCode();
    return 31 * h + existingId.hashCode();
  }

  /** {@code ResolvedCluster[key=cluster, name=prod, type=ENHANCED, ...]}, as the record's was. */
  @Override
  public String toString() {
    return "ResolvedCluster[key=" + key + ", name=" + name + ", type=" + type + ", kubernetesVersion=" + kubernetesVersion
        + ", endpointPublic=" + endpointPublic + ", endpointSubnetKey=" + endpointSubnetKey + ", endpointNsgKeys=" + endpointNsgKeys
        + ", cni=" + cni + ", podsCidr=" + podsCidr + ", servicesCidr=" + servicesCidr + ", serviceLbSubnetKeys=" + serviceLbSubnetKeys
        + ", policyEngine=" + policyEngine + ", existingId=" + existingId + "]";
  }
}
