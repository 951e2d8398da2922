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
 * A model value type (an Immutables abstract class such as {@code Subnet}) seen through
 * reflection: its attributes are exactly the fields of the generated {@code ImmutableSubnet} that
 * have an accessor on {@code Subnet} and a setter on the generated builder, so an attribute added
 * to the model is found here without any change to model I/O. Names, order and nesting come from
 * the type's {@link Mixins mixin}.
 *
 * <p>Reading builds values through the generated builder, so every value read passes the model's
 * own {@code @Value.Check}. The generated classes are package-private: the builder is reached
 * with {@code setAccessible}, which needs oke-net-api's model packages open to this module once
 * the modules have descriptors.
 *
 * <pre>{@code
 * ValueType subnet = ValueType.of(Subnet.class).orElseThrow();
 * subnet.attributes();   // name, public, cidr, prefixLength, dnsLabel, existingId, routeRules, ...
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

  private ValueType(Class<?> type, Class<?> generated) throws ReflectiveOperationException {
    this.type = type;
    Class<?> mixin = Mixins.ALL.get(type);
    this.versioned = mixin != null && mixin.isAnnotationPresent(Schema.Versioned.class);
    this.builderFactory = builderFactory(type, generated);
    builderFactory.setAccessible(true);
    Class<?> builder = builderFactory instanceof Method ? ((Method) builderFactory).getReturnType() : builderFactory.getDeclaringClass();
    this.build = builder.getMethod("build");
    build.setAccessible(true);
    List<Attribute> found = new ArrayList<>();
    for (Field field : generated.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        attribute(field.getName(), mixin, builder).ifPresent(found::add);
      }
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
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
      return Optional.empty();
    }
    try {
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
    Method setter;
    try {
      setter = builder.getMethod(name, setterParameter);
    } catch (NoSuchMethodException e) {
      return Optional.empty();   // derived: computed, never set
    }
    setter.setAccessible(true);
    TypeFactory types = TypeFactory.defaultInstance();
    JavaType javaType = shape == Attribute.Shape.OPTIONAL
        ? types.constructType(((ParameterizedType) generic).getActualTypeArguments()[0]) : types.constructType(generic);
    Method schema = mixinMethod(mixin, name);
    String json = schema != null && schema.isAnnotationPresent(JsonProperty.class) ? schema.getAnnotation(JsonProperty.class).value() : name;
    String inObject = schema != null && schema.isAnnotationPresent(Schema.InObject.class) ? schema.getAnnotation(Schema.InObject.class).value() : null;
    Schema.WhenAbsent whenAbsent = schema == null ? null : schema.getAnnotation(Schema.WhenAbsent.class);
    boolean required = shape == Attribute.Shape.PLAIN && Modifier.isAbstract(accessor.getModifiers()) && whenAbsent == null;
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
   * builder and so through the model's own checks.
   *
   * @throws RuntimeException whatever the model throws for values it refuses
   */
  Object build(Map<Attribute, Object> values) {
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
