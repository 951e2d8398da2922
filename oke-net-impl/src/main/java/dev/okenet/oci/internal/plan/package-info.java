/**
 * Not for users: diffing the desired graph against what the cloud holds that this network owns,
 * into planned changes (create, update in place, replace, delete, no-op) with field diffs.
 */
package dev.okenet.oci.internal.plan;
