package dev.okenet.testkit.http;

import com.oracle.bmc.auth.SimpleAuthenticationDetailsProvider;
import dev.okenet.testkit.internal.identity.IdentityBackend;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;
import java.util.UUID;

/**
 * An OCI API signing key made up for a test: a fresh RSA key pair, a user OCID and the key's
 * fingerprint, as an OCI user would upload. The private key never leaves memory.
 *
 * <pre>{@code
 * ApiKey key = ApiKey.generate();
 * key.keyId();   // "ocid1.tenancy.oc1..fakeoci/ocid1.user.oc1..<uuid>/12:ab:..."
 * }</pre>
 */
public final class ApiKey {
    /** The tenancy every generated key belongs to. */
    public static final String TENANCY = IdentityBackend.FAKE_TENANCY_ID;
    /** RSA modulus size by default; 2048 bits is what OCI requires of API keys. */
    public static final int KEY_BITS = 2048;
    /** The smallest modulus {@link #generate(int)} accepts. */
    public static final int MIN_KEY_BITS = 1024;

    private final KeyPair pair;
    private final String userId;
    private final String fingerprint;

    private ApiKey(KeyPair pair, String userId) {
        this.pair = pair;
        this.userId = userId;
        this.fingerprint = fingerprint(pair.getPublic());
    }

    /** A new {@value #KEY_BITS}-bit key for a new user. */
    public static ApiKey generate() {
        return generate(KEY_BITS);
    }

    /**
     * A new key of {@code bits} bits for a new user. OCI itself wants 2048; a 1024-bit key signs
     * about six times faster, which matters to benchmarks and long test suites, and the fake
     * verifies it all the same.
     */
    public static ApiKey generate(int bits) {
        return generateAnySize(checkedKeyBits(bits, "ApiKey.generate(bits)"));
    }

    /**
     * {@code bits}, when a key of that size may be generated: at least {@value #MIN_KEY_BITS}. The
     * one check behind every public way to choose a key's size.
     *
     * @param member the call the bits were given to, for the error, e.g. {@code "FakeOciServer.Builder.keyBits(bits)"}
     */
    static int checkedKeyBits(int bits, String member) {
        if (bits < MIN_KEY_BITS) {
            throw new IllegalArgumentException(member + " is " + bits + ": give at least " + MIN_KEY_BITS
                    + " bits (OCI requires " + KEY_BITS + ").");
        }
        return bits;
    }

    /**
     * The bits of the key the in-process HTTP door's own clients sign with: a key that never leaves
     * the JVM and signs only loopback calls to the fake, so its strength protects nothing, while
     * signing was the largest cost on the calling side of a call (RSA's private-key operation grows
     * with the cube of the modulus: 512 bits sign about six times faster than 1024).
     */
    static final int LOOPBACK_KEY_BITS = 512;

    /** A key for the HTTP door's own clients ({@link #LOOPBACK_KEY_BITS}); never for a key anyone sees. */
    static ApiKey loopbackOnly() {
        return generateAnySize(LOOPBACK_KEY_BITS);
    }

    private static ApiKey generateAnySize(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return new ApiKey(generator.generateKeyPair(),
                    "ocid1.user.oc1..fakeoci" + UUID.randomUUID().toString().replace("-", ""));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys: " + e.getMessage(), e);
        }
    }

    public String tenancyId() {
        return TENANCY;
    }

    public String userId() {
        return userId;
    }

    /** OCI's key fingerprint: the MD5 of the DER public key, as colon-separated hex. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The key id a signature names: {@code tenancy/user/fingerprint}. */
    public String keyId() {
        return TENANCY + "/" + userId + "/" + fingerprint;
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    /**
     * What the SDK signs with: this key's tenancy, user, fingerprint and private key, e.g. for a
     * client built by hand with its own {@code ClientConfiguration}.
     */
    public SimpleAuthenticationDetailsProvider authentication() {
        byte[] pem = privateKeyPem().getBytes(StandardCharsets.US_ASCII);
        return SimpleAuthenticationDetailsProvider.builder()
                .tenantId(TENANCY)
                .userId(userId)
                .fingerprint(fingerprint)
                .privateKeySupplier(() -> new ByteArrayInputStream(pem))
                .build();
    }

    /**
     * The private key as PKCS#8 PEM, the form an OCI config file's {@code key_file} holds; treat it
     * as a secret (it signs as this key's user).
     */
    public String privateKeyPem() {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    /** The public key as X.509 PEM, the form uploaded to OCI as an API key. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    private static String pem(String label, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }

    private static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(key.getEncoded());
            StringBuilder text = new StringBuilder();
            for (byte b : digest) {
                if (text.length() > 0) {
                    text.append(':');
                }
                text.append(String.format("%02x", b));
            }
            return text.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM has no MD5 for key fingerprints", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKey[" + keyId() + "]";
    }
}
