package dev.okenet.property.cyclefixture.a;

import dev.okenet.property.cyclefixture.b.Right;

/** Half of a deliberate package cycle that {@code PackageCyclesTest} must find. */
public final class Left {
  private Left() {}

  /** Uses the other half. */
  public static Right partner() {
    return Right.make();
  }

  /** Made by the other half. */
  public static Left make() {
    return new Left();
  }
}
