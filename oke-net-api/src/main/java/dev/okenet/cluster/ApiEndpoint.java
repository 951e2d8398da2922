package dev.okenet.cluster;

import dev.okenet.internal.Lists;
import dev.okenet.internal.Require;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Kubernetes API endpoint: public or private, and the client CIDRs allowed to reach TCP 6443.
 * The one place that sets the API's access: the API endpoint subnet follows it (see
 * {@link Cluster}).
 *
 * <pre>{@code
 * ApiEndpoint.privateEndpoint().addAllowedClients("192.168.0.0/16")
 * ApiEndpoint.publicEndpoint().addAllowedClients("203.0.113.0/24")
 * }</pre>
 */
@Value.Immutable
public abstract class ApiEndpoint {
  /** Whether the endpoint gets a public IP. */
  public abstract boolean isPublic();

  /** Client CIDRs allowed to reach the API (kubectl, CI). */
  public abstract List<Cidr> allowedClients();

  /** A private endpoint (the default): reachable from the VCN and what routes to it. */
  public static ApiEndpoint privateEndpoint() {
    return ImmutableApiEndpoint.builder().isPublic(false).build();
  }

  /** A public endpoint. */
  public static ApiEndpoint publicEndpoint() {
    return ImmutableApiEndpoint.builder().isPublic(true).build();
  }

  /** A copy that also allows these client CIDRs (IPv4). */
  public ApiEndpoint addAllowedClients(String... cidrs) {
    List<Cidr> more = new ArrayList<>();
    for (String c : Require.elements(cidrs, "ApiEndpoint.addAllowedClients(cidrs)", "cidrs", "Give client CIDRs, e.g. \"192.168.0.0/16\".")) {
      more.add(CidrArguments.ipv4(CidrArguments.cidr(c, "ApiEndpoint allowed client"), "ApiEndpoint allowed client"));
    }
    return ((ImmutableApiEndpoint) ImmutableApiEndpoint.copyOf(this)).withAllowedClients(Lists.plus(allowedClients(), more.toArray(Cidr[]::new)));
  }

  @Value.Check
  void check() {
    for (Cidr c : allowedClients()) {
      CidrArguments.ipv4(c, "ApiEndpoint allowed client");
    }
  }
}
