package dev.okenet.testkit.internal.door;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.http.internal.ParamEncoder;
import java.util.List;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UriTextTest {

    /** Any text of the Basic Multilingual Plane, surrogates excepted, up to 255 characters. */
    private static final Gen<String> ANY_TEXT = Gen.strings(0, 255);

    @Test
    void decodingUndoesTheSdksPathEncoding() {
        Property.forAll(ANY_TEXT).tries(300).check(value -> assertThat(UriText.decode(ParamEncoder.encodePathParam(value))).isEqualTo(value));
    }

    @Test
    void decodingUndoesTheSdksQueryEncoding() {
        Property.forAll(ANY_TEXT).tries(300).check(value -> assertThat(UriText.decode(ParamEncoder.encodeQueryParam(value))).isEqualTo(value));
    }

    @Test
    void aPlusSignStaysAPlusSign() {
        assertThat(UriText.decode("a+b")).isEqualTo("a+b");
    }

    @Test
    void aMalformedEscapeIsKeptLiterally() {
        assertThat(UriText.decode("100%zz%4")).isEqualTo("100%zz%4");
    }

    @Test
    void repeatedQueryParametersKeepEveryValueInOrder() {
        Map<String, List<String>> query = UriText.query("lifecycleState=ACTIVE&limit=5&lifecycleState=CREATING");

        assertThat(query).containsExactly(
                Map.entry("lifecycleState", List.of("ACTIVE", "CREATING")), Map.entry("limit", List.of("5")));
    }

    @Test
    void aQueryParameterWithoutValueIsEmpty() {
        assertThat(UriText.query("flag")).containsExactly(Map.entry("flag", List.of("")));
    }

    @Test
    void segmentsSplitOnSlashesAfterTheLeadingOne() {
        assertThat(UriText.segments("/20160918/vcns/x")).containsExactly("20160918", "vcns", "x");
    }
}
