package dev.okenet.kube;

import dev.okenet.internal.Require;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A Kubernetes equality label selector such as {@code app=web,tier=front}. Empty selects all.
 *
 * <pre>{@code
 * Selector web = Selector.parse("app=web");
 * web.matches(Map.of("app", "web", "version", "2"));   // true
 * }</pre>
 */
public final class Selector {
  private static final Selector ALL = new Selector(Map.of());
  private final Map<String, String> labels;
  private final int hash;

  private Selector(Map<String, String> labels) {
    this.labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    // Selectors sit in reachability endpoints, which key the engine's caches: hash once.
    this.hash = Objects.hash(this.labels);
  }

  /** Parses "k=v,k2=v2"; blank ("") selects all. */
  public static Selector parse(String text) {
    Require.notNull(text, "Selector.parse(text): text", "Give a selector like \"app=web\", or \"\" for every pod.");
    if (text.isBlank()) {
      return ALL;
    }
    Map<String, String> labels = new TreeMap<>();
    for (String part : text.split(",")) {
      String[] kv = part.trim().split("=", -1);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        throw new IllegalArgumentException(
            "Selector '" + text + "' has a term '" + part.trim() + "' that is not key=value. Write it like \"app=web\" or \"app=web,tier=front\".");
      }
      labels.put(kv[0].trim(), kv[1].trim());
    }
    return new Selector(labels);
  }

  /** A selector for exactly these labels. */
  public static Selector of(Map<String, String> labels) {
    Require.notNull(labels, "Selector.of(labels): labels", "Give the labels, e.g. Map.of(\"app\", \"web\"), or Map.of() for every pod.");
    return labels.isEmpty() ? ALL : new Selector(labels);
  }

  /** The empty selector: all pods. */
  public static Selector all() {
    return ALL;
  }

  /** The labels, sorted by key. */
  public Map<String, String> labels() {
    return labels;
  }

  /** Whether this selects every pod. */
  public boolean isAll() {
    return labels.isEmpty();
  }

  /** Whether a pod with {@code podLabels} is selected. */
  public boolean matches(Map<String, String> podLabels) {
    Require.notNull(podLabels, "Selector.matches(podLabels): podLabels", "Give the pod's labels, e.g. Map.of(\"app\", \"web\").");
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (!e.getValue().equals(podLabels.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether every pod this selects is also selected by {@code other}. */
  public boolean isNarrowerThan(Selector other) {
    Require.notNull(other, "Selector.isNarrowerThan(other): other", "Give the selector to compare with, e.g. Selector.parse(\"app=web\").");
    return other.matches(labels);
  }

  /** "app=web,tier=front", or "(all)". */
  @Override
  public String toString() {
    if (labels.isEmpty()) {
      return "(all)";
    }
    StringBuilder sb = new StringBuilder();
    labels.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Selector && ((Selector) o).labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
