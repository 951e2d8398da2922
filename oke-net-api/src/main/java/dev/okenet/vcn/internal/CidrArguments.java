package dev.okenet.vcn.internal;

import dev.okenet.vcn.Cidr;

/**
 * Checks of CIDR arguments shared by the model's values, so that every refusal names where the
 * block was given. Not for users. Kept apart from {@code dev.okenet.internal.Require}, which
 * {@link Cidr} itself uses, so that no package cycle joins the two.
 *
 * <pre>{@code
 * Cidr pods = CidrArguments.cidr("10.244.0.0/16", "PodNetworking.flannel(podsCidr)");
 * CidrArguments.ipv4(pods, "ApiEndpoint allowed client");
 * }</pre>
 */
public final class CidrArguments {
  private CidrArguments() {}

  /**
   * {@link Cidr#of(String)} whose refusal also names where the text was given, e.g.
   * "LocalPeering 'shared' peerCidrs: '010.0.0.0/8' is not a CIDR block: ... Did you mean 10.0.0.0/8?".
   */
  public static Cidr cidr(String text, String where) {
    try {
      return Cidr.of(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fails unless {@code cidr} is IPv4: oke-net's subnets carry no IPv6 prefix, so an IPv6 block
   * in a peer, a client range, a route or a peer network would match nothing, and OCI refuses an
   * IPv6 route to any target but a DRG or an internet gateway (the SDK's {@code RouteRule}
   * {@code destination}: "If you set this to an IPv6 prefix, the route rule's target can only be a
   * DRG or internet gateway").
   */
  public static Cidr ipv4(Cidr cidr, String where) {
    if (!cidr.isIpv4()) {
      throw new IllegalArgumentException(where + " " + cidr + " is IPv6; oke-net's subnets are IPv4 only (the VCN's IPv6 "
          + "prefix is the one IPv6 block it takes), so it would match nothing. Give an IPv4 block, e.g. 192.168.0.0/16.");
    }
    return cidr;
  }
}
