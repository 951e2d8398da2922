package dev.okenet.testkit.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OCI's request signature (draft-cavage HTTP signatures, as the SDK's {@code RequestSignerImpl}
 * writes them): {@code Authorization: Signature version="1",keyId="...",algorithm="rsa-sha256",
 * headers="date (request-target) host ...",signature="..."}. Every request must carry a
 * well-formed one; when its key id is a {@link TrustedKeys trusted key}, the RSA signature over
 * the listed headers and the body's {@code x-content-sha256} are verified too.
 */
final class SignatureCheck {
    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final List<String> REQUIRED = List.of("keyId", "headers", "signature");

    private SignatureCheck() {}

    /**
     * @param method the HTTP method
     * @param rawTarget the raw path and query as sent, e.g. {@code /20160918/vcns?compartmentId=...}
     * @param headers request headers by lower-case name
     * @return why the request is not authenticated, or empty if it is
     */
    static Optional<String> problem(String method, String rawTarget, Map<String, List<String>> headers, byte[] body) {
        List<String> authorization = headers.get("authorization");
        if (authorization == null || authorization.isEmpty()) {
            return Optional.of("The request has no Authorization header; sign it with an OCI API key"
                    + " (use OciHttpClients, or a client built with an AuthenticationDetailsProvider).");
        }
        String value = authorization.get(0).strip();
        if (!value.regionMatches(true, 0, "Signature ", 0, "Signature ".length())) {
            return Optional.of("The Authorization header is not an OCI signature ('Signature keyId=...,"
                    + "headers=...,signature=...'); sign the request with an OCI API key.");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(value);
        while (matcher.find()) {
            parameters.put(matcher.group(1), matcher.group(2));
        }
        for (String required : REQUIRED) {
            if (parameters.getOrDefault(required, "").isBlank()) {
                return Optional.of("The Authorization signature has no " + required
                        + "; an OCI signature names keyId, headers and signature.");
            }
        }
        Optional<PublicKey> key = TrustedKeys.find(parameters.get("keyId"));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return verify(method, rawTarget, headers, body, parameters, key.get());
    }

    private static Optional<String> verify(String method, String rawTarget, Map<String, List<String>> headers,
            byte[] body, Map<String, String> parameters, PublicKey key) {
        StringBuilder signed = new StringBuilder();
        for (String name : parameters.get("headers").strip().split("\\s+")) {
            String header = name.toLowerCase(Locale.ROOT);
            String headerValue;
            if (header.equals("(request-target)")) {
                headerValue = method.toLowerCase(Locale.ROOT) + " " + rawTarget;
            } else {
                List<String> values = headers.get(header);
                if (values == null || values.size() != 1) {
                    return Optional.of("The signed header '" + header + "' is missing or repeated in the request;"
                            + " send exactly one value for every header the signature lists.");
                }
                headerValue = values.get(0);
            }
            if (signed.length() > 0) {
                signed.append('\n');
            }
            signed.append(header).append(": ").append(headerValue);
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(signed.toString().getBytes(StandardCharsets.UTF_8));
            if (!rsa.verify(Base64.getDecoder().decode(parameters.get("signature")))) {
                return Optional.of("The signature of key " + parameters.get("keyId") + " does not match the"
                        + " request; sign with the private key that belongs to that key id.");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.of("The signature of key " + parameters.get("keyId") + " cannot be verified ("
                    + e.getMessage() + "); send a base64 rsa-sha256 signature.");
        }
        List<String> digest = headers.get("x-content-sha256");
        if (digest != null && !digest.isEmpty() && !digest.get(0).equals(sha256(body))) {
            return Optional.of("The x-content-sha256 header does not match the request body; the body was"
                    + " changed after signing.");
        }
        return Optional.empty();
    }

    private static String sha256(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
