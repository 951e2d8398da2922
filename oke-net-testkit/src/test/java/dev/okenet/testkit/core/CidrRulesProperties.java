package dev.okenet.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/** VCN CIDR sizes over the whole prefix range: /16 to /30 are accepted, everything else is InvalidParameter. */
class CidrRulesProperties {
    // One fake for the class, reset before each try: the HTTP door builds its SDK clients once per fake.
    private static final FakeOci OCI = FakeOci.create();

    @AfterContainer
    static void close() {
        OCI.close();
    }

    @Property(tries = 200)
    void vcnPrefixIsAcceptedExactlyFrom16To30(@ForAll @IntRange(min = 0, max = 32) int prefix,
            @ForAll @IntRange(min = 0, max = 255) int firstOctet, @ForAll Door door) {
        long network = ((long) firstOctet << 24) & (prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL);
        String cidr = (network >> 24 & 255) + "." + (network >> 16 & 255) + "." + (network >> 8 & 255) + "."
                + (network & 255) + "/" + prefix;
        OCI.reset();
        int status;
        try {
            door.virtualNetwork(OCI).createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder()
                    .compartmentId(Fixtures.COMPARTMENT).cidrBlocks(List.of(cidr)).build()).build());
            status = 200;
        } catch (BmcException e) {
            status = e.getStatusCode();
        }

        assertThat(status).as(cidr).isEqualTo(prefix >= 16 && prefix <= 30 ? 200 : 400);
    }
}
