package dev.okenet.reach.internal;

/** Where a site's address lives, which decides how traffic gets to and from it. */
enum Zone {
  /** Inside the VCN, in a subnet. */
  VCN,
  /** Inside a VCN CIDR but in no subnet: nothing can live there. */
  VCN_UNUSED,
  /** Flannel's pods CIDR: only the cluster's nodes and pods reach it. */
  OVERLAY,
  /** Public address space. */
  INTERNET,
  /** The Oracle Services Network (a service CIDR label, public addresses). */
  SERVICE_NETWORK,
  /** What the DRG's attachments reach. */
  ON_PREMISES,
  /** A VCN behind a local peering gateway. */
  PEER,
  /** Private address space that neither the DRG nor an LPG reaches. */
  PRIVATE
}
