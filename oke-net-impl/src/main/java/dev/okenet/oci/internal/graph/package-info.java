/**
 * Not for users: the desired graph — one {@code ResourceSpec} per OCI resource derived from a
 * {@code ResolvedNetwork}, with logical keys, display names, diffable fields, dependencies and
 * ownership tags.
 */
package dev.okenet.oci.internal.graph;
