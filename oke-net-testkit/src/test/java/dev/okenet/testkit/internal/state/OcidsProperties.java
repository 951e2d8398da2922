package dev.okenet.testkit.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.testkit.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A seed hands out the same OCIDs it always did: Ocids steps Random's generator itself, and must
 * give exactly what {@code new Random(seed)} would. The hand-written compartment check accepts
 * exactly what the regular expression it replaced accepted.
 */
class OcidsProperties {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** The compartment check as it was written before (a regular expression), the reference. */
    private static final Pattern COMPARTMENT =
            Pattern.compile("ocid1\\.(compartment|tenancy)\\.oc[0-9]+\\.[a-z0-9-]*\\.[a-z0-9]+");
    /** Pieces of OCIDs, right and nearly right, joined by dots (or not) to make candidates. */
    private static final List<String> PIECES = List.of("ocid1", "ocid2", "compartment", "tenancy", "vcn", "oc1", "oc",
            "oc12", "ocx", "", "iad", "us-ashburn-1", "aaaa0", "Aa", "a-b", "-", ".", "a_b", "9", "compartment1");

    @Test
    void theCompartmentCheckAcceptsWhatItsRegularExpressionAccepted() {
        // Half start from a well-formed OCID's five parts with one part swapped; half are any pieces.
        Gen<String> candidates = Gen.fromRandom(random -> {
            List<String> parts = new ArrayList<>();
            if (random.nextBoolean()) {
                parts.addAll(List.of("ocid1", random.nextBoolean() ? "compartment" : "tenancy",
                        random.nextBoolean() ? "oc1" : "oc12", random.nextBoolean() ? "" : "us-ashburn-1", "aaaa0"));
                if (random.nextBoolean()) {
                    parts.set(random.nextInt(parts.size()), PIECES.get(random.nextInt(PIECES.size())));
                }
            } else {
                for (int i = 1 + random.nextInt(7); i > 0; i--) {
                    parts.add(PIECES.get(random.nextInt(PIECES.size())));
                }
            }
            StringBuilder text = new StringBuilder(parts.get(0));
            for (String part : parts.subList(1, parts.size())) {
                text.append(random.nextInt(10) == 0 ? "" : ".").append(part);
            }
            return text.toString();
        });
        Property.forAll(candidates).tries(5_000).check(candidate ->
                assertThat(Ocids.isCompartment(candidate)).as(candidate)
                        .isEqualTo(COMPARTMENT.matcher(candidate).matches()));
    }

    @Test
    void compartmentAndTenancyOcidsAreCompartments() {
        assertThat(Ocids.isCompartment("ocid1.compartment.oc1..aaaaaaaatestcompartment")).isTrue();
        assertThat(Ocids.isCompartment("ocid1.tenancy.oc1.iad.aaaa")).isTrue();
        assertThat(Ocids.isCompartment("ocid1.vcn.oc1.iad.aaaa")).isFalse();
        assertThat(Ocids.isCompartment(null)).isFalse();
    }

    @Test
    void aSeedGivesTheIdsJavaUtilRandomWouldGive() {
        Property.forAll(Gen.longs()).tries(100).check(seed -> {
            Ocids ocids = new Ocids("iad", seed);
            Random reference = new Random(seed);
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (int n = 0; n < 20; n++) {
                StringBuilder unique = new StringBuilder("aaaaaaaa");
                for (int i = 0; i < 52; i++) {
                    unique.append(ALPHABET[reference.nextInt(ALPHABET.length)]);
                }
                expected.add("ocid1.vcn.oc1.iad." + unique);
                actual.add(ocids.next(ResourceKind.VCN));
            }

            assertThat(actual).isEqualTo(expected);
        });
    }
}
