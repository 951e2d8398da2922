package dev.okenet.resolved;

import dev.okenet.key.DrgAttachmentKey;
import dev.okenet.key.DrgKey;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.DrgAttachment;
import java.util.List;
import java.util.Optional;

/**
 * The DRG, its attachment to the VCN and what else it connects. Built by
 * {@code OkeNetwork.resolve()}; equal when every component is.
 *
 * <pre>{@code
 * ResolvedDrg drg = ReferenceNetworks.prod().resolve().drg().orElseThrow();
 * drg.vcnAttachmentKey();   // drg-attachment:vcn
 * drg.reachableCidrs();     // [192.168.0.0/16]
 * }</pre>
 */
public final class ResolvedDrg {
  private final DrgKey key;
  private final String name;
  private final Optional<String> existingId;
  private final DrgAttachmentKey vcnAttachmentKey;
  private final List<DrgAttachment> attachments;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedDrg(DrgKey key, String name, Optional<String> existingId, DrgAttachmentKey vcnAttachmentKey, List<DrgAttachment> attachments) {
    this.key = Components.value(key, "ResolvedDrg", "key");
    this.name = Components.value(name, "ResolvedDrg", "name");
    this.existingId = Components.optional(existingId, "ResolvedDrg", "existingId");
    this.vcnAttachmentKey = Components.value(vcnAttachmentKey, "ResolvedDrg", "vcnAttachmentKey");
    this.attachments = Components.list(attachments, "ResolvedDrg", "attachments");
  }

  /** The logical key, {@code drg}. */
  public DrgKey key() {
    return key;
  }

  /** The display name, e.g. "prod-drg". */
  public String name() {
    return name;
  }

  /** The OCID of an existing DRG, if referenced. */
  public Optional<String> existingId() {
    return existingId;
  }

  /** The logical key of the VCN attachment, {@code drg-attachment:vcn}. */
  public DrgAttachmentKey vcnAttachmentKey() {
    return vcnAttachmentKey;
  }

  /** The IPSec / FastConnect / remote peering attachments. */
  public List<DrgAttachment> attachments() {
    return attachments;
  }

  /** Every CIDR reachable through the DRG. */
  public List<Cidr> reachableCidrs() {
    return attachments.stream().flatMap(a -> a.reachableCidrs().stream()).distinct().toList();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedDrg d && key.equals(d.key) && name.equals(d.name) && existingId.equals(d.existingId)
        && vcnAttachmentKey.equals(d.vcnAttachmentKey) && attachments.equals(d.attachments);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    int h = key.hashCode();
    h = 31 * h + name.hashCode();
    h = 31 * h + existingId.hashCode();
    h = 31 * h + vcnAttachmentKey.hashCode();
    return 31 * h + attachments.hashCode();
  }

  /** {@code ResolvedDrg[key=drg, name=prod-drg, existingId=..., vcnAttachmentKey=drg-attachment:vcn, attachments=[...]]}, as the record's was. */
  @Override
  public String toString() {
    return "ResolvedDrg[key=" + key + ", name=" + name + ", existingId=" + existingId + ", vcnAttachmentKey=" + vcnAttachmentKey
        + ", attachments=" + attachments + "]";
  }
}
