package dev.okenet.testkit.internal.dispatch;

import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.ResourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only record behind {@link dev.okenet.testkit.CallLog}. */
public final class CallJournal {
    private final List<ApiCall> calls = new ArrayList<>();

    synchronized void record(
            String service, String operation, ResourceKind kind, boolean mutating, String resourceId,
            String displayName, int status, String serviceCode, Instant at, String opcRequestId) {
        calls.add(new ApiCall(calls.size() + 1L, service, operation, kind, mutating, resourceId, displayName,
                status, serviceCode, at, opcRequestId));
    }

    public synchronized List<ApiCall> snapshot() {
        return List.copyOf(calls);
    }

    public synchronized void clear() {
        calls.clear();
    }
}
