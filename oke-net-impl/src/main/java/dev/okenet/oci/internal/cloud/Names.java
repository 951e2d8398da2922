package dev.okenet.oci.internal.cloud;

import dev.okenet.key.ResourceKey;
import dev.okenet.oci.internal.graph.Canonical;
import java.util.Map;

/**
 * Translates what OCI answers into the canonical text of a plan: OCIDs of this network's resources
 * to their logical keys, service-network labels to "Oracle Services Network", service OCIDs to
 * the scope name. An OCID that is not ours stays as it is, so a foreign reference shows as a diff.
 *
 * @param keyById logical key by OCID, for every resource of this network (owned or referenced)
 * @param services the region's Oracle services
 */
public record Names(Map<String, ResourceKey> keyById, OracleServices services) {
  /** Copies the map. */
  public Names {
    keyById = Map.copyOf(keyById);
  }

  /** The text of {@code id}'s logical key, or {@code id} itself when it is not this network's. */
  public String key(String id) {
    if (id == null) {
      return "";
    }
    ResourceKey key = keyById.get(id);
    return key == null ? id : key.toString();
  }

  /** A rule peer as text: a CIDR, a logical key or "Oracle Services Network". */
  public String peer(String value, String type) {
    if (value == null) {
      return "";
    }
    if ("SERVICE_CIDR_BLOCK".equals(type) || services.isServiceLabel(value)) {
      // Another service's label (all services, when the gateway serves Object Storage only) is
      // not what the model means: it stays as it is, so the plan shows the rule to rewrite.
      return services.servedLabel().map(value::equals).orElse(true) ? Canonical.SERVICE_NETWORK : value;
    }
    if ("NETWORK_SECURITY_GROUP".equals(type)) {
      return key(value);
    }
    return value;
  }
}
