package dev.okenet.adopt.internal;

import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.key.ResourceKey;
import java.util.List;
import java.util.Map;

/**
 * The result of mapping a live network onto the model.
 *
 * <pre>{@code
 * Mapped m = ModelMapper.map(live, "prod", "us-ashburn-1", k8s);
 * m.idsByKey().get(ResourceKey.subnet(SubnetRole.WORKERS));
 * }</pre>
 *
 * @param model the imported model
 * @param idsByKey the live OCID behind each logical key of the model (the provider's keys)
 * @param findings what could not be kept as found
 */
public record Mapped(OkeNetwork model, Map<ResourceKey, String> idsByKey, List<Finding> findings) {
  /** Copies the collections. */
  public Mapped {
    idsByKey = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(idsByKey));
    findings = List.copyOf(findings);
  }
}
