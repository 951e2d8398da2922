package dev.okenet.adopt.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every live resource of a {@link LiveNetwork} by OCID, with its kind, display name and freeform
 * tags: what an adoption plan needs to tag it.
 *
 * <pre>{@code
 * LiveResources.of(live).get(subnetId).map(LiveResources.Entry::tags);
 * }</pre>
 */
public final class LiveResources {
  /**
   * One resource.
   *
   * @param kind e.g. "subnet", as {@link TagWriter} dispatches on it
   * @param displayName its display name
   * @param tags its freeform tags
   */
  public record Entry(String kind, String displayName, Map<String, String> tags) {
    /** Copies the tags. */
    public Entry {
      tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
  }

  private final Map<String, Entry> byId = new LinkedHashMap<>();

  private LiveResources() {}

  /** The resources of {@code live}. */
  public static LiveResources of(LiveNetwork live) {
    LiveResources r = new LiveResources();
    r.put(live.vcn().getId(), TagWriter.VCN, live.vcn().getDisplayName(), live.vcn().getFreeformTags());
    live.subnets().forEach(s -> r.put(s.getId(), TagWriter.SUBNET, s.getDisplayName(), s.getFreeformTags()));
    live.internetGateways().forEach(g -> r.put(g.getId(), TagWriter.INTERNET_GATEWAY, g.getDisplayName(), g.getFreeformTags()));
    live.natGateways().forEach(g -> r.put(g.getId(), TagWriter.NAT_GATEWAY, g.getDisplayName(), g.getFreeformTags()));
    live.serviceGateways().forEach(g -> r.put(g.getId(), TagWriter.SERVICE_GATEWAY, g.getDisplayName(), g.getFreeformTags()));
    live.localPeerings().forEach(g -> r.put(g.getId(), TagWriter.LOCAL_PEERING_GATEWAY, g.getDisplayName(), g.getFreeformTags()));
    live.drgAttachments().forEach(a -> r.put(a.getId(), TagWriter.DRG_ATTACHMENT, a.getDisplayName(), a.getFreeformTags()));
    live.routeTables().forEach(t -> r.put(t.getId(), TagWriter.ROUTE_TABLE, t.getDisplayName(), t.getFreeformTags()));
    live.securityLists().forEach(l -> r.put(l.getId(), TagWriter.SECURITY_LIST, l.getDisplayName(), l.getFreeformTags()));
    live.nsgs().forEach(n -> r.put(n.getId(), TagWriter.NSG, n.getDisplayName(), n.getFreeformTags()));
    live.cluster().ifPresent(c -> r.put(c.getId(), TagWriter.CLUSTER, c.getName(), c.getFreeformTags()));
    live.nodePools().forEach(p -> r.put(p.getId(), TagWriter.NODE_POOL, p.getName(), p.getFreeformTags()));
    return r;
  }

  private void put(String id, String kind, String name, Map<String, String> tags) {
    byId.put(id, new Entry(kind, name, tags));
  }

  /** The resource with this OCID. */
  public Optional<Entry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
