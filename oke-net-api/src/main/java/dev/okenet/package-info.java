/**
 * oke-net's entry points: {@link dev.okenet.OkeNetwork} (the intent, built with a fluent DSL),
 * {@link dev.okenet.ResolvedNetwork} (the concrete network {@code resolve()} derives) and
 * {@link dev.okenet.vcn.Cidr}.
 */
@OkeStyle
package dev.okenet;

import dev.okenet.internal.OkeStyle;
