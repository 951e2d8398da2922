package dev.okenet.vcn;

import dev.okenet.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The VCN's gateways to the outside: internet, NAT and service gateway. Private OKE subnets need
 * NAT and the service gateway; public load balancers need the internet gateway. A network that
 * names none gets all three ({@code OkeNetwork.DEFAULT_GATEWAYS}).
 *
 * <pre>{@code
 * Gateways.internet().withNat().withServiceGateway()      // what a typical cluster needs (the default)
 * Gateways.none().withNat().withServiceGateway()          // private only
 * Gateways.none().withNat(NatGateway.standard().withReservedPublicIpId("ocid1.publicip.oc1.iad.aaaa…"))
 * }</pre>
 */
@Value.Immutable
public abstract class Gateways {
  /** Whether the VCN has an internet gateway. */
  @Value.Default
  public boolean hasInternetGateway() {
    return false;
  }

  /** The NAT gateway, if any. */
  public abstract Optional<NatGateway> natGateway();

  /** The service gateway's scope, if there is one. */
  public abstract Optional<ServiceGatewayScope> serviceGatewayScope();

  /** No gateways. */
  public static Gateways none() {
    return ImmutableGateways.builder().build();
  }

  /** An internet gateway; chain {@link #withNat()} and {@link #withServiceGateway()} for the rest. */
  public static Gateways internet() {
    return none().withInternetGateway();
  }

  /** A copy with an internet gateway. */
  public Gateways withInternetGateway() {
    return ((ImmutableGateways) ImmutableGateways.copyOf(this)).withHasInternetGateway(true);
  }

  /** A copy with a standard NAT gateway. */
  public Gateways withNat() {
    return withNat(NatGateway.standard());
  }

  /** A copy with this NAT gateway. */
  public Gateways withNat(NatGateway nat) {
    Require.notNull(nat, "Gateways.withNat(nat): nat", "Give a NAT gateway, e.g. NatGateway.standard(), or use withNat().");
    return ((ImmutableGateways) ImmutableGateways.copyOf(this)).withNatGateway(nat);
  }

  /** A copy with a service gateway to all services in the Oracle Services Network. */
  public Gateways withServiceGateway() {
    return withServiceGateway(ServiceGatewayScope.ALL_SERVICES);
  }

  /** A copy with a service gateway of this scope. */
  public Gateways withServiceGateway(ServiceGatewayScope scope) {
    Require.notNull(scope, "Gateways.withServiceGateway(scope): scope", "Give a scope, e.g. ServiceGatewayScope.ALL_SERVICES, or use withServiceGateway().");
    return ((ImmutableGateways) ImmutableGateways.copyOf(this)).withServiceGatewayScope(scope);
  }
}
