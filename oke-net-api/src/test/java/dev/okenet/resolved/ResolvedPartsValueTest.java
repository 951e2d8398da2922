package dev.okenet.resolved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The resolved parts are values, as they were while they were records: equal when every
 * component is (the same components that the accessors name), with a record's hash and a
 * record's {@code toString}. Parts are taken from resolved reference networks and rebuilt through
 * their package-private constructors with one component swapped for a value another part holds.
 */
class ResolvedPartsValueTest {
  /** The record-style parts, whose toString is the record's {@code Name[component=value, ...]}. */
  private static final List<Class<?>> RECORD_STYLE = List.of(ResolvedVcn.class, ResolvedSubnet.class, ResolvedRouteTable.class,
      ResolvedRuleSet.class, ResolvedGateway.class, ResolvedDrg.class, ResolvedCluster.class, ResolvedNodePool.class,
      ResolvedLoadBalancer.class);

  /** Components of a singleton key type (one value in every network), so no other value of their type exists. */
  private static final Set<String> SINGLE_VALUED = Set.of("ResolvedVcn.key", "ResolvedDrg.key", "ResolvedDrg.vcnAttachmentKey",
      "ResolvedCluster.key");

  private static final OkeNetwork PROD = ReferenceNetworks.prod();

  @Test
  void equalIntentsResolveToEqualPartsWithEqualHashesAndText() {
    List<Object> first = parts(PROD.resolve());
    List<Object> second = parts(PROD.toBuilder().build().resolve());

    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      Object a = first.get(i);
      Object b = second.get(i);
      assertThat(b).as("part %d", i).isEqualTo(a);
      assertThat(b.hashCode()).as("hash of %s", a).isEqualTo(a.hashCode());
      assertThat(b).as("part %d", i).hasToString(a.toString());
    }
  }

  @Test
  void aPartRebuiltFromItsAccessorsEqualsIt() throws Exception {
    for (Object part : allParts()) {
      Object copy = rebuild(part, -1, null);

      assertThat(copy).isEqualTo(part).isNotSameAs(part);
      assertThat(copy.hashCode()).as("hash of %s", part).isEqualTo(part.hashCode());
    }
  }

  @Test
  void aPartDifferingInOneComponentIsNotEqual() throws Exception {
    List<Object> parts = allParts();
    Map<String, Set<Object>> pool = valuesByType(parts);
    Set<String> varied = new TreeSet<>();
    Set<String> all = new TreeSet<>();
    for (Object part : parts) {
      Parameter[] components = constructorOf(part.getClass()).getParameters();
      for (int i = 0; i < components.length; i++) {
        String component = part.getClass().getSimpleName() + "." + components[i].getName();
        all.add(component);
        Optional<Object> other = otherValue(components[i], accessor(part, components[i].getName()), pool);
        if (other.isEmpty()) {
          continue;
        }
        Object changed = rebuild(part, i, other.get());

        assertThat(changed).as("%s with %s changed to %s", part, component, other.get()).isNotEqualTo(part);
        assertThat(part).as("%s with %s changed to %s", part, component, other.get()).isNotEqualTo(changed);
        varied.add(component);
      }
    }

    all.removeAll(varied);
    assertThat(all).as("components never varied").isEqualTo(SINGLE_VALUED);
  }

  @Test
  void recordStylePartsPrintTheirComponentsByNameAsTheRecordsDid() throws Exception {
    for (Object part : allParts()) {
      if (!RECORD_STYLE.contains(part.getClass())) {
        continue;
      }
      StringBuilder expected = new StringBuilder(part.getClass().getSimpleName()).append('[');
      Parameter[] components = constructorOf(part.getClass()).getParameters();
      for (int i = 0; i < components.length; i++) {
        expected.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=').append(accessor(part, components[i].getName()));
      }

      assertThat(part).hasToString(expected.append(']').toString());
    }
  }

  @Test
  void rulesPeersAndSourcesPrintWhatTheyMean() {
    ResolvedSecurityRule rule = PROD.resolve().defaultSecurityList().rules().get(0);
    RuleSource source = RuleSources().get(0);

    assertThat(rule.peer()).hasToString("0.0.0.0/0");
    assertThat(rule.toString()).startsWith("ingress from 0.0.0.0/0 ").endsWith(" — " + rule.description());
    assertThat(source).hasToString(source.document() + " — " + source.section());
  }

  private static List<RuleSource> RuleSources() {
    return allPartsOf(RuleSource.class);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> allPartsOf(Class<T> type) {
    return allParts().stream().filter(type::isInstance).map(p -> (T) p).toList();
  }

  /** Every part of the valid reference networks and of prod renamed (which changes only names), each instance once. */
  private static List<Object> allParts() {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<OkeNetwork> networks = new ArrayList<>(ReferenceNetworks.all().stream().filter(n -> n.validate().isValid()).toList());
    networks.add(PROD.toBuilder().name("staging").build());
    List<Object> out = new ArrayList<>();
    for (OkeNetwork network : networks) {
      for (Object part : parts(network.resolve())) {
        if (seen.put(part, Boolean.TRUE) == null) {
          out.add(part);
        }
      }
    }
    return out;
  }

  /** Every part of {@code net}, in a stable order: rule sets with their rules, peers and sources. */
  private static List<Object> parts(ResolvedNetwork net) {
    List<Object> out = new ArrayList<>();
    out.add(net.vcn());
    out.addAll(net.subnets());
    out.addAll(net.routeTables());
    List<ResolvedRuleSet> ruleSets = new ArrayList<>(net.ruleSets());
    ruleSets.add(net.defaultSecurityList());
    for (ResolvedRuleSet set : ruleSets) {
      out.add(set);
      for (ResolvedSecurityRule rule : set.rules()) {
        out.add(rule);
        out.add(rule.peer());
        out.addAll(rule.sources());
      }
    }
    out.addAll(net.gateways());
    net.drg().ifPresent(out::add);
    out.add(net.cluster());
    out.addAll(net.nodePools());
    out.addAll(net.loadBalancers());
    return out;
  }

  /** Every component value of every part, by the component's declared type (e.g. {@code java.util.Optional<dev.okenet.vcn.Cidr>}). */
  private static Map<String, Set<Object>> valuesByType(List<Object> parts) {
    Map<String, Set<Object>> pool = new LinkedHashMap<>();
    for (Object p : parts) {
      for (Parameter c : constructorOf(p.getClass()).getParameters()) {
        pool.computeIfAbsent(c.getParameterizedType().getTypeName(), t -> new LinkedHashSet<>()).add(accessor(p, c.getName()));
      }
    }
    return pool;
  }

  /**
   * A value of {@code component}'s type that is not {@code mine}: the flipped boolean, the next int,
   * another text or enum constant, an empty Optional or List for a full one, else one that some
   * part of the reference networks holds in a component of the same declared type.
   */
  private static Optional<Object> otherValue(Parameter component, Object mine, Map<String, Set<Object>> pool) {
    Class<?> type = component.getType();
    if (type == boolean.class) {
      return Optional.of(!(Boolean) mine);
    }
    if (type == int.class) {
      return Optional.of((Integer) mine + 1);
    }
    if (type == String.class) {
      return Optional.of(mine + "-other");
    }
    if (type.isEnum()) {
      return java.util.Arrays.stream(type.getEnumConstants()).filter(c -> c != mine).findFirst().map(c -> c);
    }
    if (mine instanceof Optional<?> o && o.isPresent()) {
      return Optional.of(Optional.empty());
    }
    if (mine instanceof List<?> l && !l.isEmpty()) {
      return Optional.of(List.of());
    }
    return pool.getOrDefault(component.getParameterizedType().getTypeName(), Set.of()).stream().filter(v -> !v.equals(mine)).findFirst();
  }

  /** {@code part} rebuilt from its accessors, component {@code index} (if any) replaced by {@code value}. */
  private static Object rebuild(Object part, int index, Object value) throws Exception {
    Constructor<?> constructor = constructorOf(part.getClass());
    Parameter[] components = constructor.getParameters();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = i == index ? value : accessor(part, components[i].getName());
    }
    return constructor.newInstance(args);
  }

  /** The one constructor: package-private for most parts, private for ResolvedPeer (built by its factories). */
  private static Constructor<?> constructorOf(Class<?> type) {
    Constructor<?>[] constructors = type.getDeclaredConstructors();
    assertThat(constructors).as("constructors of %s", type).hasSize(1);
    constructors[0].setAccessible(true);
    return constructors[0];
  }

  private static Object accessor(Object part, String name) {
    try {
      return part.getClass().getMethod(name).invoke(part);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(part.getClass().getSimpleName() + " has no accessor " + name + "() for its component", e);
    }
  }
}
