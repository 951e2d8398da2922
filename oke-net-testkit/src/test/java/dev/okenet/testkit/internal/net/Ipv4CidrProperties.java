package dev.okenet.testkit.internal.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written parser accepts exactly what the regular expressions it replaced accepted: four
 * dot-separated octets of 1-3 ASCII digits up to 255, and a prefix of 1-2 digits up to 32.
 */
class Ipv4CidrProperties {

    @Property(tries = 2000)
    void parsesExactlyWhatTheRegexParserParsed(@ForAll("cidrLike") String text) {
        assertThat(Ipv4Cidr.parse(text)).isEqualTo(byRegex(text));
    }

    @Property(tries = 500)
    void parsesEveryWellFormedBlock(@ForAll("octet") int a, @ForAll("octet") int b, @ForAll("octet") int c,
            @ForAll("octet") int d, @ForAll("prefix") int prefix) {
        String text = a + "." + b + "." + c + "." + d + "/" + prefix;

        assertThat(Ipv4Cidr.parse(text)).contains(new Ipv4Cidr(((long) a << 24) | (b << 16) | (c << 8) | d, prefix));
    }

    @Provide
    Arbitrary<String> cidrLike() {
        return Arbitraries.strings().withChars("0123456789./a ٣").ofMinLength(0).ofMaxLength(22);
    }

    @Provide
    Arbitrary<Integer> octet() {
        return Arbitraries.integers().between(0, 255);
    }

    @Provide
    Arbitrary<Integer> prefix() {
        return Arbitraries.integers().between(0, 32);
    }

    /** The parser as it was: split and a regular expression per part. */
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
            if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
                return Optional.empty();
            }
            value = (value << 8) | Integer.parseInt(part);
        }
        String prefixText = text.substring(slash + 1);
        if (!prefixText.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(prefixText);
        return prefix > 32 ? Optional.empty() : Optional.of(new Ipv4Cidr(value, prefix));
    }
}
