package dev.okenet.check.internal;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.CapacityReport;
import dev.okenet.check.CheckContext;
import dev.okenet.check.Limits;
import dev.okenet.check.PlacedSubnet;
import dev.okenet.internal.resolve.CidrCarver;
import dev.okenet.internal.resolve.Resolver;
import dev.okenet.internal.resolve.SubnetSlot;
import dev.okenet.internal.resolve.SubnetSlots;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts one {@code validate()} computes once and every rule shares: the subnets placed by
 * the same carver {@code resolve()} uses (which reports what does not fit instead of throwing),
 * the resolved network when everything fits, and the capacity. Not for users.
 *
 * <pre>{@code
 * CheckContext ctx = ValidationRun.of(network, Limits.defaults());
 * }</pre>
 */
public final class ValidationRun implements CheckContext {
  private final OkeNetwork network;
  private final Limits limits;
  private final List<PlacedSubnet> subnets;
  private final List<PlacedSubnet> unplaced;
  private final Optional<ResolvedNetwork> resolved;
  private final Optional<String> resolveFailure;
  private final CapacityReport capacity;
  /** Several rules read the declared rules; collected on first use (a benign race: an immutable list). */
  private List<DeclaredRules.Declared> declaredRules;

  private ValidationRun(OkeNetwork network, Limits limits, List<PlacedSubnet> subnets, List<PlacedSubnet> unplaced,
      Optional<ResolvedNetwork> resolved, Optional<String> resolveFailure) {
    this.network = network;
    this.limits = limits;
    this.subnets = List.copyOf(subnets);
    this.unplaced = List.copyOf(unplaced);
    this.resolved = resolved;
    this.resolveFailure = resolveFailure;
    this.capacity = CapacityCalculator.compute(network, subnets, limits);
  }

  /** The capacity alone: places the subnets, and skips resolving (capacity needs no rules). */
  public static CapacityReport capacity(OkeNetwork network, Limits limits) {
    return CapacityCalculator.compute(network, place(network), limits);
  }

  /** Places the subnets and, when they all fit, resolves the network. */
  public static ValidationRun of(OkeNetwork network, Limits limits) {
    List<PlacedSubnet> placed = place(network);
    List<PlacedSubnet> unplaced = placed.stream().filter(s -> s.cidr().isEmpty()).toList();
    Optional<ResolvedNetwork> resolved = Optional.empty();
    Optional<String> failure = Optional.empty();
    if (unplaced.isEmpty()) {
      try {
        resolved = Optional.of(Resolver.resolve(network));
      } catch (RuntimeException e) {
        // validate() must not throw; the failure becomes a finding and resolved-only rules skip.
        failure = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    return new ValidationRun(network, limits, placed, unplaced, resolved, failure);
  }

  /** The subnets in carving order with the CIDRs the same carver as resolve() gives them; never throws for misfits. */
  private static List<PlacedSubnet> place(OkeNetwork network) {
    List<SubnetSlot> slots = SubnetSlots.of(network);
    CidrCarver.Layout layout = CidrCarver.carve(network.vcn().cidrs(), slots);
    List<PlacedSubnet> placed = new ArrayList<>();
    for (SubnetSlot slot : slots) {
      Optional<Cidr> cidr = Optional.ofNullable(layout.cidrs().get(slot.key()));
      placed.add(new PlacedSubnet(Paths.subnet(slot.role(), slot.label()), slot.role(), slot.label(), slot.subnet(),
          cidr, slot.prefixLength()));
    }
    return placed;
  }

  @Override
  public OkeNetwork network() {
    return network;
  }

  @Override
  public Limits limits() {
    return limits;
  }

  @Override
  public List<PlacedSubnet> subnets() {
    return subnets;
  }

  @Override
  public Optional<PlacedSubnet> subnet(SubnetRole role) {
    Require.notNull(role, "CheckContext.subnet(role): role", "Give a role, e.g. SubnetRole.WORKERS.");
    return subnets.stream().filter(s -> s.role() == role).findFirst();
  }

  /** The subnets that found no room in the VCN. */
  public List<PlacedSubnet> unplaced() {
    return unplaced;
  }

  @Override
  public boolean layoutFits() {
    return unplaced.isEmpty();
  }

  @Override
  public Optional<ResolvedNetwork> resolved() {
    return resolved;
  }

  /** Why {@code resolve()} failed although every subnet fits, if it did. */
  public Optional<String> resolveFailure() {
    return resolveFailure;
  }

  /** Every rule the user declared, with where it lands; see {@link DeclaredRules}. */
  List<DeclaredRules.Declared> declaredRules() {
    List<DeclaredRules.Declared> d = declaredRules;
    if (d == null) {
      d = DeclaredRules.collect(this);
      declaredRules = d;
    }
    return d;
  }

  @Override
  public CapacityReport capacity() {
    return capacity;
  }
}
