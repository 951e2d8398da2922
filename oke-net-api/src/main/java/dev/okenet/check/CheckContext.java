package dev.okenet.check;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Rule} gets to look at: the intent, the subnets with the CIDRs they get, the
 * resolved network (only when every subnet fits), the capacity computation and the limits.
 * Computed once per {@code validate()} and shared by every rule.
 *
 * <pre>{@code
 * (ctx, out) -> ctx.resolved().ifPresent(net ->
 *     net.nsgs().forEach(nsg -> ...));
 * }</pre>
 */
public interface CheckContext {
  /** The network being validated. */
  OkeNetwork network();

  /** OCI limits and thresholds in effect. */
  Limits limits();

  /** Every subnet, roles first in carving order, then extra subnets. */
  List<PlacedSubnet> subnets();

  /** The subnet of a role ({@link SubnetRole#CUSTOM}: the first extra subnet). */
  Optional<PlacedSubnet> subnet(SubnetRole role);

  /** Whether every subnet found room in the VCN. */
  boolean layoutFits();

  /**
   * The resolved network, present when every subnet fits in the VCN. Rules that judge generated
   * rules or route tables use it and skip when it is absent (the layout finding says why).
   */
  Optional<ResolvedNetwork> resolved();

  /** Address supply and demand per subnet: the numbers capacity findings are made of. */
  CapacityReport capacity();
}
