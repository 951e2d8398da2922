package dev.okenet.testkit.internal.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OCI reserves the first two addresses and the last of every subnet. */
class AddressPoolProperties {

    record Block(int prefix, int thirdOctet) {}

    @Test
    void aSubnetHandsOutItsSizeMinusThreeAddresses() {
        Property.forAll(Gen.zip(Gen.ints(22, 30), Gen.ints(0, 255), Block::new)).tries(50).check(block -> {
            Ipv4Cidr cidr = Ipv4Cidr.parse("10.1." + block.thirdOctet() + ".0/" + block.prefix()).orElseThrow().network();
            AddressPool pool = new AddressPool(cidr);
            List<Long> handedOut = new ArrayList<>();
            for (long ip = pool.allocate("x"); ip >= 0; ip = pool.allocate("x")) {
                handedOut.add(ip);
            }

            assertThat(handedOut).hasSize((int) cidr.size() - 3)
                    .doesNotContain(cidr.first(), cidr.first() + 1, cidr.last());
        });
    }

    record Run(int prefix, List<Step> steps) {}

    /** One step against a pool: take the lowest free, take a given offset, or release an offset. */
    record Step(int kind, int offset, String holder) {}

    /**
     * The paged holder store behaves as the sorted map it replaced: after any sequence of takes and
     * releases, the same addresses are held by the same holders, and the same calls succeed.
     */
    @Test
    void takesAndReleasesMatchASortedMapOfHolders() {
        Gen<Step> step = Gen.zip(Gen.ints(0, 2), Gen.ints(0, 1100), Gen.of("a", "b", "c"), Step::new);
        Property.forAll(Gen.zip(Gen.ints(20, 30), step.list(0, 400), Run::new)).tries(60).check(run -> {
                    int prefix = run.prefix();
                    List<Step> steps = run.steps();
                    Ipv4Cidr cidr = Ipv4Cidr.parse("10.2.0.0/" + prefix).orElseThrow().network();
                    AddressPool pool = new AddressPool(cidr);
                    java.util.TreeMap<Long, String> model = new java.util.TreeMap<>();
                    for (Step s : steps) {
                        long ip = cidr.first() + s.offset();
                        switch (s.kind()) {
                            case 0 -> {
                                long expected = -1;
                                for (long a = cidr.first() + 2; a < cidr.last(); a++) {
                                    if (!model.containsKey(a)) {
                                        expected = a;
                                        break;
                                    }
                                }
                                assertThat(pool.allocate(s.holder())).isEqualTo(expected);
                                if (expected >= 0) {
                                    model.put(expected, s.holder());
                                }
                            }
                            case 1 -> {
                                boolean free = ip >= cidr.first() + 2 && ip < cidr.last() && !model.containsKey(ip);
                                assertThat(pool.allocate(ip, s.holder())).isEqualTo(free);
                                if (free) {
                                    model.put(ip, s.holder());
                                }
                            }
                            default -> {
                                pool.release(ip);
                                model.remove(ip);
                            }
                        }
                        assertThat(pool.holderOf(ip)).isEqualTo(model.get(ip));
                    }
                    assertThat(pool.holders()).isEqualTo(model);
                    assertThat(pool.free()).isEqualTo(pool.usable() - model.size());
                });
    }
}
