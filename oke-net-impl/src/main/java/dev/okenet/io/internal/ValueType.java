package dev.okenet.io.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A model value type seen through reflection, in one of two kinds:
 * <ul>
 *   <li>an Immutables abstract class such as {@code Subnet}: its attributes are exactly the fields
 *       of the generated {@code ImmutableSubnet} that have an accessor on {@code Subnet} and a
 *       setter on the generated builder, and values are read through that builder, so every value
 *       read passes the model's own {@code @Value.Check};
 *   <li>a hand-written final class read through its public factories (a {@link Construction},
 *       e.g. {@code Nsg}, {@code SecurityList}): its attributes are exactly its own instance
 *       fields, each of which must have a public accessor of the same name. A field without one
 *       is an error when the type is first mapped, never a field silently left out of documents.
 * </ul>
 * Either way an attribute added to the model is found here without any change to model I/O, and
 * values are written through the accessors. Names, order and nesting come from the type's
 * {@link Mixins mixin}.
 *
 * <p>The generated classes are package-private: the builder is reached with
 * {@code setAccessible}, which needs oke-net-api's model packages open to this module once the
 * modules have descriptors.
 *
 * <pre>{@code
 * ValueType subnet = ValueType.of(Subnet.class).orElseThrow();
 * subnet.attributes();   // name, public, cidr, prefixLength, dnsLabel, existingId, routeRules, ...
 * ValueType.of(Nsg.class).orElseThrow().attributes();   // name, rules
 * }</pre>
 */
final class ValueType {
  private static final Map<Class<?>, Optional<ValueType>> CACHE = new ConcurrentHashMap<>();
  private static final String PREFIX = "Immutable";

  private final Class<?> type;
  private final List<Attribute> attributes;
  private final List<Object> entries;
  private final boolean versioned;
  private final java.lang.reflect.Executable builderFactory;
  private final Method build;

