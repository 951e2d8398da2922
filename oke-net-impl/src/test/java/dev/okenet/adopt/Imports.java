package dev.okenet.adopt;

import dev.okenet.OkeNetwork;
import dev.okenet.testkit.FakeOci;

/**
 * One live network on a fresh FakeOci and its import: the fixture every adopt test starts from.
 *
 * <pre>{@code
 * Imports prod = Imports.of(ReferenceNetworks.prod());
 * prod.imported().model();
 * }</pre>
 */
final class Imports {
  final FakeOci fake;
  final LiveOke live;
  final OkeNetwork shape;

  private Imports(OkeNetwork shape) {
    this.fake = FakeOci.create();
    this.shape = shape;
    this.live = LiveOke.build(fake.virtualNetwork(), fake.containerEngine(), shape);
  }

  /** A live network laid out like {@code shape}. */
  static Imports of(OkeNetwork shape) {
    return new Imports(shape);
  }

  /** An importer over the fake, named like the shape, with the shape's Kubernetes side. */
  NetworkImporter importer() {
    return NetworkImporter.builder().virtualNetwork(fake.virtualNetwork()).containerEngine(fake.containerEngine())
        .name(shape.name()).kubernetes(KubernetesFacts.of(shape)).build();
  }

  /** The import of the live VCN. */
  ImportedNetwork imported() {
    return importer().importVcn(LiveOke.COMPARTMENT, live.vcnId());
  }
}
