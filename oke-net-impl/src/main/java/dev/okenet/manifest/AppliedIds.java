package dev.okenet.manifest;

import dev.okenet.internal.Require;
import dev.okenet.key.ResourceKey;
import java.util.Map;
import java.util.Optional;

/**
 * The OCIDs an applied network holds, by logical key: what manifests need to point the cloud
 * controller manager at real subnets and NSGs. Keys are the {@code ResolvedNetwork}'s logical keys,
 * e.g. {@code subnet:lb-public} or {@code nsg:lb-public}.
 *
 * <p>A functional interface, so that any source of ids (a provider's apply result, a lookup in a
 * state store) adapts with a lambda.
 *
 * <pre>{@code
 * AppliedIds ids = AppliedIds.of(Map.of(
 *     ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS), "ocid1.subnet.oc1.iad.aaaa…",
 *     ResourceKey.nsg(SubnetRole.PUBLIC_LOAD_BALANCERS), "ocid1.networksecuritygroup.oc1.iad.aaaa…"));
 * ids.ocid(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS));   // Optional[ocid1.subnet.oc1.iad.aaaa…]
 * AppliedIds fromResult = AppliedIds.of(applyResult.idsByKey());
 * }</pre>
 */
@FunctionalInterface
public interface AppliedIds {
  /** The OCID of the resource with this logical key, if the applied network holds one. */
  Optional<String> ocid(ResourceKey key);

  /**
   * Ids from a map of logical key to OCID (copied).
   *
   * @throws IllegalArgumentException when a key or an OCID is null, or an OCID is blank
   */
  static AppliedIds of(Map<ResourceKey, String> ocidsByKey) {
    Require.notNull(ocidsByKey, "AppliedIds.of(ocidsByKey): ocidsByKey", "Give the OCIDs by logical key, e.g. ApplyResult.idsByKey(), or Map.of() for none.");
    for (Map.Entry<ResourceKey, String> e : ocidsByKey.entrySet()) {
      if (e.getKey() == null || e.getValue() == null || e.getValue().isBlank()) {
        throw new IllegalArgumentException("AppliedIds entry '" + e.getKey() + "' -> '" + e.getValue()
            + "' is blank. Give each logical key (e.g. ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS)) the OCID of the resource it names.");
      }
    }
    Map<ResourceKey, String> copy = Map.copyOf(ocidsByKey);
    return key -> Optional.ofNullable(copy.get(Require.notNull(key, "AppliedIds.ocid(key): key",
        "Give a logical key, e.g. ResourceKey.subnet(SubnetRole.WORKERS).")));
  }
}
