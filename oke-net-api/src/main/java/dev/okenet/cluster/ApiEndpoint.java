package dev.okenet.cluster;

import dev.okenet.internal.Require;
import dev.okenet.Cidr;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Kubernetes API endpoint: public or private, and the client CIDRs allowed to reach TCP 6443.
 *
 * <pre>{@code
 * ApiEndpoint.privateEndpoint().allowClients("192.168.0.0/16")
 * ApiEndpoint.publicEndpoint().allowClients("203.0.113.0/24")
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

  /** A copy that also allows these client CIDRs. */
  public ApiEndpoint allowClients(String... cidrs) {
    ImmutableApiEndpoint.Builder b = ImmutableApiEndpoint.builder().from(this);
    for (String c : Require.elements(cidrs, "ApiEndpoint.allowClients(cidrs)", "cidrs", "Give client CIDRs, e.g. \"192.168.0.0/16\".")) {
      b.addAllowedClient(Require.ipv4(Require.cidr(c, "ApiEndpoint allowed client"), "ApiEndpoint allowed client"));
    }
    return b.build();
  }

  @Value.Check
  void check() {
    for (Cidr c : allowedClients()) {
      Require.ipv4(c, "ApiEndpoint allowed client");
    }
  }
}
