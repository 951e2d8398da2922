package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.internal.error.OciErrors;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * opc-retry-token bookkeeping: a create repeated with the same token within 24 hours answers the
 * resource the first call created instead of creating another. Reusing a token for a different
 * request is refused with 409 Conflict (OCI's exact code for that case is unverified).
 */
public final class RetryTokens {
    public static final int MAX_LENGTH = 64;
    private static final long VALIDITY_MILLIS = Duration.ofHours(24).toMillis();

    private record Use(Object request, String resourceId, long at) {}

    private final Map<String, Use> uses = new HashMap<>();

    /** The id created by an earlier call with this token, or empty if this call must create. */
    public Optional<String> replay(String operation, String token, Object request, long now) {
        if (token == null) {
            return Optional.empty();
        }
        if (token.isEmpty() || token.length() > MAX_LENGTH) {
            throw OciErrors.invalid("opc-retry-token must be 1 to " + MAX_LENGTH + " characters, was "
                    + token.length() + "; use a shorter stable token such as a hash of the resource's key.");
        }
        Use use = uses.get(operation + "\n" + token);
        if (use == null || now - use.at() > VALIDITY_MILLIS) {
            return Optional.empty();
        }
        if (!use.request().equals(request)) {
            throw OciErrors.conflict("The opc-retry-token '" + token + "' was already used for a different "
                    + operation + " request (which created " + use.resourceId()
                    + "); use a new token for a different request.");
        }
        return Optional.of(use.resourceId());
    }

    public void remember(String operation, String token, Object request, String resourceId, long now) {
        if (token != null) {
            uses.put(operation + "\n" + token, new Use(request, resourceId, now));
        }
    }

    public void clear() {
        uses.clear();
    }
}
