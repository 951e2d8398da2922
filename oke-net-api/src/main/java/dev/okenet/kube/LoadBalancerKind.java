package dev.okenet.kube;

/**
 * Which OCI load balancer the cloud controller manager creates for a LoadBalancer Service
 * (annotation {@code oci.oraclecloud.com/load-balancer-type}).
 *
 * <pre>{@code
 * Service.loadBalancer("shop", "web").withNetworkLoadBalancer().loadBalancer().get().kind();  // NETWORK_LOAD_BALANCER
 * }</pre>
 */
public enum LoadBalancerKind {
  /** An OCI (layer 7) load balancer, "lb". */
  LOAD_BALANCER("lb"),
  /** An OCI network (layer 4) load balancer, "nlb". */
  NETWORK_LOAD_BALANCER("nlb");

  private final String annotationValue;

  LoadBalancerKind(String annotationValue) {
    this.annotationValue = annotationValue;
  }

  /** The annotation's value: "lb" or "nlb". */
  public String annotationValue() {
    return annotationValue;
  }
}
