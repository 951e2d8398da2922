package dev.okenet.vcn;

import dev.okenet.internal.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dynamic routing gateway attached to the VCN, with what it connects to. Create one, or
 * reference an existing DRG by OCID (it is read, and only the VCN attachment is created).
 *
 * <pre>{@code
 * Drg drg = Drg.create()
 *     .with(DrgAttachment.ipsecVpn("onprem", "ocid1.ipsecconnection.oc1.iad.aaaa…", "192.168.0.0/16"));
 * }</pre>
 */
@Value.Immutable
public abstract class Drg {
  /** The OCID of an existing DRG, if not created by oke-net. */
  public abstract Optional<String> existingId();

  /** The attachments beyond the VCN's own. */
  public abstract List<DrgAttachment> attachments();

  /** A new DRG. */
  public static Drg create() {
    return ImmutableDrg.builder().build();
  }

  /** An existing DRG. */
  public static Drg existing(String drgId) {
    return ImmutableDrg.builder().existingId(Require.ocid(drgId, "Drg existingId", "drg")).build();
  }

  @Value.Check
  void check() {
    // As existing(..) checks, for values built otherwise (generated builders, model I/O).
    existingId().ifPresent(id -> Require.ocid(id, "Drg existingId", "drg"));
    java.util.Set<String> names = new java.util.HashSet<>();
    for (DrgAttachment a : attachments()) {
      if (!names.add(a.name())) {
        throw new IllegalArgumentException("The DRG has two attachments named '" + a.name() + "'. Each name becomes the logical key of "
            + "what is created for it (a remote peering connection is rpc:" + a.name() + "), so the second would be lost. "
            + "Give each attachment its own name, e.g. \"" + a.name() + "-2\".");
      }
    }
  }

  /** A copy with one more attachment. */
  public Drg with(DrgAttachment attachment) {
    Require.notNull(attachment, "Drg.with(attachment): attachment", "Give an attachment, e.g. DrgAttachment.ipsecVpn(..).");
    return ImmutableDrg.builder().from(this).addAttachment(attachment).build();
  }
}
