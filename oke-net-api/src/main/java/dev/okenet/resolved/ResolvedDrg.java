package dev.okenet.resolved;

import dev.okenet.vcn.Cidr;
import dev.okenet.internal.Require;
import dev.okenet.key.DrgAttachmentKey;
import dev.okenet.key.DrgKey;
import dev.okenet.vcn.DrgAttachment;
import java.util.List;
import java.util.Optional;

/**
 * The DRG, its attachment to the VCN and what else it connects.
 *
 * <pre>{@code
 * net.drg().orElseThrow().reachableCidrs();   // [192.168.0.0/16]
 * }</pre>
 *
 * @param key {@code drg}
 * @param name the display name
 * @param existingId the OCID of an existing DRG, if referenced
 * @param vcnAttachmentKey the logical key of the VCN attachment, {@code drg-attachment:vcn}
 * @param attachments the IPSec / FastConnect / remote peering attachments
 */
public record ResolvedDrg(DrgKey key, String name, Optional<String> existingId, DrgAttachmentKey vcnAttachmentKey,
    List<DrgAttachment> attachments) {
  /** Copies the list so the record stays immutable. */
  public ResolvedDrg {
    Require.components(ResolvedDrg.class, key, name, existingId, vcnAttachmentKey, attachments);
    attachments = List.copyOf(attachments);
  }

  /** Every CIDR reachable through the DRG. */
  public List<Cidr> reachableCidrs() {
    return attachments.stream().flatMap(a -> a.reachableCidrs().stream()).distinct().toList();
  }
}
