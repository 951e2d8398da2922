package dev.okenet.io.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The model document schema, version {@value #VERSION}, beside Jackson's own annotations on the
 * {@link Mixins}: which attributes a document nests in a named object, and what a few absent
 * fields mean. Everything else (field names, order) is Jackson's {@code @JsonProperty} and
 * {@code @JsonPropertyOrder}; attributes without a mixin entry keep their model name.
 */
final class Schema {
  /** The schema version written into every document and the only one read. */
  static final int VERSION = 1;

  private Schema() {}

  /** The document writes {@code "schemaVersion"} first and refuses any other version. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Versioned {}

  /** The attribute sits in the named nested object, e.g. the role subnets in {@code "subnets": {...}}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface InObject {
    String value();
  }

  /**
   * What an absent field of a required attribute means: a JSON value ({@code json = "false"}) or
   * another attribute's value ({@code sameAs = "port"}), as documents before this mapping read;
   * with {@code ifGiven}, only when one of those fields is given.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface WhenAbsent {
    String json() default "";

    String sameAs() default "";

    String[] ifGiven() default {};
  }
}
