package dev.okenet.testkit.internal.door;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks OCI request signatures (draft-cavage HTTP signatures as OCI profiles them; the public
 * {@code dev.okenet.testkit.http.Authentication} names the sources) for one endpoint, against the keys that endpoint trusts. The
 * trusted keys belong to this instance: two servers in one JVM trust what each was given.
 *
 * <pre>{@code
 * Authenticator auth = new Authenticator(Authenticator.Mode.STRICT, Clock.systemUTC());
 * auth.trust(key.keyId(), key.publicKey());
 * auth.check(request).problem();   // null when the request is authenticated
 * }</pre>
 */
public final class Authenticator {
    /** OCI's "Client Clock Skew": more than 5 minutes off answers 401 NotAuthenticated. */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    /** One verifier per serving thread: looking the algorithm up in the providers cost more than verifying. */
    private static final ThreadLocal<Signature> VERIFIERS = ThreadLocal.withInitial(() -> {
        try {
            return Signature.getInstance("SHA256withRSA");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM has no SHA256withRSA: " + e.getMessage(), e);
        }
    });

    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final List<String> GENERIC_HEADERS = List.of("(request-target)", "host");
    private static final List<String> BODY_HEADERS = List.of("content-length", "content-type", "x-content-sha256");
    private static final Set<String> BODY_METHODS = Set.of("PUT", "POST", "PATCH");

    /** The outcome: the key id the request was signed with, and why it is refused (null if it is not). */
    record Result(String keyId, String problem) {
        boolean authenticated() {
            return problem == null;
        }
    }

    /**
     * How strictly signatures are checked: the door's own copy of the public
     * {@code dev.okenet.testkit.http.Authentication}, so that the fake (this package) never depends
     * on the client-side package that serves it; {@code FakeOciServer} maps one to the other by name.
     */
    public enum Mode {
        /** Only trusted keys; the signature, required headers, body digest and date all checked. */
        STRICT,
        /** Any well-formed signature whatever its key; a trusted key's signature is still verified. */
        PERMISSIVE
    }

    private final Mode mode;
    private final Clock clock;
    private final Map<String, PublicKey> trusted = new ConcurrentHashMap<>();

    public Authenticator(Mode mode, Clock clock) {
        this.mode = mode;
        this.clock = clock;
    }

    public Mode mode() {
        return mode;
    }

    public void trust(String keyId, PublicKey key) {
        trusted.put(keyId, key);
    }

    public void forget(String keyId) {
        trusted.remove(keyId);
    }

    public boolean trusts(String keyId) {
        return trusted.containsKey(keyId);
    }

