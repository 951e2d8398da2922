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
 * abstract value types, so users only ever type {@code OkeNetwork.builder()}, {@code Vcn.of(..)} and
 * other named factories. Not for users: it lives in {@code .internal}.
 *
 * <p>Why these options:
 * <ul>
 *   <li>generated {@code withX(..)} copies: a value type declares the copies it offers as abstract
 *       methods ({@code public abstract Vcn withDnsLabel(String label);}) and the generated class
 *       implements them, so there is no hand-written {@code builder().from(this)} per copy. Every
 *       attribute's invariant lives in the type's {@code @Value.Check}, which runs on every build
 *       and every copy: a generated copy can never skip a check a hand-written one made (that
 *       happened once, when {@code Cluster.withExistingId(id)} was written by hand and the generated
 *       copy of the same signature replaced it; {@code GeneratedCodeShadowsNothingTest} keeps any
 *       generated method from replacing a hand-written one).
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
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    optionalAcceptNullable = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    throwForNullPointer = NullArgumentException.class,
    throwForInvalidImmutableState = MissingAttributesException.class)
public @interface OkeStyle {}
