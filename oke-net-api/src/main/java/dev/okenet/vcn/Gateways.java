package dev.okenet.vcn;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The VCN's gateways to the outside: internet, NAT and service gateway. Private OKE subnets need
 * NAT and the service gateway; public load balancers need the internet gateway.
 *
 * <pre>{@code
 * Gateways.internet().nat().serviceGateway()      // what a typical cluster needs
 * Gateways.none().nat().serviceGateway()          // private only
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

  /** An internet gateway; chain {@link #nat()} and {@link #serviceGateway()} for the rest. */
  public static Gateways internet() {
    return none().withInternetGateway();
  }

  /** A copy with an internet gateway. */
  public Gateways withInternetGateway() {
    return ImmutableGateways.builder().from(this).hasInternetGateway(true).build();
  }

  /** A copy with a standard NAT gateway. */
  public Gateways nat() {
    return nat(NatGateway.standard());
  }

  /** A copy with this NAT gateway. */
  public Gateways nat(NatGateway nat) {
    return ImmutableGateways.builder().from(this).natGateway(nat).build();
  }

  /** A copy with a service gateway to all services in the Oracle Services Network. */
  public Gateways serviceGateway() {
    return serviceGateway(ServiceGatewayScope.ALL_SERVICES);
  }

  /** A copy with a service gateway of this scope. */
  public Gateways serviceGateway(ServiceGatewayScope scope) {
    return ImmutableGateways.builder().from(this).serviceGatewayScope(scope).build();
  }
}
