package dev.okenet.testkit.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import org.junit.jupiter.api.Test;

/** The hand-written protocol check accepts exactly what the regular expression and range check it replaced did. */
class ProtocolNumberProperties {
    @Test
    void aProtocolNumberIsOneToThreeDigitsUpTo255() {
        Property.forAll(Gen.strings("0123456789a -+", 0, 5)).tries(2_000).check(protocol -> {
            boolean before = protocol.matches("[0-9]{1,3}") && Integer.parseInt(protocol) <= 255;

            assertThat(SecurityRuleChecks.isProtocolNumber(protocol)).as("'%s'", protocol).isEqualTo(before);
        });
    }
}
