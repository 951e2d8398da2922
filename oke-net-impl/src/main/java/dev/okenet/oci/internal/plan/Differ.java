package dev.okenet.oci.internal.plan;

import com.oracle.bmc.core.model.SecurityList;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.Change;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.FieldDiff;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.cloud.Handlers;
import dev.okenet.oci.internal.cloud.Inventory;
import dev.okenet.oci.internal.cloud.Names;
import dev.okenet.oci.internal.cloud.Observed;
import dev.okenet.oci.internal.cloud.RuleMapping;
import dev.okenet.oci.internal.graph.CcmRules;
import dev.okenet.oci.internal.graph.DesiredGraph;
import dev.okenet.oci.internal.graph.Hashes;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.oci.internal.graph.RuleSetSource;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.resolved.ResolvedSubnet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the desired graph with what the network owns: matches by logical key, diffs field by
 * field and rule by rule, and decides CREATE, UPDATE, REPLACE, DELETE or NO_OP. Only resources
 * with both ownership tags (and the VCN's default security list), or bound to a key for this plan
 * ({@link Inventory#isBound}), are ever planned against.
 *
 * <p>Adopted resources keep the names their team gave them: for a bound resource, or an owned one
 * carrying {@link Ownership#ADOPTED_TAG}, {@code displayName} is not compared and the update is
 * sent with the live name. A bound resource's update writes the ownership tags and the marker.
 *
 * <pre>{@code
 * PlannedWork work = new Differ(handlers).plan("prod", compartmentId, graph, inventory);
 * }</pre>
 */
public final class Differ {
  private static final Set<ResourceType> PINNED_TO_DEPENDENCIES = Set.of(ResourceType.CLUSTER, ResourceType.NODE_POOL,
      ResourceType.NETWORK_LOAD_BALANCER);

  private static final String DISPLAY_NAME = "displayName";

  private final Handlers handlers;

  /** A differ that reads fields through {@code handlers}. */
  public Differ(Handlers handlers) {
    this.handlers = handlers;
  }

  /** The plan of {@code graph} against {@code inventory}. */
  public PlannedWork plan(String network, String compartmentId, DesiredGraph graph, Inventory inventory) {
    Names names = inventory.names();
    Map<ResourceKey, List<Observed>> live = new LinkedHashMap<>();
    Map<ResourceKey, List<String>> dead = new HashMap<>();
    for (Observed o : inventory.owned()) {
      ResourceKey key = inventory.keyOf(o).orElseThrow();
      if (o.isGone()) {
        dead.computeIfAbsent(key, k -> new ArrayList<>()).add(o.id());
      } else {
        live.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
      }
    }
    List<PlannedChange> changes = new ArrayList<>();
    Map<ResourceKey, String> known = new LinkedHashMap<>();
    Set<ResourceKey> desiredKeys = new LinkedHashSet<>();
    Set<ResourceKey> replaced = new LinkedHashSet<>();
    List<String> duplicateNotes = new ArrayList<>();
    for (ResourceSpec spec : graph.specs()) {
      desiredKeys.add(spec.key());
      if (spec.isReference()) {
        known.put(spec.key(), spec.existingId().get());
        changes.add(new PlannedChange(change(ChangeAction.NO_OP, spec, List.of(), spec.existingId()), spec, null, List.of(),
            List.of(), null));
        continue;
      }
      Optional<Observed> current;
      List<Observed> duplicates = List.of();
      if (spec.type() == ResourceType.DEFAULT_SECURITY_LIST) {
        current = inventory.defaultSecurityList();
      } else {
        List<Observed> matches = live.getOrDefault(spec.key(), List.of()).stream().filter(o -> o.type() == spec.type()).toList();
        current = matches.stream().findFirst();
        duplicates = matches.stream().skip(1).toList();
      }
      String token = retryToken(network, spec, dead.getOrDefault(spec.key(), List.of()));
      if (current.isEmpty()) {
        changes.add(create(spec, token));
      } else {
        known.put(spec.key(), current.get().id());
        PlannedChange c = compare(spec, current.get(), inventory.isBound(current.get()), names, token, network, replaced);
        if (c.change().action() == ChangeAction.REPLACE) {
          replaced.add(spec.key());
        }
        changes.add(c);
      }
      // The kept resource's change comes first, so plan.change(key) finds it; each duplicate goes.
      for (Observed d : duplicates) {
        changes.add(delete(d, spec.key(), names));
        duplicateNotes.add(spec.type().label() + " " + d.id() + " is a second resource owned as '" + spec.key() + "' (beside "
            + current.orElseThrow().id() + "): the plan deletes it, so that the key names one resource again.");
      }
    }
    for (Map.Entry<ResourceKey, List<Observed>> e : live.entrySet()) {
      if (!desiredKeys.contains(e.getKey())) {
        for (Observed o : e.getValue()) {
          changes.add(delete(o, e.getKey(), names));
        }
      }
    }
    List<String> notes = new ArrayList<>(notes(graph));
    notes.addAll(duplicateNotes);
    borrowedDefaultList(graph, inventory, known).ifPresent(notes::add);
    notes.addAll(inventory.notes());
    return new PlannedWork(network, compartmentId, changes, known, notes, inventory.services());
  }

  /**
   * In an existing VCN the graph has no default security list (the VCN is read, never changed), but
   * a subnet may still name it: its OCID is the VCN's own default list's, made known so the subnet
   * can be created with it, and the note says it is left as its owner wrote it.
   */
  private static Optional<String> borrowedDefaultList(DesiredGraph graph, Inventory inventory, Map<ResourceKey, String> known) {
    if (known.containsKey(ResourceKey.defaultSecurityList()) || inventory.defaultSecurityList().isEmpty()
        || graph.specs().stream().anyMatch(s -> s.type() == ResourceType.DEFAULT_SECURITY_LIST)) {
      return Optional.empty();
    }
    String id = inventory.defaultSecurityList().get().id();
    known.put(ResourceKey.defaultSecurityList(), id);
    List<String> users = graph.specs().stream().filter(s -> s.type() == ResourceType.SUBNET)
        .filter(s -> s.source() instanceof ResolvedSubnet rs && rs.securityListKeys().contains(ResourceKey.defaultSecurityList()))
        .map(s -> s.key().toString()).toList();
    if (users.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Subnets " + String.join(", ", users) + " use the existing VCN's default security list " + id
        + " as it is: the network does not own that VCN, so its default list is read, never changed, and is not locked down"
        + " as it would be in a VCN of its own. Review its rules with the VCN's owner, or give those subnets security lists"
        + " of their own (NSG mode keeps the rules in NSGs).");
  }

  private static List<String> notes(DesiredGraph graph) {
    List<String> notes = new ArrayList<>();
    for (ResourceSpec spec : graph.specs()) {
      if (spec.type() == ResourceType.REMOTE_PEERING_CONNECTION && spec.fields().getOrDefault("peer", "").isEmpty()) {
        notes.add("Remote peering connection '" + spec.key() + "' (" + spec.displayName() + ") is left unconnected: the model "
            + "knows no peer RPC OCID. Connect it from the peer region's side with this RPC's OCID (ApplyResult.idsByKey()"
            + ".get(ResourceKey.parse(\"" + spec.key() + "\"))); the next plan then shows it connected and leaves it alone.");
      }
    }
    return notes;
  }

  private PlannedChange create(ResourceSpec spec, String token) {
    List<FieldDiff> diffs = new ArrayList<>();
    spec.fields().entrySet().stream().sorted(Map.Entry.comparingByKey()).filter(e -> !e.getValue().isEmpty())
        .forEach(e -> diffs.add(FieldDiff.of(e.getKey(), null, e.getValue(), false)));
    spec.rules().keySet().forEach(r -> diffs.add(FieldDiff.added("rule", r)));
    List<ResolvedSecurityRule> add = spec.type() == ResourceType.NETWORK_SECURITY_GROUP
        ? spec.rules().values().stream().map(r -> (ResolvedSecurityRule) r).toList() : List.of();
    return new PlannedChange(change(ChangeAction.CREATE, spec, diffs, Optional.empty()), spec, null, add, List.of(), token);
  }

  private PlannedChange compare(ResourceSpec spec, Observed current, boolean bound, Names names, String token, String network,
      Set<ResourceKey> replaced) {
    var handler = handlers.of(spec.type());
    Map<String, String> actual = handler.fields(current, names);
    List<FieldDiff> diffs = new ArrayList<>();
    boolean replace = current.isFailed();
    // A team's own name is kept once adopted: the graph's "<network>-<label>" is only a default.
    boolean keepsName = current.displayName() != null && (bound || Ownership.keepsLiveName(current.tags(), network));
    for (String field : new TreeSet<>(spec.fields().keySet())) {
      if (keepsName && field.equals(DISPLAY_NAME)) {
        continue;
      }
      String want = spec.fields().get(field);
      String have = actual.getOrDefault(field, "");
      if (!handler.satisfies(spec, field, want, have)) {
        boolean forces = handler.forcesReplacement(spec, field, have);
        replace |= forces;
        diffs.add(FieldDiff.of(field, have, want, forces));
      }
    }
    if (PINNED_TO_DEPENDENCIES.contains(spec.type())) {
      // A cluster, node pool or NLB holds the OCIDs of its subnets (and a node pool its cluster's)
      // from its creation: when one of them is replaced, it must be replaced too.
      for (ResourceKey dep : spec.dependencies()) {
        if (replaced.contains(dep)) {
          replace = true;
          diffs.add(FieldDiff.of(dep.toString(), "replaced", "new " + dep, true));
        }
      }
    }
    Observed sent = current;
    if (bound) {
      // The update that adopts it writes the ownership tags and the marker, nothing else changes.
      Map<String, String> after = Ownership.adopted(current.tags(), network, spec.key());
      diffs.add(FieldDiff.of("tags", new TreeMap<>(current.tags()).toString(), new TreeMap<>(after).toString(), false));
      sent = current.withTags(after);
    } else if (!Ownership.ownedKey(current.tags(), network).equals(Optional.of(spec.key()))) {
      diffs.add(FieldDiff.of("tags", "(not tagged)", Ownership.NETWORK_TAG + "=" + network + ", " + Ownership.KEY_TAG + "="
          + spec.key(), false));
    }
    List<ResolvedSecurityRule> add = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    if (spec.hasRules()) {
      Set<String> have = spec.type() == ResourceType.NETWORK_SECURITY_GROUP ? Set.of() : handlers.of(spec.type()).rules(current, names);
      // The cloud controller manager's rules in our lists and NSGs are its to add and remove (CcmRules).
      Set<String> ccmManaged = ccmManaged(spec, current, names);
      Map<String, String> nsgRuleIds = new LinkedHashMap<>();
      if (spec.type() == ResourceType.NETWORK_SECURITY_GROUP) {
        CcmRules ccm = RuleSetSource.ccmOf(spec);
        current.nsgRules().forEach(r -> {
          String text = RuleMapping.text(r, names);
          if (ccm.managesNsgRule(r)) {
            return;   // never compared, never removed: the CCM's
          }
          if (nsgRuleIds.containsKey(text)) {
            remove.add(r.getId());   // a duplicate rule: keep one
          } else {
            nsgRuleIds.put(text, r.getId());
          }
        });
        have = nsgRuleIds.keySet();
      }
      for (String r : spec.rules().keySet()) {
        if (!have.contains(r)) {
          diffs.add(FieldDiff.added("rule", r));
          if (spec.rules().get(r) instanceof ResolvedSecurityRule sr) {
            add.add(sr);
          }
        }
      }
      for (String r : new TreeSet<>(have)) {
        if (!spec.rules().containsKey(r) && !ccmManaged.contains(r)) {
          diffs.add(FieldDiff.removed("rule", r));
          Optional.ofNullable(nsgRuleIds.get(r)).ifPresent(remove::add);
        }
      }
    }
    if (replace) {
      List<ResolvedSecurityRule> all = spec.type() == ResourceType.NETWORK_SECURITY_GROUP
          ? spec.rules().values().stream().map(r -> (ResolvedSecurityRule) r).toList() : List.of();
      if (current.isFailed()) {
        diffs.add(0, FieldDiff.of("lifecycleState", current.state(), "AVAILABLE", true));
      }
      String replaceToken = retryToken(network, spec, List.of(current.id()));
      return new PlannedChange(change(ChangeAction.REPLACE, spec, diffs, Optional.of(current.id())), spec, current, all, List.of(),
          replaceToken);
    }
    ChangeAction action = diffs.isEmpty() ? ChangeAction.NO_OP : ChangeAction.UPDATE;
    // Handlers send spec.displayName() on update, so the kept name travels in the spec.
    ResourceSpec kept = keepsName ? spec.withDisplayName(current.displayName()) : spec;
    return new PlannedChange(change(action, kept, diffs, Optional.of(current.id())), kept, sent, add, remove, token);
  }

  /** The texts of the live security list rules the CCM manages (NSG rules are skipped by description). */
  private static Set<String> ccmManaged(ResourceSpec spec, Observed current, Names names) {
    if (!(current.model() instanceof SecurityList list)) {
      return Set.of();
    }
    CcmRules ccm = RuleSetSource.ccmOf(spec);
    Set<String> out = new LinkedHashSet<>();
    ccm.ccmIngress(list).forEach(r -> out.add(RuleMapping.text(r, names)));
    ccm.ccmEgress(list).forEach(r -> out.add(RuleMapping.text(r, names)));
    return out;
  }

  private PlannedChange delete(Observed o, ResourceKey key, Names names) {
    List<String> removeRules = o.nsgRules().stream().map(r -> r.getId()).toList();
    Change c = new Change(ChangeAction.DELETE, o.type(), key, o.displayName() == null ? o.id() : o.displayName(), List.of(),
        List.of(), Optional.of(o.id()));
    return new PlannedChange(c, null, o, List.of(), removeRules, null);
  }

  private static Change change(ChangeAction action, ResourceSpec spec, List<FieldDiff> diffs, Optional<String> id) {
    return new Change(action, spec.type(), spec.key(), spec.displayName(), diffs, spec.dependencies(), id);
  }

  /**
   * The opc-retry-token of a create: the same for the same network, key and desired content, so
   * a fresh process repeating a create that took effect gets the first resource back; it changes
   * once an earlier resource of the key is gone, so a re-create after a delete is not answered
   * with the deleted one.
   */
  static String retryToken(String network, ResourceSpec spec, List<String> deadIds) {
    List<String> sorted = deadIds.stream().sorted(Comparator.naturalOrder()).toList();
    return "okenet-" + Hashes.sha256(network + "\n" + spec.key() + "\n" + spec.contentHash() + "\n" + sorted).substring(0, 40);
  }
}
