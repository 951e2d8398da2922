package dev.okenet.adopt;

import dev.okenet.OkeNetwork;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.OciServices;

/**
 * One live network on a FakeOci and its import: the fixture every adopt test starts from. Built
 * and imported through the services given (a {@code @FakeOciTest} door's), or in process on a
 * fresh fake.
 *
 * <pre>{@code
 * Imports prod = Imports.of(oci, ReferenceNetworks.prod());            // oci: the test's FakeOci
 * Imports overHttp = Imports.of(oci, services, ReferenceNetworks.prod());
 * prod.imported().model();
 * }</pre>
 */
final class Imports {
  final FakeOci fake;
  final OciServices services;
  final LiveOke live;
  final OkeNetwork shape;

  private Imports(FakeOci fake, OciServices services, OkeNetwork shape) {
    this.fake = fake;
    this.services = services;
    this.shape = shape;
    this.live = LiveOke.build(services.virtualNetwork(), services.containerEngine(), shape);
  }

  /** A live network laid out like {@code shape}, on a fresh fake, in process. */
  static Imports of(OkeNetwork shape) {
    FakeOci fake = FakeOci.create();
    return new Imports(fake, dev.okenet.testkit.http.Door.IN_PROCESS.services(fake), shape);
  }

  /** A live network laid out like {@code shape}, built on {@code fake} (a {@code @FakeOciTest}'s) in process. */
  static Imports of(FakeOci fake, OkeNetwork shape) {
    return new Imports(fake, dev.okenet.testkit.http.Door.IN_PROCESS.services(fake), shape);
  }

  /** A live network laid out like {@code shape}, built on {@code fake} through {@code services}. */
  static Imports of(FakeOci fake, OciServices services, OkeNetwork shape) {
    return new Imports(fake, services, shape);
  }

  /** An importer over the services, named like the shape, with the shape's Kubernetes side. */
  NetworkImporter importer() {
    return NetworkImporter.builder().virtualNetwork(services.virtualNetwork()).containerEngine(services.containerEngine())
        .name(shape.name()).kubernetes(KubernetesFacts.of(shape)).build();
  }

  /** The import of the live VCN. */
  ImportedNetwork imported() {
    return importer().importVcn(LiveOke.COMPARTMENT, live.vcnId());
  }
}
