package dev.okenet.oci.internal.cloud;

import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What exists in the compartment, read with one list call per resource kind (plus one per owned
 * NSG for its rules, which OCI lists per NSG, and one ListServices), never a GET per resource.
 * Only resources carrying this network's tags are ever planned against, plus those a caller
 * {@linkplain Binding binds} to a key for one plan (found in the listing, alive, of the key's kind
 * and tagged for no other network); the rest are read and ignored.
 */
public final class Inventory {
  private final List<Observed> owned;
  private final Optional<Observed> defaultSecurityList;
  private final OracleServices services;
  private final Map<String, ResourceKey> keyById;
  private final String network;
  private final Map<String, ResourceKey> boundKeyById;
  private final List<String> notes;

  private Inventory(List<Observed> owned, Optional<Observed> defaultSecurityList, OracleServices services,
      Map<String, ResourceKey> keyById, String network, Map<String, ResourceKey> boundKeyById, List<String> notes) {
    this.owned = List.copyOf(owned);
    this.defaultSecurityList = defaultSecurityList;
    this.services = services;
    this.keyById = Map.copyOf(keyById);
    this.network = network;
    this.boundKeyById = Map.copyOf(boundKeyById);
    this.notes = List.copyOf(notes);
  }

  /** Reads the compartment with no bindings: only tagged resources are this network's. */
  public static Inventory read(CloudContext ctx, Handlers handlers, Map<ResourceKey, String> references, List<ResourceType> extraKinds) {
    return read(ctx, handlers, references, extraKinds, List.of());
  }

  /**
   * Reads the compartment for one network: {@link CompartmentRead#of} then {@link #of}.
   *
   * @param references OCIDs the model references, by logical key (an existing VCN, DRG, subnet …)
   * @param extraKinds kinds to list besides the network's (clusters, node pools, NLBs)
   * @param bindings untagged resources the caller says are this network's keys, for this read only
   */
  public static Inventory read(CloudContext ctx, Handlers handlers, Map<ResourceKey, String> references, List<ResourceType> extraKinds,
      List<Binding> bindings) {
    return of(CompartmentRead.of(ctx, handlers, extraKinds), ctx.network(), references, bindings, ctx);
  }

