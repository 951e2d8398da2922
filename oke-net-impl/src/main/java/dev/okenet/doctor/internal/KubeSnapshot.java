package dev.okenet.doctor.internal;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the doctor read from the Kubernetes API, with one list call per kind across all
 * namespaces: nodes, pods, Services, Events (core v1), NetworkPolicies and DaemonSets. A list that
 * fails (RBAC, an API the server does not serve) is recorded in {@link #failures()} and counts as
 * empty, so the checks that need something else still run.
 *
 * <pre>{@code
 * KubeSnapshot kube = KubeSnapshot.read(client);
 * kube.eventsOf(service);   // its Events, newest last
 * }</pre>
 */
public final class KubeSnapshot {
  private final List<Node> nodes;
  private final List<Pod> pods;
  private final List<Service> services;
  private final List<Event> events;
  private final List<NetworkPolicy> policies;
  private final List<DaemonSet> daemonSets;
  private final List<String> failures;

  private KubeSnapshot(List<Node> nodes, List<Pod> pods, List<Service> services, List<Event> events,
      List<NetworkPolicy> policies, List<DaemonSet> daemonSets, List<String> failures) {
    this.nodes = List.copyOf(nodes);
    this.pods = List.copyOf(pods);
    this.services = List.copyOf(services);
    this.events = List.copyOf(events);
    this.policies = List.copyOf(policies);
    this.daemonSets = List.copyOf(daemonSets);
    this.failures = List.copyOf(failures);
  }

  /** Lists every kind the doctor reads through {@code client}. */
  public static KubeSnapshot read(KubernetesClient client) {
    List<String> failures = new ArrayList<>();
    return new KubeSnapshot(
        list("list nodes", () -> client.nodes().list().getItems(), failures),
        list("list pods in all namespaces", () -> client.pods().inAnyNamespace().list().getItems(), failures),
        list("list services in all namespaces", () -> client.services().inAnyNamespace().list().getItems(), failures),
        list("list events in all namespaces", () -> client.v1().events().inAnyNamespace().list().getItems(), failures),
        list("list networkpolicies in all namespaces",
            () -> client.network().v1().networkPolicies().inAnyNamespace().list().getItems(), failures),
        list("list daemonsets in all namespaces", () -> client.apps().daemonSets().inAnyNamespace().list().getItems(), failures),
        failures);
  }

  private static <T> List<T> list(String what, Supplier<List<T>> call, List<String> failures) {
    try {
      List<T> items = call.get();
      return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    } catch (KubernetesClientException e) {
      failures.add("Kubernetes: " + what + " failed (" + (e.getCode() > 0 ? "HTTP " + e.getCode() + ": " : "")
          + firstLine(e.getMessage()) + ")");
      return List.of();
    }
  }

  private static String firstLine(String s) {
    return s == null ? "no message" : s.lines().findFirst().orElse("").trim();
  }

  public List<Node> nodes() {
    return nodes;
  }

  public List<Pod> pods() {
    return pods;
  }

  public List<Service> services() {
    return services;
  }

  public List<NetworkPolicy> policies() {
    return policies;
  }

  public List<DaemonSet> daemonSets() {
    return daemonSets;
  }

  /** The lists that failed, in words. */
  public List<String> failures() {
    return failures;
  }

  /** The Events about {@code object} (by kind, namespace and name), oldest first. */
  public List<Event> eventsOf(HasMetadata object) {
    String kind = object.getKind();
    String namespace = object.getMetadata().getNamespace();
    String name = object.getMetadata().getName();
    return events.stream().filter(e -> e.getInvolvedObject() != null)
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .filter(e -> Objects.equals(namespace, e.getInvolvedObject().getNamespace()) || e.getInvolvedObject().getNamespace() == null
            && Objects.equals(namespace, e.getMetadata() == null ? null : e.getMetadata().getNamespace()))
        .filter(e -> kind == null || e.getInvolvedObject().getKind() == null || kind.equals(e.getInvolvedObject().getKind()))
        .sorted(Comparator.comparing(KubeSnapshot::when)).toList();
  }

  /** The latest Event about {@code object} with this reason. */
  public java.util.Optional<Event> latest(HasMetadata object, String reason) {
    List<Event> found = eventsOf(object).stream().filter(e -> reason.equals(e.getReason())).toList();
    return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(found.size() - 1));
  }

  /** When an Event last happened: lastTimestamp, else eventTime, else firstTimestamp (RFC 3339 text sorts in time order). */
  private static String when(Event e) {
    if (e.getLastTimestamp() != null) {
      return e.getLastTimestamp();
    }
    if (e.getEventTime() != null && e.getEventTime().getTime() != null) {
      return e.getEventTime().getTime();
    }
    return e.getFirstTimestamp() == null ? "" : e.getFirstTimestamp();
  }
}
