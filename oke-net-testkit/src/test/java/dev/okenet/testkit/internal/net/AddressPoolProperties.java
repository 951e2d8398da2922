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
}
