package dev.okenet.property.cyclefixture.b;

import dev.okenet.property.cyclefixture.a.Left;
import java.util.List;

/** The other half of the deliberate cycle: it names {@link Left} only in a generic signature. */
public final class Right {
  private Right() {}

  /** Made by the other half. */
  public static Right make() {
    return new Right();
  }

  /** A dependency seen only through a generic signature. */
  public static List<Left> none() {
    return List.of();
  }
}
