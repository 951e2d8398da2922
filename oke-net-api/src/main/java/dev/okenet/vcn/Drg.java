package dev.okenet.vcn;

import dev.okenet.internal.Lists;
import dev.okenet.internal.Require;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A dynamic routing gateway attached to the VCN, with what it connects to. oke-net creates it, or,
 * with {@link #withExistingId}, attaches the VCN to an existing DRG (read, never changed; only the
 * VCN attachment is created).
 *
 * <pre>{@code
 * Drg drg = Drg.of(DrgAttachment.ipsecVpn("onprem", "ocid1.ipsecconnection.oc1.iad.aaaa…", "192.168.0.0/16"));
 * Drg theirs = Drg.of().withExistingId("ocid1.drg.oc1.iad.aaaa…");
 * }</pre>
 */
@Value.Immutable
public abstract class Drg {
  /** The OCID of an existing DRG, if not created by oke-net. */
  public abstract Optional<String> existingId();

  /** The attachments beyond the VCN's own. */
  public abstract List<DrgAttachment> attachments();

  /** A DRG with these attachments (none: a DRG with only the VCN attached). */
  public static Drg of(DrgAttachment... attachments) {
    Require.elements(attachments, "Drg.of(attachments)", "attachments", "Give attachments, e.g. DrgAttachment.ipsecVpn(..), or none.");
    return ImmutableDrg.builder().attachments(Arrays.asList(attachments)).build();
  }

  /** A copy that stands for the existing DRG of this OCID: it is read, and only the VCN attachment is created. */
  public abstract Drg withExistingId(String existingId);

  /** A copy with one more attachment. */
  public Drg addAttachment(DrgAttachment attachment) {
    Require.notNull(attachment, "Drg.addAttachment(attachment): attachment", "Give an attachment, e.g. DrgAttachment.ipsecVpn(..).");
    return ((ImmutableDrg) ImmutableDrg.copyOf(this)).withAttachments(Lists.plus(attachments(), attachment));
  }

  @Value.Check
  void check() {
    existingId().ifPresent(id -> Require.ocid(id, "Drg existingId", "drg"));
    Set<String> names = new HashSet<>();
    for (DrgAttachment a : attachments()) {
      if (!names.add(a.name())) {
        throw new IllegalArgumentException("The DRG has two attachments named '" + a.name() + "'. Each name becomes the logical key of "
            + "what is created for it (a remote peering connection is rpc:" + a.name() + "), so the second would be lost. "
            + "Give each attachment its own name, e.g. \"" + a.name() + "-2\".");
      }
    }
  }
}
