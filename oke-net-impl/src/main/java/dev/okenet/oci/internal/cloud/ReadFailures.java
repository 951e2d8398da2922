package dev.okenet.oci.internal.cloud;

import dev.okenet.oci.ResourceType;

/** Hears about a resource kind whose listing failed, for a read that carries on without it (an import). */
@FunctionalInterface
public interface ReadFailures {
  /** Failing reads fail the whole read (plans: a partial listing could plan a duplicate). */
  ReadFailures FAIL = (kind, e) -> {
    throw e;
  };

  /** Listing {@code kind} failed with {@code error}; return to carry on as if it listed nothing. */
  void failed(ResourceType kind, RuntimeException error);
}
