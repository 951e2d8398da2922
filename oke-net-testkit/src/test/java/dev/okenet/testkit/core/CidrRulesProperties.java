package dev.okenet.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VCN CIDR sizes over the whole prefix range: /16 to /30 are accepted, everything else is InvalidParameter. */
class CidrRulesProperties {

    record Attempt(int prefix, int firstOctet, Door door) {}

    private static final Gen<Attempt> ATTEMPTS = source ->
            new Attempt(source.draw(Gen.ints(0, 32)), source.draw(Gen.ints(0, 255)), source.draw(Gen.of(Door.class)));

    @Test
    void vcnPrefixIsAcceptedExactlyFrom16To30() {
        // One fake for all cases, reset before each: the HTTP door builds its SDK clients once per fake.
        try (FakeOci oci = FakeOci.create()) {
            Property.forAll(ATTEMPTS).tries(200).check(attempt -> {
                int prefix = attempt.prefix();
                long network = ((long) attempt.firstOctet() << 24) & (prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL);
                String cidr = (network >> 24 & 255) + "." + (network >> 16 & 255) + "." + (network >> 8 & 255) + "."
                        + (network & 255) + "/" + prefix;
                oci.reset();
                int status;
                try {
                    attempt.door().virtualNetwork(oci).createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder()
                            .compartmentId(Fixtures.COMPARTMENT).cidrBlocks(List.of(cidr)).build()).build());
                    status = 200;
                } catch (BmcException e) {
                    status = e.getStatusCode();
                }

                assertThat(status).as(cidr).isEqualTo(prefix >= 16 && prefix <= 30 ? 200 : 400);
            });
        }
    }
}
