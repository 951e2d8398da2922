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
    validationMethod = Value.Style.ValidationMethod.SIMPLE)
public @interface OkeStyle {}
