package dev.okenet.testkit.internal.door;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.serialization.jackson.JacksonSerializer;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The door writes dates exactly as the SDK's own mapper does. */
class Rfc3339DatesProperties {
    private final com.fasterxml.jackson.databind.ObjectMapper door = OciJson.mapper();

    @Test
    void theDoorWritesEveryDateAsTheSdkMapperDoes() {
        // Years far before 1582's calendar cutover to beyond 9999: the SDK's format takes over outside 1600 to 9999.
        long span = 400L * 365 * 24 * 3600 * 1000 * 30;
        Property.forAll(Gen.longs(-span, span)).tries(2000).check(millis -> {
            Date date = new Date(millis);
            String sdk = JacksonSerializer.getDefaultObjectMapper().writeValueAsString(date);
            assertThat(door.writeValueAsString(date)).as("%d ms", millis).isEqualTo(sdk);
        });
    }

    @Test
    void aDateInsideAModelIsWrittenAsTheSdkMapperWritesIt() throws Exception {
        var vcn = com.oracle.bmc.core.model.Vcn.builder().id("ocid1.vcn.oc1..x").timeCreated(new Date(1764769299007L)).build();

        assertThat(door.writeValueAsString(vcn))
                .isEqualTo(JacksonSerializer.getDefaultObjectMapper().writeValueAsString(vcn))
                .contains("\"timeCreated\":\"2025-12-03T13:41:39.007Z\"");
    }
}
