package dev.okenet.testkit.internal.door;

import com.oracle.bmc.http.ClientConfigurator;
import com.oracle.bmc.http.Priorities;
import dev.okenet.testkit.VirtualClock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The private request header that carries a client thread's {@linkplain VirtualClock#callerKey()
 * caller key} over the HTTP door, so the server, which serves calls on its own threads, can serve
 * each one {@linkplain VirtualClock#asCaller as} the thread that sent it. Without it a sequential
 * apply over HTTP would get a parallel makespan: each call would start at its server thread's time.
 *
 * <pre>{@code
 * VirtualNetworkClient.builder().additionalClientConfigurator(CallerHeader.sender(fake.clock()::callerKey))...
 * }</pre>
 */
public final class CallerHeader {
    /** Not {@code opc-client-info} or any other {@code opc-} header: the SDK sets those itself. */
    public static final String NAME = "x-fakeoci-caller";

    private CallerHeader() {}

    /**
     * A configurator that adds the calling thread's key to every request. The SDK runs request
     * interceptors on the thread that makes a synchronous call (retries included), which is the
     * caller whose time counts.
     */
    public static ClientConfigurator sender(Supplier<String> callerKeys) {
        Objects.requireNonNull(callerKeys, "callerKeys");
        return builder -> builder.registerRequestInterceptor(Priorities.USER, request -> {
            String key = callerKeys.get();
            if (key != null && !key.isBlank()) {
                request.header(NAME, key);
            }
        });
    }

    /**
     * The caller key in {@code headers} (names lower-cased), or null when the client sent none, so
     * the call counts as the serving thread's own.
     */
    static String of(Map<String, List<String>> headers) {
        List<String> values = headers.get(NAME);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).trim();
    }
}
