package dev.okenet.property.cyclefixture.face;

import dev.okenet.property.cyclefixture.face.internal.Engine;

/** A public face that delegates to its implementation, which reads the face back: one slice, no cycle. */
public final class Face {
  private Face() {}

  /** Delegates. */
  public static String run() {
    return Engine.run(new Face());
  }
}
