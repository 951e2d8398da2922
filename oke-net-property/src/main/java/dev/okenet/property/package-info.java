/**
 * Seeded property tests with shrinking, for oke-net's own test suites: a {@link dev.okenet.property.Gen}
 * builds values from recorded random draws, {@link dev.okenet.property.Property#forAll} checks a
 * property on many of them inside a plain JUnit 5 test, prints the seed, and shrinks a failure by
 * shrinking the draws and generating again.
 *
 * <pre>{@code
 * @Test
 * void parsesEveryWellFormedBlock() {
 *     Gen<Integer> octets = Gen.ints(0, 255);
 *     Gen<String> blocks = source -> source.draw(octets) + "." + source.draw(octets) + "."
 *             + source.draw(octets) + "." + source.draw(octets) + "/" + source.draw(Gen.ints(0, 32));
 *     Property.forAll(blocks).tries(500).check(text -> assertThat(Ipv4Cidr.parse(text)).isPresent());
 * }
 * }</pre>
 *
 * <p>Replay a failure with {@code -Dokenet.seed=N} (the seed is printed on every run and in the
 * failure). Pin a shrunk failure as a plain {@code @Test} with the smallest value.
 *
 * <p>Two checks on a whole module live here too, shared by every module's tests:
 * {@link dev.okenet.property.PackageCycles} (no package cycle) and
 * {@link dev.okenet.property.NullArgumentProbe} (every public member refuses null clearly).
 */
package dev.okenet.property;
