package dev.okenet.property.cyclefixture.face.internal;

import dev.okenet.property.cyclefixture.face.Face;

/** The implementation behind {@link Face}. */
public final class Engine {
  private Engine() {}

  /** Reads the face back. */
  public static String run(Face face) {
    return "ran " + face.getClass().getSimpleName();
  }
}
