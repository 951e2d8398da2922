package dev.okenet.cluster;

import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How pods get their addresses: VCN-native (pods are VCN citizens, addresses from the pod subnet)
 * or flannel (an overlay with a pods CIDR, one /25 per node).
 *
 * <pre>{@code
 * PodNetworking.vcnNative()
 * PodNetworking.flannel()                       // pods CIDR 10.244.0.0/16: at most 512 nodes
 * PodNetworking.flannel("10.240.0.0/14")        // up to 2,048 nodes
 * }</pre>
 */
@Value.Immutable
public abstract class PodNetworking {
  /** Flannel's default pods CIDR. */
  public static final String DEFAULT_FLANNEL_PODS_CIDR = "10.244.0.0/16";
  /** Secondary IPs each pod VNIC holds (and pre-allocates) on VCN-native pod networking. */
  public static final int IPS_PER_POD_VNIC = 31;
  /** Kubernetes' default and OKE's maximum pods per node. */
  public static final int KUBERNETES_MAX_PODS_PER_NODE = 110;
  /** Flannel gives every node a /25 of the pods CIDR. */
  public static final int FLANNEL_NODE_PREFIX = 25;

  /** The CNI plugin. */
  public abstract Cni cni();

  /** The overlay's pods CIDR (flannel only). */
  public abstract Optional<Cidr> podsCidr();

  /** VCN-native pod networking. */
  public static PodNetworking vcnNative() {
    return ImmutablePodNetworking.builder().cni(Cni.VCN_NATIVE).build();
  }

  /** Flannel with the default pods CIDR 10.244.0.0/16. */
  public static PodNetworking flannel() {
    return flannel(DEFAULT_FLANNEL_PODS_CIDR);
  }

  /** Flannel with this pods CIDR; it cannot change after the cluster is created. */
  public static PodNetworking flannel(String podsCidr) {
    return ImmutablePodNetworking.builder().cni(Cni.FLANNEL).podsCidr(CidrArguments.cidr(podsCidr, "PodNetworking.flannel(podsCidr)")).build();
  }

  /** Whether pods are VCN citizens. */
  public boolean isVcnNative() {
    return cni() == Cni.VCN_NATIVE;
  }

  /** The most nodes flannel can serve: 2^(25 − pods prefix); empty for VCN-native. */
  public Optional<Long> flannelNodeCapacity() {
    return podsCidr().filter(c -> cni() == Cni.FLANNEL)
        .map(c -> c.prefixLength() > FLANNEL_NODE_PREFIX ? 0L : 1L << (FLANNEL_NODE_PREFIX - c.prefixLength()));
  }

  @Value.Check
  void check() {
    if (cni() == Cni.VCN_NATIVE && podsCidr().isPresent()) {
      throw new IllegalArgumentException(
          "VCN-native pod networking takes pod addresses from the pods subnet, not from pods CIDR "
              + podsCidr().get() + ". Remove the pods CIDR, or use PodNetworking.flannel(\"" + podsCidr().get() + "\").");
    }
    podsCidr().ifPresent(c -> {
      if (!c.isIpv4()) {
        throw new IllegalArgumentException("Flannel pods CIDR " + c + " is IPv6; flannel on OKE takes an IPv4 block such as 10.244.0.0/16.");
      }
    });
  }
}
