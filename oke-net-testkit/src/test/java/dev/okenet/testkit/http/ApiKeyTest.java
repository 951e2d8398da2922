package dev.okenet.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private static final ApiKey KEY = ApiKey.generate(ApiKey.MIN_KEY_BITS);

    @Test
    void theKeyIdIsTenancyUserAndFingerprint() {
        assertThat(KEY.keyId()).isEqualTo(ApiKey.TENANCY + "/" + KEY.userId() + "/" + KEY.fingerprint());
    }

    @Test
    void theFingerprintIsTheMd5OfThePublicKeyInColonHex() throws Exception {
        String md5 = HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5")
                .digest(KEY.publicKey().getEncoded()));

        assertThat(KEY.fingerprint()).isEqualTo(md5);
    }

    @Test
    void aKeyHasTheAskedSize() {
        assertThat(((RSAPublicKey) KEY.publicKey()).getModulus().bitLength()).isEqualTo(1024);
    }

    @Test
    void eachKeyBelongsToANewUser() {
        assertThat(ApiKey.generate(ApiKey.MIN_KEY_BITS).userId()).isNotEqualTo(KEY.userId());
    }

    @Test
    void fewerBitsThanTheMinimumAreRejectedWithTheFix() {
        assertThatThrownBy(() -> ApiKey.generate(512)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1024");
    }

    @Test
    void bothBuildersRefuseASmallKeyWithTheSameCheckNamingThemselves() {
        assertThatThrownBy(() -> FakeOciServer.builder().keyBits(512)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FakeOciServer.Builder.keyBits(bits) is 512: give at least 1024 bits (OCI requires 2048).");
        assertThatThrownBy(() -> OciHttpClients.builder(java.net.URI.create("http://127.0.0.1:1")).keyBits(512))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OciHttpClients.Builder.keyBits(bits) is 512: give at least 1024 bits (OCI requires 2048).");
    }

    @Test
    void theAuthenticationSignsAsThisKey() {
        assertThat(KEY.authentication().getKeyId()).isEqualTo(KEY.keyId());
    }
}
