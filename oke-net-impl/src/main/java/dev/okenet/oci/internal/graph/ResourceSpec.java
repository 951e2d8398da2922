package dev.okenet.oci.internal.graph;

import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One desired OCI resource: its kind, logical key, the fields a plan compares (in canonical text,
 * references as logical keys), its rules (route or security rules, compared as a set), and what
 * must exist before it.
 *
 * @param type the kind
 * @param key the logical key
 * @param displayName the display name
 * @param fields scalar fields to compare, e.g. cidrBlock, routeTable
 * @param replaceFields the fields OCI cannot change in place
 * @param rules rule text → the model rule it comes from (a RouteRule or a ResolvedSecurityRule)
 * @param dependencies keys that must be ready before this resource is created or updated
 * @param ruleDependencies keys an NSG's rules name (other NSGs), needed before the rules are added
 * @param existingId the OCID when the model references an existing resource (read, never changed)
 * @param source the resolved model object this spec comes from
 */
public record ResourceSpec(ResourceType type, ResourceKey key, String displayName, Map<String, String> fields,
    Set<String> replaceFields, SortedMap<String, Object> rules, List<ResourceKey> dependencies,
    List<ResourceKey> ruleDependencies, Optional<String> existingId, Object source) {
  /** Copies the collections. */
  public ResourceSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    fields = Map.copyOf(fields);
    replaceFields = Set.copyOf(replaceFields);
    rules = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(rules));
    dependencies = List.copyOf(dependencies);
    ruleDependencies = List.copyOf(ruleDependencies);
  }

  /** Whether this resource is referenced by OCID rather than owned. */
  public boolean isReference() {
    return existingId.isPresent();
  }

  /** Whether this kind's rules are compared (route tables, security lists, NSGs). */
  public boolean hasRules() {
    return type == ResourceType.ROUTE_TABLE || type == ResourceType.SECURITY_LIST
        || type == ResourceType.DEFAULT_SECURITY_LIST || type == ResourceType.NETWORK_SECURITY_GROUP;
  }

  /** A stable hash of everything a create sends, for the retry token. */
  public String contentHash() {
    return Hashes.sha256(type + "|" + key + "|" + new TreeMap<>(fields) + "|" + rules.keySet());
  }

  /**
   * This spec under another display name (the {@code displayName} field too): an adopted resource
   * is updated under the name it has, not the graph's {@code <network>-<label>}.
   */
  public ResourceSpec withDisplayName(String name) {
    Map<String, String> f = new java.util.LinkedHashMap<>(fields);
    if (f.containsKey("displayName")) {
      f.put("displayName", name);
    }
    return new ResourceSpec(type, key, name, f, replaceFields, rules, dependencies, ruleDependencies, existingId, source);
  }
}
