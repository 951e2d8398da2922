package dev.okenet.testkit.internal.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hand-written parser accepts exactly what a regular-expression reference accepts: four
 * dot-separated octets of 1-3 ASCII digits up to 255, and a prefix of 1-2 digits up to 32, none of
 * them zero-padded.
 */
class Ipv4CidrProperties {

    private static final Gen<String> CIDR_LIKE = Gen.strings("0123456789./a ٣", 0, 22);

    record Block(int a, int b, int c, int d, int prefix) {}

    private static final Gen<Block> WELL_FORMED = source -> {
        Gen<Integer> octet = Gen.ints(0, 255);
        return new Block(source.draw(octet), source.draw(octet), source.draw(octet), source.draw(octet), source.draw(Gen.ints(0, 32)));
    };

    @Test
    void parsesExactlyWhatTheRegexParserParsed() {
        Property.forAll(CIDR_LIKE).tries(2000).check(text -> assertThat(Ipv4Cidr.parse(text)).isEqualTo(byRegex(text)));
    }

    @Test
    void parsesEveryWellFormedBlock() {
        Property.forAll(WELL_FORMED).tries(500).check(block -> {
            String text = block.a() + "." + block.b() + "." + block.c() + "." + block.d() + "/" + block.prefix();

            assertThat(Ipv4Cidr.parse(text)).contains(new Ipv4Cidr(
                    ((long) block.a() << 24) | (block.b() << 16) | (block.c() << 8) | block.d(), block.prefix()));
        });
    }

    @Test
    void refusesZeroPaddedOctetsAndPrefixes() {
        assertThat(Ipv4Cidr.parse("010.0.0.0/16")).isEmpty();
        assertThat(Ipv4Cidr.parse("10.0.00.0/16")).isEmpty();
        assertThat(Ipv4Cidr.parse("10.0.0.0/016")).isEmpty();
        assertThat(Ipv4Cidr.parseAddress("10.0.0.01")).isEmpty();
        assertThat(Ipv4Cidr.parse("10.0.0.0/0")).contains(new Ipv4Cidr(10L << 24, 0));
    }

    /** The reference: split and a regular expression per part. */
    private static Optional<Ipv4Cidr> byRegex(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return Optional.empty();
        }
        String[] parts = text.substring(0, slash).split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (!part.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(part) > 255) {
                return Optional.empty();
            }
            value = (value << 8) | Integer.parseInt(part);
        }
        String prefixText = text.substring(slash + 1);
        if (!prefixText.matches("0|[1-9][0-9]?")) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(prefixText);
        return prefix > 32 ? Optional.empty() : Optional.of(new Ipv4Cidr(value, prefix));
    }
}
