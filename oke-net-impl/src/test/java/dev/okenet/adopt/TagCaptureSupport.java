package dev.okenet.adopt;

import dev.okenet.OkeNetwork;
import dev.okenet.testkit.FakeOci;

/** One-off for TagCaptureTest: LiveOke is package-private. */
public final class TagCaptureSupport {
  public static final String COMPARTMENT = LiveOke.COMPARTMENT;
  public static String vcnId;

  private TagCaptureSupport() {}

  public static void build(FakeOci fake, OkeNetwork shape) {
    vcnId = LiveOke.build(fake.virtualNetwork(), fake.containerEngine(), shape).vcnId();
  }
}
