/**
 * How {@code validate()} and {@code capacity()} work: the capacity computation, the placement of
 * subnets, the built-in rules by area, and the catalog renderer. Not for users; the API is
 * {@link dev.okenet.check}.
 */
package dev.okenet.check.internal;
