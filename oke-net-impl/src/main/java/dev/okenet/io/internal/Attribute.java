package dev.okenet.io.internal;

import com.fasterxml.jackson.databind.JavaType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * One attribute of a model value type, as the document sees it: its field name, the nested object
 * it sits in (if any), its Java type, whether a document must give it, and how to read it from a
 * value and set it on the generated builder.
 *
 * @param name the model's attribute name, e.g. {@code isPublic}
 * @param json the document's field name, e.g. {@code public}
 * @param inObject the nested object holding it, or null
 * @param shape plain value, {@code Optional} or {@code List}
 * @param type what a document holds for it: the element type of an {@code Optional}, the whole {@code List} type
 * @param required whether a document must give it (a plain attribute without a model default)
 * @param whenAbsent what an absent field means, or null
 * @param accessor the value type's accessor
 * @param setter the generated builder's setter (the {@code Optional} or {@code Iterable} overload where there are two)
 */
record Attribute(String name, String json, String inObject, Shape shape, JavaType type, boolean required, Schema.WhenAbsent whenAbsent,
    Method accessor, Method setter) {

  /** How an attribute holds its value. */
  enum Shape {
    PLAIN,
    OPTIONAL,
    LIST
  }

  /** The path segments of its field: {@code [json]} or {@code [inObject, json]}. */
  Object[] path() {
    return inObject == null ? new Object[] {json} : new Object[] {inObject, json};
  }

  /** Its value in {@code instance}: the element of a present Optional, null for an empty one, the list, or the plain value. */
  Object valueIn(Object instance) {
    Object raw = ValueType.invoke(accessor, instance);
    return shape == Shape.OPTIONAL ? ((Optional<?>) raw).orElse(null) : raw;
  }

  /** Whether a writer leaves it out: nothing there, or an empty list. */
  boolean isAbsentIn(Object instance) {
    Object value = valueIn(instance);
    return value == null || (shape == Shape.LIST && ((List<?>) value).isEmpty());
  }

  /** Sets {@code value} (the document's form: element, list or plain value) on {@code builder}. */
  void set(Object builder, Object value) {
    try {
      setter.invoke(builder, shape == Shape.OPTIONAL ? Optional.of(value) : value);
    } catch (InvocationTargetException e) {
      throw ValueType.unchecked(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot set " + name + " on " + setter.getDeclaringClass().getName(), e);
    }
  }
}
