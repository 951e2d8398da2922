/**
 * Typed logical keys: the one name each resource of a network has, from
 * {@link dev.okenet.ResolvedNetwork} through the provider's plan to the {@code okenet.key} tag in
 * the cloud, and back when a network is imported or adopted.
 *
 * <p>{@link dev.okenet.key.ResourceKey} is a sealed union of one record per kind of resource; its
 * {@code toString()} is the text written into the tag, and {@link dev.okenet.key.ResourceKey#parse}
 * reads it back. A key is never built by concatenating strings.
 *
 * <pre>{@code
 * ResourceKey workers = ResourceKey.subnet(SubnetRole.WORKERS);   // "subnet:workers"
 * ResourceKey.parse("nsg:custom:bastion").equals(ResourceKey.customNsg("bastion"));   // true
 * }</pre>
 */
package dev.okenet.key;
