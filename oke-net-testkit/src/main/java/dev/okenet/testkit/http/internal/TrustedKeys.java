package dev.okenet.testkit.http.internal;

import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public keys whose signatures the HTTP door verifies, by OCI key id
 * ({@code tenancy/user/fingerprint}). {@code OciHttpClients} registers the key it generates and
 * removes it on close; a request signed with an unregistered key id is checked for form only,
 * so clients built by hand with their own key still get through.
 *
 * <pre>{@code
 * ApiKey key = ApiKey.generate();
 * TrustedKeys.trust(key.keyId(), key.publicKey());   // signatures by this key are now verified
 * TrustedKeys.forget(key.keyId());
 * }</pre>
 */
public final class TrustedKeys {
    private static final Map<String, PublicKey> KEYS = new ConcurrentHashMap<>();

    private TrustedKeys() {}

    public static void trust(String keyId, PublicKey key) {
        KEYS.put(keyId, key);
    }

    public static void forget(String keyId) {
        KEYS.remove(keyId);
    }

    static Optional<PublicKey> find(String keyId) {
        return Optional.ofNullable(KEYS.get(keyId));
    }
}