  /**
   * The network {@code network}'s view of a compartment already read: what carries its tags (or
   * a binding), its VCN's default security list, and the rules of its NSGs (listed through
   * {@code read}, so each NSG's rules are listed once however many networks ask).
   */
  public static Inventory of(CompartmentRead read, String network, Map<ResourceKey, String> references, List<Binding> bindings,
      CloudContext ctx) {
    OracleServices services = new OracleServices(read.services());
    List<Observed> all = read.all();
    List<Observed> owned = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Observed o : all) {
      if (Ownership.ownedKey(o.tags(), network).isPresent() && o.type() != ResourceType.SECURITY_LIST) {
        owned.add(o);
      }
      if (!o.isGone()) {
        Ownership.unreadableKey(o.tags(), network).ifPresent(text -> notes.add(unreadable(o, text, network)));
      }
    }
    Optional<String> vcnId = Optional.ofNullable(references.get(ResourceKey.vcn())).or(() -> owned.stream()
        .filter(o -> o.type() == ResourceType.VCN && !o.isGone()
            && Ownership.ownedKey(o.tags(), network).equals(Optional.of(ResourceKey.vcn())))
        .map(Observed::id).findFirst());
    Optional<String> defaultListId = vcnId.flatMap(id -> read.defaultSecurityListOf(id, ctx));
    Optional<Observed> defaultList = Optional.empty();
    for (Observed o : read.of(ResourceType.SECURITY_LIST)) {
      if (defaultListId.map(o.id()::equals).orElse(false)) {
        defaultList = Optional.of(new Observed(ResourceType.DEFAULT_SECURITY_LIST, o.id(), o.displayName(), o.tags(), o.state(),
            o.model(), null));
      } else if (Ownership.ownedKey(o.tags(), network).isPresent()) {
        owned.add(o);
      }
    }
    Map<String, ResourceKey> boundKeyById = bind(bindings, all, owned, defaultList, network, notes);
    for (int i = 0; i < owned.size(); i++) {
      Observed o = owned.get(i);
      if (o.type() == ResourceType.NETWORK_SECURITY_GROUP && !o.isGone()) {
        owned.set(i, o.withNsgRules(read.nsgRules(o.id(), ctx)));
      }
    }
    Map<String, ResourceKey> keyById = new HashMap<>();
    for (Observed o : owned) {
      if (!o.isGone()) {
        ResourceKey bound = boundKeyById.get(o.id());
        keyById.put(o.id(), bound != null ? bound : Ownership.ownedKey(o.tags(), network).orElseThrow());
      }
    }
    references.forEach((key, id) -> keyById.put(id, key));
    defaultList.ifPresent(d -> keyById.put(d.id(), ResourceKey.defaultSecurityList()));
    return new Inventory(owned, defaultList, services, keyById, network, boundKeyById, notes);
  }

  /**
   * Adds the bound resources to the front of {@code owned} (so a bound resource, not a tagged
   * duplicate, is the one a key keeps) and returns their keys by OCID. A binding the listing
   * cannot honour is dropped with a note saying why: ownership by tags always wins.
   */
  /** Why a resource tagged for this network is left alone: its key tag is no key oke-net writes. */
  private static String unreadable(Observed o, String text, String network) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return o.type().label() + " " + o.id() + " carries " + Ownership.NETWORK_TAG + "=" + network + " but " + Ownership.KEY_TAG + "='"
        + shown.replaceAll("\\p{Cntrl}", "?") + "', which is no key oke-net writes, so it is not this network's: the plan neither "
        + "changes nor deletes it. If oke-net made it, restore the tag it wrote; if not, remove " + Ownership.NETWORK_TAG + ".";
  }

  private static Map<String, ResourceKey> bind(List<Binding> bindings, List<Observed> all, List<Observed> owned,
      Optional<Observed> defaultList, String network, List<String> notes) {
    Map<String, Observed> liveById = new HashMap<>();
    for (Observed o : all) {
      if (!o.isGone()) {
        liveById.put(o.id(), o);
      }
    }
    Map<String, ResourceKey> boundKeyById = new java.util.LinkedHashMap<>();
    List<Observed> bound = new ArrayList<>();
    for (Binding b : bindings) {
      Observed o = liveById.get(b.id());
      if (defaultList.map(d -> d.id().equals(b.id())).orElse(false)) {
        continue;   // the VCN's default security list is matched by the VCN already
      }
      String why = null;
      if (o == null) {
        why = "the compartment's listing has no live resource with that OCID";
      } else if (o.type() != b.type()) {
        why = "it is a " + o.type() + ", and the key wants a " + b.type();
      } else if (o.tags().containsKey(Ownership.NETWORK_TAG) && !network.equals(o.tags().get(Ownership.NETWORK_TAG))) {
        why = "it belongs to network '" + o.tags().get(Ownership.NETWORK_TAG) + "' (tag " + Ownership.NETWORK_TAG + ")";
      } else if (Ownership.ownedKey(o.tags(), network).isPresent()) {
        ResourceKey ownKey = Ownership.ownedKey(o.tags(), network).get();
        why = ownKey.equals(b.key()) ? null : "it is already this network's '" + ownKey + "' (tag " + Ownership.KEY_TAG + ")";
        if (why == null) {
          continue;   // tagged for this very key: nothing to bind
        }
      } else if (boundKeyById.containsKey(b.id())) {
        why = "it is bound to '" + boundKeyById.get(b.id()) + "' already, and one resource serves one key";
      }
      if (why != null) {
        notes.add("Bound OCID " + b.id() + " for '" + b.key() + "' is ignored: " + why + ". The plan treats '" + b.key()
            + "' as unbound; bind the resource that really serves it, or leave the key out.");
        continue;
      }
      boundKeyById.put(b.id(), b.key());
      bound.add(o);
    }
    owned.addAll(0, bound);
    return boundKeyById;
  }

  /**
   * The logical key {@code o} is planned under: the bound key when the caller bound it, else the
   * key of its ownership tags (empty when neither).
   */
  public Optional<ResourceKey> keyOf(Observed o) {
    ResourceKey bound = boundKeyById.get(o.id());
    return bound != null ? Optional.of(bound) : Ownership.ownedKey(o.tags(), network);
  }

  /** Whether {@code o} is this network's by a binding only (untagged, adopted by the coming apply). */
  public boolean isBound(Observed o) {
    return boundKeyById.containsKey(o.id());
  }

  /** Bindings that were ignored, and why, in words. */
  public List<String> notes() {
    return notes;
  }

  /** Every resource carrying this network's tags, gone ones included. */
  public List<Observed> owned() {
    return owned;
  }

  /** The default security list of this network's VCN, once the VCN exists. */
  public Optional<Observed> defaultSecurityList() {
    return defaultSecurityList;
  }

  /** The region's Oracle services. */
  public OracleServices services() {
    return services;
  }

  /**
   * The same inventory with the service network meaning {@code scope}'s service, so that rules
   * naming another service's label show as changes ({@link OracleServices#servedBy}).
   */
  public Inventory servedBy(dev.okenet.vcn.ServiceGatewayScope scope) {
    return new Inventory(owned, defaultSecurityList, services.servedBy(scope), keyById, network, boundKeyById, notes);
  }

  /** The name translator for this inventory. */
  public Names names() {
    return new Names(keyById, services);
  }
}