  /** {@code generated} is the Immutables class, or null for a hand-written type read through a {@link Construction}. */
  private ValueType(Class<?> type, Class<?> generated) throws ReflectiveOperationException {
    this.type = type;
    Class<?> mixin = Mixins.ALL.get(type);
    this.versioned = mixin != null && mixin.isAnnotationPresent(Schema.Versioned.class);
    Class<?> builder = null;
    if (generated != null) {
      this.builderFactory = builderFactory(type, generated);
      builderFactory.setAccessible(true);
      builder = builderFactory instanceof Method ? ((Method) builderFactory).getReturnType() : builderFactory.getDeclaringClass();
      this.build = builder.getMethod("build");
      build.setAccessible(true);
    } else {
      this.builderFactory = null;
      this.build = null;
    }
    List<Attribute> found = new ArrayList<>();
    for (Field field : (generated != null ? generated : type).getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
        continue;
      }
      Optional<Attribute> attribute = attribute(field.getName(), mixin, builder);
      if (attribute.isEmpty() && generated == null) {
        throw new IllegalStateException("field '" + field.getName() + "' of " + type.getSimpleName() + " has no public accessor "
            + field.getName() + "(), so documents could not carry it. Add the accessor (and read the field in Constructions).");
      }
      attribute.ifPresent(found::add);
    }
    List<String> order = mixin == null || !mixin.isAnnotationPresent(JsonPropertyOrder.class) ? List.of()
        : Arrays.asList(mixin.getAnnotation(JsonPropertyOrder.class).value());
    found.sort(Comparator.comparingInt((Attribute a) -> order.contains(a.json()) ? order.indexOf(a.json()) : order.size())
        .thenComparing(Attribute::json));
    this.attributes = List.copyOf(found);
    List<Object> top = new ArrayList<>();
    for (Attribute a : attributes) {
      Object entry = a.inObject() == null ? a : a.inObject();
      if (!top.contains(entry)) {
        top.add(entry);
      }
    }
    this.entries = List.copyOf(top);
  }

  /** The value type {@code raw} is or implements ({@code Subnet} for {@code ImmutableSubnet}), if it is a model value type. */
  static Optional<ValueType> of(Class<?> raw) {
    Optional<ValueType> known = CACHE.get(raw);
    if (known == null) {
      // Not computeIfAbsent: discovering ImmutableSubnet looks up Subnet, which would update the map recursively.
      known = discover(raw);
      Optional<ValueType> raced = CACHE.putIfAbsent(raw, known);
      known = raced == null ? known : raced;
    }
    return known;
  }

  private static Optional<ValueType> discover(Class<?> raw) {
    if (!raw.getName().startsWith("dev.okenet.")) {
      return Optional.empty();
    }
    Class<?> type = raw.getSimpleName().startsWith(PREFIX) && raw.getSuperclass() != null ? raw.getSuperclass() : raw;
    try {
      if (handWritten(type)) {
        return Optional.of(new ValueType(type, null));
      }
      if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
        return Optional.empty();
      }
      Class<?> generated = Class.forName(type.getPackageName() + "." + PREFIX + type.getSimpleName(), true, type.getClassLoader());
      if (!type.isAssignableFrom(generated)) {
        return Optional.empty();
      }
      return type == raw ? Optional.of(new ValueType(type, generated)) : of(type);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("oke-net cannot map model type " + type.getName() + " for model I/O: " + e, e);
    }
  }

  /** A final model class without a builder, which documents reach through its factories: it has a {@link Construction} and a mixin. */
  private static boolean handWritten(Class<?> type) {
    return Modifier.isFinal(type.getModifiers()) && Constructions.ALL.containsKey(type) && Mixins.ALL.containsKey(type);
  }

  /** {@code new Subnet.Builder()} where the type extends the generated builder (Immutables then makes no {@code builder()}), else {@code ImmutableVcn.builder()}. */
  private static java.lang.reflect.Executable builderFactory(Class<?> type, Class<?> generated) throws NoSuchMethodException {
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder") && nested.getSuperclass() != null && nested.getSuperclass().getDeclaringClass() == generated) {
        return nested.getDeclaredConstructor();
      }
    }
    return generated.getDeclaredMethod("builder");
  }

  private Optional<Attribute> attribute(String name, Class<?> mixin, Class<?> builder) {
    Method accessor;
    try {
      accessor = type.getMethod(name);
    } catch (NoSuchMethodException e) {
      return Optional.empty();   // generated bookkeeping such as a shim, not an attribute
    }
    if (accessor.getDeclaringClass() == Object.class) {
      return Optional.empty();
    }
    Type generic = accessor.getGenericReturnType();
    Class<?> raw = accessor.getReturnType();
    Attribute.Shape shape = raw == Optional.class ? Attribute.Shape.OPTIONAL : raw == List.class ? Attribute.Shape.LIST : Attribute.Shape.PLAIN;
    Class<?> setterParameter = shape == Attribute.Shape.OPTIONAL ? Optional.class : shape == Attribute.Shape.LIST ? Iterable.class : raw;
    Method setter = null;
    if (builder != null) {
      try {
        setter = builder.getMethod(name, setterParameter);
      } catch (NoSuchMethodException e) {
        return Optional.empty();   // derived: computed, never set
      }
      setter.setAccessible(true);
    }
    TypeFactory types = TypeFactory.defaultInstance();
    JavaType javaType = shape == Attribute.Shape.OPTIONAL
        ? types.constructType(((ParameterizedType) generic).getActualTypeArguments()[0]) : types.constructType(generic);
    Method schema = mixinMethod(mixin, name);
    String json = schema != null && schema.isAnnotationPresent(JsonProperty.class) ? schema.getAnnotation(JsonProperty.class).value() : name;
    String inObject = schema != null && schema.isAnnotationPresent(Schema.InObject.class) ? schema.getAnnotation(Schema.InObject.class).value() : null;
    Schema.WhenAbsent whenAbsent = schema == null ? null : schema.getAnnotation(Schema.WhenAbsent.class);
    // A hand-written type's construction says what it requires.
    boolean required = builder != null && shape == Attribute.Shape.PLAIN && Modifier.isAbstract(accessor.getModifiers()) && whenAbsent == null;
    return Optional.of(new Attribute(name, json, inObject, shape, javaType, required, whenAbsent, accessor, setter));
  }

  private static Method mixinMethod(Class<?> mixin, String name) {
    if (mixin == null) {
      return null;
    }
    try {
      return mixin.getDeclaredMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The model type, e.g. {@code Subnet}. */
  Class<?> type() {
    return type;
  }

  /** Its attributes, in document order. */
  List<Attribute> attributes() {
    return attributes;
  }

  /** The document's top-level fields in order: an {@link Attribute}, or the name of a nested object of attributes. */
  List<Object> entries() {
    return entries;
  }

  /** The attributes in the nested object {@code name}. */
  List<Attribute> inObject(String name) {
    return attributes.stream().filter(a -> name.equals(a.inObject())).toList();
  }

  /** Whether documents of this type carry {@code "schemaVersion"}. */
  boolean versioned() {
    return versioned;
  }

  /**
   * A value with these attributes (the rest take the model's defaults), through the generated
   * builder and so through the model's own checks. Only for Immutables types: hand-written ones
   * are read through their {@link Construction}.
   *
   * @throws RuntimeException whatever the model throws for values it refuses
   */
  Object build(Map<Attribute, Object> values) {
    if (build == null) {
      throw new IllegalStateException(type.getSimpleName() + " has no builder: model I/O reads it through Constructions");
    }
    Object builder = newBuilder();
    values.forEach((attribute, value) -> attribute.set(builder, value));
    return invoke(build, builder);
  }

  /** The attribute values of {@code instance} in the document's form (null for an empty Optional). */
  Map<Attribute, Object> valuesOf(Object instance) {
    Map<Attribute, Object> values = new LinkedHashMap<>();
    for (Attribute a : attributes) {
      values.put(a, a.valueIn(instance));
    }
    return values;
  }

  private Object newBuilder() {
    try {
      return builderFactory instanceof Method ? ((Method) builderFactory).invoke(null)
          : ((java.lang.reflect.Constructor<?>) builderFactory).newInstance();
    } catch (InvocationTargetException e) {
      throw unchecked(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot make a builder of " + type.getName() + " for model I/O", e);
    }
  }

  static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw unchecked(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot call " + method + " for model I/O", e);
    }
  }

  /** The model's own exception behind a reflective call. */
  static RuntimeException unchecked(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new IllegalStateException(cause);
  }

  @Override
  public String toString() {
    return type.getSimpleName();
  }
}
