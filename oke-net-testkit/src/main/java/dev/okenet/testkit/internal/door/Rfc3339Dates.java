package dev.okenet.testkit.internal.door;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Writes a {@link Date} as the SDK's own mapper does ({@code Rfc3339DateFormat}: UTC, milliseconds,
 * e.g. {@code 2026-12-03T13:41:39.123Z}) without its cost: Jackson clones the mapper's
 * {@code DateFormat} for every document it writes, which was a tenth of the HTTP door's own time
 * (every model FakeOci answers has a {@code timeCreated}). Years outside 1600 to 9999 are left to
 * the SDK's format: its {@code SimpleDateFormat} counts days by the Julian calendar before the
 * Gregorian cutover of 1582, {@code java.time} by the Gregorian throughout. A property test checks
 * the two agree.
 *
 * <pre>{@code
 * new SimpleModule().addSerializer(Date.class, new Rfc3339Dates());
 * }</pre>
 */
final class Rfc3339Dates extends StdSerializer<Date> {
    private static final long serialVersionUID = 1L;

    Rfc3339Dates() {
        super(Date.class);
    }

    @Override
    public void serialize(Date value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        String text = format(value.getTime());
        if (text == null) {
            provider.defaultSerializeDateValue(value, gen);
        } else {
            gen.writeString(text);
        }
    }

    /** {@code millis} as {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} in UTC, or null outside the years 1600 to 9999. */
    static String format(long millis) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L), 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 1600 || year > 9999) {
            return null;
        }
        byte[] b = new byte[24];
        digits(b, 0, year, 4);
        b[4] = '-';
        digits(b, 5, t.getMonthValue(), 2);
        b[7] = '-';
        digits(b, 8, t.getDayOfMonth(), 2);
        b[10] = 'T';
        digits(b, 11, t.getHour(), 2);
        b[13] = ':';
        digits(b, 14, t.getMinute(), 2);
        b[16] = ':';
        digits(b, 17, t.getSecond(), 2);
        b[19] = '.';
        digits(b, 20, (int) Math.floorMod(millis, 1000L), 3);
        b[23] = 'Z';
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static void digits(byte[] b, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            b[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
