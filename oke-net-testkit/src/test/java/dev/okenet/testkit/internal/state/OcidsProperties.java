package dev.okenet.testkit.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.testkit.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seed hands out the same OCIDs it always did: Ocids steps Random's generator itself, and must
 * give exactly what {@code new Random(seed)} would.
 */
class OcidsProperties {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

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