    Result check(WireRequest request) {
        String authorization = request.header("authorization");
        if (authorization == null) {
            return refused(null, "The request has no Authorization header; sign it with an OCI API key (the"
                    + " config file the server wrote holds one).");
        }
        String value = authorization.strip();
        if (!value.regionMatches(true, 0, "Signature ", 0, "Signature ".length())) {
            return refused(null, "The Authorization header is not an OCI signature ('Signature version=\"1\","
                    + "keyId=...,algorithm=\"rsa-sha256\",headers=...,signature=...'); sign the request with an"
                    + " OCI API key.");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(value);
        while (matcher.find()) {
            parameters.put(matcher.group(1), matcher.group(2));
        }
        for (String required : List.of("keyId", "headers", "signature")) {
            if (parameters.getOrDefault(required, "").isBlank()) {
                return refused(null, "The Authorization signature has no " + required
                        + "; an OCI signature names keyId, headers and signature.");
            }
        }
        String keyId = parameters.get("keyId");
        String algorithm = parameters.get("algorithm");
        if (algorithm != null && !algorithm.equalsIgnoreCase("rsa-sha256")) {
            return refused(keyId, "The signature algorithm '" + WireServer.printable(algorithm)
                    + "' is not rsa-sha256, the only one OCI accepts.");
        }
        String version = parameters.get("version");
        if (version != null && !version.equals("1")) {
            return refused(keyId, "The signature version '" + WireServer.printable(version)
                    + "' is not 1, the only version OCI defines.");
        }
        PublicKey key = trusted.get(keyId);
        if (mode == Mode.PERMISSIVE && key == null) {
            return new Result(keyId, null);
        }
        if (key == null) {
            return refused(keyId, "The key '" + WireServer.printable(keyId) + "' is not known to this FakeOci"
                    + " server; sign with the key in the OCI config file the server wrote, or start it with"
                    + " --authentication permissive to accept any well-formed signature.");
        }
        List<String> signedHeaders = List.of(parameters.get("headers").strip().toLowerCase(Locale.ROOT).split("\\s+"));
        String missing = missingRequiredHeader(request.method(), signedHeaders);
        if (missing != null) {
            return refused(keyId, missing);
        }
        String problem = verify(request, signedHeaders, parameters.get("signature"), key, keyId);
        if (problem == null) {
            problem = checkDate(request);
        }
        if (problem == null) {
            problem = checkBody(request, signedHeaders);
        }
        return problem == null ? new Result(keyId, null) : refused(keyId, problem);
    }

    private static Result refused(String keyId, String problem) {
        return new Result(keyId, problem);
    }

    private static String missingRequiredHeader(String method, List<String> signed) {
        for (String header : GENERIC_HEADERS) {
            if (!signed.contains(header)) {
                return requiredMessage(method, header);
            }
        }
        if (!signed.contains("date") && !signed.contains("x-date")) {
            return requiredMessage(method, "date (or x-date)");
        }
        if (BODY_METHODS.contains(method)) {
            for (String header : BODY_HEADERS) {
                if (!signed.contains(header)) {
                    return requiredMessage(method, header);
                }
            }
        }
        return null;
    }

    private static String requiredMessage(String method, String header) {
        return "The signature does not cover '" + header + "', which OCI requires a " + method + " request to sign"
                + " (GET and DELETE: date or x-date, (request-target), host; PUT, POST and PATCH also"
                + " content-length, content-type, x-content-sha256).";
    }

    private static String verify(WireRequest request, List<String> signedHeaders, String signature, PublicKey key,
            String keyId) {
        StringBuilder signed = new StringBuilder();
        for (String header : signedHeaders) {
            String headerValue;
            if (header.equals("(request-target)")) {
                headerValue = request.method().toLowerCase(Locale.ROOT) + " " + request.target();
            } else {
                List<String> values = request.headers().get(header);
                if (values == null || values.size() != 1) {
                    return "The signed header '" + WireServer.printable(header) + "' is missing or repeated in the"
                            + " request; send exactly one value for every header the signature lists.";
                }
                headerValue = values.get(0);
            }
            if (signed.length() > 0) {
                signed.append('\n');
            }
            signed.append(header).append(": ").append(headerValue);
        }
        try {
            Signature rsa = VERIFIERS.get();
            rsa.initVerify(key);
            rsa.update(signed.toString().getBytes(StandardCharsets.UTF_8));
            if (!rsa.verify(Base64.getDecoder().decode(signature))) {
                return "The signature of key " + WireServer.printable(keyId) + " does not match the request; sign"
                        + " with the private key that belongs to that key id, over the headers as sent.";
            }
            return null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "The signature of key " + WireServer.printable(keyId) + " cannot be verified; send a base64"
                    + " rsa-sha256 signature.";
        }
    }

    /** The last date header parsed: clients send the same second's date on many requests in a row. */
    private record ParsedDate(String text, Instant instant) {}

    private volatile ParsedDate lastDate;

    private Instant parseDate(String text) {
        ParsedDate last = lastDate;
        if (last != null && last.text().equals(text)) {
            return last.instant();
        }
        Instant instant = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        lastDate = new ParsedDate(text, instant);
        return instant;
    }

    private String checkDate(WireRequest request) {
        String text = request.header("x-date") != null ? request.header("x-date") : request.header("date");
        if (text == null) {
            return "The request has no date or x-date header; OCI needs one to bound the signature's age.";
        }
        Instant sent;
        try {
            sent = parseDate(text);
        } catch (DateTimeParseException e) {
            return "The date '" + WireServer.printable(text) + "' is not an RFC 1123 date such as"
                    + " 'Thu, 05 Jan 2014 21:31:40 GMT'.";
        }
        Duration skew = Duration.between(sent, clock.instant()).abs();
        if (skew.compareTo(MAX_SKEW) > 0) {
            return "The request's date " + WireServer.printable(text) + " is " + skew.toSeconds() + " s from the"
                    + " server's clock; OCI refuses a skew of more than 5 minutes: set the client's clock right.";
        }
        return null;
    }

    private static String checkBody(WireRequest request, List<String> signedHeaders) {
        String length = request.header("content-length");
        if (signedHeaders.contains("content-length") && length != null
                && !length.trim().equals(String.valueOf(request.body().length))) {
            return "The signed content-length " + WireServer.printable(length) + " is not the body's length "
                    + request.body().length + "; the body was changed after signing.";
        }
        String digest = request.header("x-content-sha256");
        if (digest != null && !digest.equals(sha256(request.body()))) {
            return "The x-content-sha256 header does not match the request body; the body was changed after"
                    + " signing.";
        }
        return null;
    }

    private static String sha256(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
