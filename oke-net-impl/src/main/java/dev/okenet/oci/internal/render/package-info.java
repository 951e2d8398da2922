/**
 * Not for users: a plan rendered as terraform-like text (+ / ~ / -/+ / -, field diffs, summary
 * line) and as JSON.
 */
package dev.okenet.oci.internal.render;
