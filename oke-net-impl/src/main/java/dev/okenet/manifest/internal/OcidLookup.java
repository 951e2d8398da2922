package dev.okenet.manifest.internal;

import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.manifest.AppliedIds;
import dev.okenet.manifest.ManifestException;
import dev.okenet.resolved.ResolvedSubnet;
import java.util.Optional;

/**
 * Finds the OCIDs manifests point at: first in the applied network's ids, then, for subnets the
 * network references rather than creates, in the model's own {@code existingId}.
 *
 * <pre>{@code
 * new OcidLookup(net, ids).require(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS), "Service shop/web", "its load balancer subnet");
 * }</pre>
 */
public final class OcidLookup {
  private final ResolvedNetwork network;
  private final AppliedIds ids;

  /** Looks ids up in {@code ids}, falling back to existing resources of {@code network}. */
  public OcidLookup(ResolvedNetwork network, AppliedIds ids) {
    this.network = network;
    this.ids = ids;
  }

  /** The OCID behind {@code key}, or a {@link ManifestException} about {@code subject} that says how to get it. */
  public String require(ResourceKey key, String subject, String purpose) {
    Optional<String> ocid = ids.ocid(key);
    if (ocid.isEmpty() && key instanceof SubnetKey) {
      ocid = network.subnetByKey((SubnetKey) key).flatMap(ResolvedSubnet::existingId);
    }
    return ocid.orElseThrow(() -> new ManifestException(subject,
        "needs the OCID of " + key + " (" + purpose + "), but the applied network '" + network.name()
            + "' holds none. Apply the network first and pass its ids, e.g. AppliedIds.of(applyResult.idsByKey()), or "
            + "AppliedIds.of(Map.of(ResourceKey.parse(\"" + key + "\"), \"ocid1…\"))."));
  }
}
