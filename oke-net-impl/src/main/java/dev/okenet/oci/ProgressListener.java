package dev.okenet.oci;

/**
 * Receives {@link ProgressEvent}s while an apply runs. Called from the apply's worker threads, so
 * implementations must be thread-safe; an exception thrown by a listener is logged and ignored.
 *
 * <pre>{@code
 * ProgressListener printer = e -> System.out.println(e);
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores every event. */
  ProgressListener NONE = e -> { };

  /** Called once per step. */
  void onEvent(ProgressEvent event);
}
