package dev.okenet.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** VCN CIDR sizes over the whole prefix range: /16 to /30 are accepted, everything else is InvalidParameter. */
class CidrRulesProperties {

    @Property(tries = 200)
    void vcnPrefixIsAcceptedExactlyFrom16To30(@ForAll @IntRange(min = 0, max = 32) int prefix,
            @ForAll @IntRange(min = 0, max = 255) int firstOctet) {
        long network = ((long) firstOctet << 24) & (prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL);
        String cidr = (network >> 24 & 255) + "." + (network >> 16 & 255) + "." + (network >> 8 & 255) + "."
                + (network & 255) + "/" + prefix;
        try (FakeOci oci = FakeOci.create()) {
            int status;
            try {
                oci.virtualNetwork().createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder()
                        .compartmentId(Fixtures.COMPARTMENT).cidrBlocks(List.of(cidr)).build()).build());
                status = 200;
            } catch (BmcException e) {
                status = e.getStatusCode();
            }

            assertThat(status).as(cidr).isEqualTo(prefix >= 16 && prefix <= 30 ? 200 : 400);
        }
    }
}
