package dev.okenet.testkit.http;

import com.oracle.bmc.http.signing.DefaultRequestSigner;
import com.oracle.bmc.http.signing.RequestSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-made HTTP requests to the endpoint, signed with the SDK's own signer or not at all. */
final class RawHttp {
    /** Headers java.net.http sets itself; the signer's values for them are what it sends anyway. */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length");

    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    RawHttp(URI base) {
        this.base = base;
    }

    /** The headers the SDK's signer adds for this request with {@code key}. */
    Map<String, String> signature(ApiKey key, String method, String target, String body) {
        return signature(key, method, target, body, Map.of());
    }

    /** As {@link #signature(ApiKey, String, String, String)}, with {@code given} headers signed as they are. */
    Map<String, String> signature(ApiKey key, String method, String target, String body, Map<String, String> given) {
        RequestSigner signer = DefaultRequestSigner.createRequestSigner(key.authentication());
        Map<String, List<String>> headers = new HashMap<>();
        given.forEach((name, value) -> headers.put(name, List.of(value)));
        if (body != null) {
            headers.put("content-type", List.of("application/json"));
        }
        Map<String, String> signed = new HashMap<>(signer.signRequest(base.resolve(target), method, headers, body));
        if (body != null) {
            signed.put("content-type", "application/json");
        }
        return signed;
    }

    HttpResponse<String> signed(ApiKey key, String method, String target, String body) throws IOException {
        return send(method, target, body, signature(key, method, target, body));
    }

    HttpResponse<String> send(String method, String target, String body, Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(target)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach((name, value) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase())) {
                request.header(name, value);
            }
        });
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
