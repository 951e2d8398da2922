package dev.okenet.resolved.internal;

/**
 * Holds the registered {@link ResolvedParts} bridge. The bridge registers itself in its static
 * initializer, and nothing but {@link #bridge()} initialises it, so the order in which a program
 * first touches oke-net's classes cannot matter: the first caller initialises the bridge (the JVM
 * runs a class's initializer once, other threads wait for it), then reads what it registered.
 * This is the JDK's {@code SharedSecrets} idea (there {@code ensureClassInitialized}).
 */
final class Registration {
  /** The bridge's binary name: it is package-private in {@code dev.okenet.resolved}, so not nameable here. */
  static final String BRIDGE = "dev.okenet.resolved.PartsBridge";

  private static volatile ResolvedParts bridge;

  private Registration() {}

  static ResolvedParts bridge() {
    ResolvedParts b = bridge;
    if (b == null) {
      initializeBridge();
      b = bridge;
      if (b == null) {
        throw new IllegalStateException(BRIDGE + " did not register itself with ResolvedParts; the oke-net-api jar is broken.");
      }
    }
    return b;
  }

  static synchronized void register(ResolvedParts candidate) {
    if (candidate == null || !candidate.getClass().getName().equals(BRIDGE)
        || candidate.getClass().getClassLoader() != Registration.class.getClassLoader()) {
      throw new IllegalStateException("Only oke-net's own bridge builds resolved parts; they come from OkeNetwork.resolve().");
    }
    if (bridge != null) {
      throw new IllegalStateException("The resolved parts' bridge is registered already; parts come from OkeNetwork.resolve().");
    }
    bridge = candidate;
  }

  private static void initializeBridge() {
    try {
      Class.forName(BRIDGE, true, Registration.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(BRIDGE + " cannot be loaded; the oke-net-api jar is broken: " + e.getMessage(), e);
    }
  }
}
