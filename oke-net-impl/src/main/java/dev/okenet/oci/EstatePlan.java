package dev.okenet.oci;

import dev.okenet.internal.Require;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plans of several networks made from one read of their compartment(s)
 * ({@link OciNetworkProvider#planEstate}): one {@link Plan} per network, by name, in the order
 * given. Each plan is that network's alone: what its tags make its own, nothing of the others.
 *
 * <pre>{@code
 * EstatePlan estate = provider.planEstate(List.of(prod.resolve(), staging.resolve()));
 * System.out.println(estate.summary());      // "prod: No changes. …\nstaging: Plan: 31 to add, …"
 * provider.apply(estate);                     // all networks at once, through one pacing budget
 * }</pre>
 */
public final class EstatePlan {
  private final Map<String, Plan> plans;

  EstatePlan(Map<String, Plan> plans) {
    this.plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
  }

  /** Every network's plan, by network name, in the order the networks were given. */
  public Map<String, Plan> plans() {
    return plans;
  }

  /** The plan of network {@code name}. */
  public Optional<Plan> plan(String name) {
    Require.notNull(name, "EstatePlan.plan(name): name", "Give a network's name, e.g. \"prod\".");
    return Optional.ofNullable(plans.get(name));
  }

  /** Whether no network would change. */
  public boolean isEmpty() {
    return plans.values().stream().allMatch(Plan::isEmpty);
  }

  /** One summary line per network: "name: Plan: … ." */
  public String summary() {
    StringBuilder out = new StringBuilder();
    plans.forEach((name, plan) -> out.append(name).append(": ").append(plan.summary()).append('\n'));
    return out.toString();
  }

  /** Every plan rendered, one after another. */
  public String render() {
    StringBuilder out = new StringBuilder();
    plans.values().forEach(p -> out.append(p.render()).append('\n'));
    return out.toString();
  }

  @Override
  public String toString() {
    return "EstatePlan" + plans.keySet();
  }
}
