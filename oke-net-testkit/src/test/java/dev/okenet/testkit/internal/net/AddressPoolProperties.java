package dev.okenet.testkit.internal.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** OCI reserves the first two addresses and the last of every subnet. */
class AddressPoolProperties {

    @Property(tries = 50)
    void aSubnetHandsOutItsSizeMinusThreeAddresses(@ForAll @IntRange(min = 22, max = 30) int prefix,
            @ForAll @IntRange(min = 0, max = 255) int thirdOctet) {
        Ipv4Cidr cidr = Ipv4Cidr.parse("10.1." + thirdOctet + ".0/" + prefix).orElseThrow().network();
        AddressPool pool = new AddressPool(cidr);
        List<Long> handedOut = new ArrayList<>();
        for (long ip = pool.allocate("x"); ip >= 0; ip = pool.allocate("x")) {
            handedOut.add(ip);
        }

        assertThat(handedOut).hasSize((int) cidr.size() - 3)
                .doesNotContain(cidr.first(), cidr.first() + 1, cidr.last());
    }
}
