/**
 * The OCI provider: {@link dev.okenet.oci.OciNetworkProvider} plans, applies, destroys and
 * diagnoses an OKE network through the OCI Java SDK's interfaces ({@code VirtualNetwork},
 * {@code ContainerEngine}, {@code NetworkLoadBalancer}), so the real clients and FakeOci are
 * interchangeable.
 *
 * <p>Stateless: what the provider owns carries the freeform tags {@code okenet.network} and
 * {@code okenet.key}; a plan lists what exists (one list call per resource kind), matches by key
 * and diffs field by field. Deterministic retry tokens plus tags make an interrupted apply
 * repairable by the next one, with no state file.
 */
package dev.okenet.oci;
