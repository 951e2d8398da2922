package dev.okenet.cluster;

/**
 * OKE's two pod networking plugins, with the {@code cniType} value OCI's API uses.
 *
 * <pre>{@code
 * Cni.VCN_NATIVE.ociCniType();   // "OCI_VCN_IP_NATIVE"
 * }</pre>
 */
public enum Cni {
  /** Pods get VCN IPs from the pod subnet, through secondary VNICs on each node. */
  VCN_NATIVE("OCI_VCN_IP_NATIVE"),
  /** Pods get overlay IPs from a pods CIDR, one /25 per node. */
  FLANNEL("FLANNEL_OVERLAY");

  private final String ociCniType;

  Cni(String ociCniType) {
    this.ociCniType = ociCniType;
  }

  /** The value of OCI's {@code cniType} field. */
  public String ociCniType() {
    return ociCniType;
  }
}
