package dev.okenet.internal;

/**
 * A way in to non-public constructors that a class hands over itself, when it is initialised: the
 * JDK's {@code SharedSecrets} idea (there {@code ensureClassInitialized}). Users get resolved
 * networks and their parts only from {@code OkeNetwork.resolve()}, yet the resolver, in another
 * package, builds them. The owning class registers its way in from its static initializer, and
 * {@link #get()} initialises that class by name when nothing is registered yet, so the order in
 * which a program first touches oke-net's classes cannot matter (the JVM runs an initializer once;
 * other threads wait for it). Only the owner may register, and only once. Not for users.
 *
 * <pre>{@code
 * static final SelfRegistered<ResolvedParts> PARTS =
 *     new SelfRegistered<>("dev.okenet.resolved.PartsBridge", "resolved parts");
 * // in PartsBridge:  static { PARTS.register(PartsBridge.class, new PartsBridge()); }
 * ResolvedParts parts = PARTS.get();
 * }</pre>
 *
 * @param <T> what the owner hands over
 */
public final class SelfRegistered<T> {
  private final String owner;
  private final String what;
  private volatile T registered;

  /**
   * @param owner the binary name of the one class allowed to register (it may be package-private
   *     elsewhere, so it is named, not referenced)
   * @param what what it hands over, for messages, e.g. "resolved parts"
   */
  public SelfRegistered(String owner, String what) {
    this.owner = owner;
    this.what = what;
  }

  /** Called once, from {@code registrant}'s static initializer; refuses any other class and a second call. */
  public synchronized void register(Class<?> registrant, T value) {
    if (value == null || registrant == null || !registrant.getName().equals(owner)
        || registrant.getClassLoader() != SelfRegistered.class.getClassLoader()) {
      throw new IllegalStateException("Only oke-net's own " + owner + " builds " + what + "; they come from OkeNetwork.resolve().");
    }
    if (registered != null) {
      throw new IllegalStateException("The way in to " + what + " is registered already; they come from OkeNetwork.resolve().");
    }
    registered = value;
  }

  /** What the owner registered, initialising the owner first if it has not been. */
  public T get() {
    T value = registered;
    if (value == null) {
      try {
        Class.forName(owner, true, SelfRegistered.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(owner + " cannot be loaded; the oke-net-api jar is broken: " + e.getMessage(), e);
      }
      value = registered;
      if (value == null) {
        throw new IllegalStateException(owner + " did not register the way in to " + what + "; the oke-net-api jar is broken.");
      }
    }
    return value;
  }
}
