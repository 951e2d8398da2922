package dev.okenet.property;

import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The usual way to give {@link NullArgumentProbe} its valid arguments: a registry a module's tests
 * fill with one supplier per type (fresh values per call, so builders are never shared) and one
 * value per parameter name (strings and arrays, whose valid values depend on what they name), plus
 * member-specific values where neither says enough.
 *
 * <p>A parameter gets, in this order: {@link #special}'s value; for a string or an array, the value
 * registered under its name (an array cloned); for a primitive, {@link #whole}'s number (true for a
 * boolean); for an enum, its first constant; for an array of a registered type, one such element;
 * else the supplier registered for its type. A receiver is an enum's first constant or the supplier
 * registered for its type.
 *
 * <pre>{@code
 * class TestkitSamples extends NullArgumentSamples {
 *     TestkitSamples() {
 *         byType.put(Region.class, () -> Region.US_ASHBURN_1);
 *         byType.put(FakeOci.Builder.class, FakeOci::builder);
 *         byName.put("compartmentId", "ocid1.compartment.oc1..aaaaexample");
 *     }
 * }
 * }</pre>
 */
public class NullArgumentSamples implements NullArgumentProbe.Samples {
  /** A supplier of a valid value (and receiver) per type. */
  protected final Map<Class<?>, Supplier<?>> byType = new HashMap<>();
  /** A valid string or array per parameter name. */
  protected final Map<String, Object> byName = new HashMap<>();

  /** A member-specific value, where the parameter's name and type alone are ambiguous; none by default. */
  protected Optional<Object> special(Parameter p, Executable member) {
    return Optional.empty();
  }

  /** How {@link #special} names a parameter: {@code "Owner.member:parameter"}, e.g. {@code "Shape.flex:name"}. */
  protected static String where(Parameter p, Executable member) {
    return member.getDeclaringClass().getSimpleName() + "." + member.getName() + ":" + p.getName();
  }

  /** The valid number for primitive parameter {@code p}, by its name; 1 by default. */
  protected long whole(Parameter p) {
    return 1;
  }

  @Override
  public Optional<Object> value(Parameter p, Executable member) {
    Class<?> t = p.getType();
    Optional<Object> special = special(p, member).filter(t::isInstance);
    if (special.isPresent()) {
      return special;
    }
    if (t == String.class || t.isArray() && byName.containsKey(p.getName())) {
      Object v = byName.get(p.getName());
      if (v != null && t.isInstance(v)) {
        return Optional.of(v instanceof Object[] a ? a.clone() : v);
      }
    }
    if (t.isPrimitive()) {
      return Optional.of(primitive(p));
    }
    if (t.isEnum()) {
      return Optional.of(t.getEnumConstants()[0]);
    }
    if (t.isArray() && !t.getComponentType().isPrimitive()) {
      Supplier<?> one = byType.get(t.getComponentType());
      Object array = Array.newInstance(t.getComponentType(), one == null ? 0 : 1);
      if (one != null) {
        Array.set(array, 0, one.get());
      }
      return Optional.of(array);
    }
    return supplied(t);
  }

  @Override
  public Optional<Object> receiver(Class<?> type) {
    return type.isEnum() ? Optional.of(type.getEnumConstants()[0]) : supplied(type);
  }

  private Optional<Object> supplied(Class<?> type) {
    Supplier<?> s = byType.get(type);
    return s == null ? Optional.empty() : Optional.ofNullable(s.get());
  }

  private Object primitive(Parameter p) {
    Class<?> t = p.getType();
    if (t == boolean.class) {
      return true;
    }
    long v = whole(p);
    if (t == long.class) {
      return v;
    }
    if (t == double.class) {
      return (double) v;
    }
    return (int) v;
  }
}
