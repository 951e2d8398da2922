package dev.okenet.doctor.internal;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * How evidence quotes what it read: an Event with its reason and (shortened) message, an object by
 * kind and namespace/name.
 *
 * <pre>{@code
 * Quote.event(e);   // Event SyncLoadBalancerFailed (×3): "Error syncing load balancer: ..."
 * }</pre>
 */
public final class Quote {
  /** Longer messages are cut here: evidence is for reading, kubectl describe has the rest. */
  static final int MAX = 400;

  private Quote() {}

  /** An Event: reason, how often, message. */
  public static String event(Event e) {
    Integer count = e.getCount();
    return "Event " + e.getReason() + (count != null && count > 1 ? " (×" + count + ")" : "") + ": \"" + text(e.getMessage()) + "\"";
  }

  /** A message on one line, cut at {@value #MAX} characters. */
  public static String text(String message) {
    String one = message == null ? "" : message.replaceAll("\\s+", " ").trim();
    return one.length() <= MAX ? one : one.substring(0, MAX) + " …";
  }

  /** "namespace/name". */
  public static String ref(HasMetadata o) {
    return o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
  }
}
