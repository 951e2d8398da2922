package dev.okenet.testkit.internal.door;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.oracle.bmc.serialization.jackson.JacksonSerializer;
import java.util.Date;

/**
 * The SDK's own JSON mapper (RFC 3339 dates, the explicitly-set filter, unknown properties
 * ignored), so that field names, enum values and polymorphic type ids ({@code cniType},
 * {@code sourceType}, ...) are exactly what the SDK's clients write and read.
 */
final class OciJson {
    private OciJson() {}

    /**
     * A copy of the SDK's mapper with dates written by {@link Rfc3339Dates} (the same text, cheaper);
     * a new one each call, so each door holds its own (the testkit keeps no static state).
     */
    static ObjectMapper mapper() {
        return JacksonSerializer.getDefaultObjectMapper().copy()
                .registerModule(new SimpleModule("fakeoci-dates").addSerializer(Date.class, new Rfc3339Dates()));
    }
}
