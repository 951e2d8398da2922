package dev.okenet.vcn;

/**
 * The IP protocols a security rule can name, with OCI's protocol numbers.
 *
 * <pre>{@code
 * Protocol.TCP.ociNumber();   // "6", as OCI's API spells it
 * }</pre>
 */
public enum Protocol {
  /** Transmission Control Protocol (6). */
  TCP("6"),
  /** User Datagram Protocol (17). */
  UDP("17"),
  /** Internet Control Message Protocol (1). */
  ICMP("1"),
  /** Every protocol ("all" in OCI's API). */
  ALL("all");

  private final String ociNumber;

  Protocol(String ociNumber) {
    this.ociNumber = ociNumber;
  }

  /** The protocol as OCI's security rule API spells it: "6", "17", "1" or "all". */
  public String ociNumber() {
    return ociNumber;
  }
}
