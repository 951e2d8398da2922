package dev.okenet.testkit.http;

/**
 * How strictly FakeOci's HTTP door checks request signatures.
 *
 * <pre>{@code
 * FakeOciServer.builder().authentication(Authentication.PERMISSIVE).start();
 * }</pre>
 *
 * <p>What OCI checks, from Oracle's "Request Signatures" page
 * (docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm, sections "Required Headers" and
 * "Client Clock Skew") and the SDK's {@code com.oracle.bmc.http.signing.internal.Constants}
 * ({@code REQUIRED_SIGNING_HEADERS_MAP}): an {@code Authorization: Signature} header whose
 * signature covers at least {@code (request-target)}, {@code host} and {@code date} (or
 * {@code x-date}), and for PUT, POST and PATCH also {@code content-length}, {@code content-type}
 * and {@code x-content-sha256}; a date more than 5 minutes off answers 401 NotAuthenticated.
 */
public enum Authentication {
    /**
     * As OCI: only keys the server issued or was given; the RSA signature verified; the required
     * headers signed; the body's length and SHA-256 checked against the signed headers; the date
     * within 5 minutes of the server's clock. The standalone server's and {@code startHttp()}'s default.
     */
    STRICT,
    /**
     * Any well-formed OCI signature, whatever its key: for clients whose key the server cannot know.
     * A signature by a key the server does know is still verified. The server says so when it starts.
     */
    PERMISSIVE
}
