package dev.okenet.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied from each model package's {@code package-info}.
 *
 * <p>Generated {@code Immutable*} classes stay package-private and are overshadowed by the
 * abstract value types, so users only ever type {@code Subnet.builder()}, {@code Vcn.of(..)} and
 * other named factories. Not for users: it lives in {@code .internal}.
 *
 * <p>Why these options:
 * <ul>
 *   <li>{@code copy = false}: no generated {@code withX(..)} copy methods. They override any
 *       hand-written method of the same name and signature on the abstract type, so a
 *       hand-written {@code Cluster.withExistingId(id)} that checked its OCID was silently replaced by
 *       an unchecked copy. Copies are written by hand ({@code builder().from(this)...}) and every
 *       attribute's invariant lives in the type's {@code @Value.Check}, which runs on every build.
 *   <li>{@code throwForNullPointer}: a null given to a builder, or inside a collection, is an
 *       {@link NullArgumentException} (an {@code IllegalArgumentException}) that names the value
 *       type, the attribute and the fix, not a bare {@code NullPointerException}: one principled
 *       rule for every generated setter instead of a hand-written guard per attribute.
 *   <li>{@code throwForInvalidImmutableState}: a missing required attribute names the type and
 *       every missing attribute ({@link MissingAttributesException}).
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"ingress:ingresses", "policy:policies", "tls:tls"},
    defaults = @Value.Immutable(copy = false),
    jdkOnly = true,
    optionalAcceptNullable = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    throwForNullPointer = NullArgumentException.class,
    throwForInvalidImmutableState = MissingAttributesException.class)
public @interface OkeStyle {}
