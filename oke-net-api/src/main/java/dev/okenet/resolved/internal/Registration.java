package dev.okenet.resolved.internal;

import dev.okenet.internal.SelfRegistered;

/** Holds the way in {@code dev.okenet.resolved}'s package-private bridge hands over (see {@link SelfRegistered}). */
final class Registration {
  static final SelfRegistered<ResolvedParts> PARTS = new SelfRegistered<>("dev.okenet.resolved.PartsBridge", "resolved parts");

  private Registration() {}
}
