package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import dev.okenet.testkit.internal.dispatch.CallJournal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every call made to a FakeOci, in order, with counts for tests and benchmarks.
 *
 * <pre>{@code
 * fake.calls().count("addNetworkSecurityGroupSecurityRules");  // 3
 * fake.calls().mutatingCount();                                 // API calls that changed something
 * fake.calls().countsByOperation();                             // {createSubnet=4, createVcn=1, ...}
 * }</pre>
 */
public final class CallLog {
    private final CallJournal journal;

    /** Wraps the fake's journal; obtain instances from {@link FakeOci#calls()}. */
    public CallLog(CallJournal journal) {
        this.journal = notNull(journal, "CallLog(journal)", "Take the call log from a fake: FakeOci.calls().");
    }

    /** All calls so far, oldest first. */
    public List<ApiCall> all() {
        return journal.snapshot();
    }

    public List<ApiCall> matching(Predicate<ApiCall> filter) {
        notNull(filter, "CallLog.matching(filter)", "Give a test of each call, e.g. call -> call.status() == 429.");
        return all().stream().filter(filter).toList();
    }

    /** Calls of one operation, e.g. {@code "createSubnet"}. */
    public List<ApiCall> of(String operation) {
        notNull(operation, "CallLog.of(operation)", "Give an SDK method name, e.g. \"createSubnet\".");
        return matching(call -> call.operation().equals(operation));
    }

    public int count(String operation) {
        notNull(operation, "CallLog.count(operation)", "Give an SDK method name, e.g. \"createSubnet\".");
        return of(operation).size();
    }

    public int count(ResourceKind kind) {
        notNull(kind, "CallLog.count(kind)", "Give a resource kind, e.g. ResourceKind.SUBNET.");
        return matching(call -> call.kind() == kind).size();
    }

    public int size() {
        return all().size();
    }

    public List<ApiCall> mutating() {
        return matching(ApiCall::mutating);
    }

    public int mutatingCount() {
        return mutating().size();
    }

    public List<ApiCall> reads() {
        return matching(call -> !call.mutating());
    }

    public int readCount() {
        return reads().size();
    }

    public List<ApiCall> failures() {
        return matching(call -> !call.succeeded());
    }

    /** Number of calls per operation, sorted by operation name. */
    public Map<String, Long> countsByOperation() {
        Map<String, Long> counts = new TreeMap<>();
        for (ApiCall call : all()) {
            counts.merge(call.operation(), 1L, Long::sum);
        }
        return counts;
    }

    /** The most recent call; fails if there was none. */
    public ApiCall last() {
        List<ApiCall> all = all();
        if (all.isEmpty()) {
            throw new IllegalStateException("No call has been made to this FakeOci yet");
        }
        return all.get(all.size() - 1);
    }

    /** Forgets every call so far, e.g. to count only the calls of a second apply. */
    public void clear() {
        journal.clear();
    }

    @Override
    public String toString() {
        return "CallLog" + countsByOperation();
    }
}
