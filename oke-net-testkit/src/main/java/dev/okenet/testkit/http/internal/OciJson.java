package dev.okenet.testkit.http.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.bmc.serialization.jackson.JacksonSerializer;

/**
 * The SDK's own JSON mapper (RFC 3339 dates, the explicitly-set filter, unknown properties
 * ignored), so that field names, enum values and polymorphic type ids ({@code cniType},
 * {@code sourceType}, ...) are exactly what the SDK's clients write and read.
 */
final class OciJson {
    private OciJson() {}

    static ObjectMapper mapper() {
        return JacksonSerializer.getDefaultObjectMapper();
    }
}
