package dev.okenet.testkit.internal.dispatch;

import dev.okenet.testkit.Fault;
import dev.okenet.testkit.ResourceKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The faults armed on a FakeOci, consulted by the dispatcher on every call. */
public final class FaultPlan {
    /** When a rule fires, counted over the calls it matches. */
    public sealed interface Trigger {
        boolean fires(long matchingCallNumber);
    }

    public record OnNthCall(long n) implements Trigger {
        @Override
        public boolean fires(long number) {
            return number == n;
        }
    }

    public record OnEveryCall() implements Trigger {
        @Override
        public boolean fires(long number) {
            return true;
        }
    }

    public static final class WithProbability implements Trigger {
        private final double probability;
        private final Random random;

        public WithProbability(double probability, long seed) {
            this.probability = probability;
            this.random = new Random(seed);
        }

        @Override
        public boolean fires(long number) {
            return random.nextDouble() < probability;
        }
    }

    private static final class Rule {
        final String operation;
        final ResourceKind kind;
        final Trigger trigger;
        final Fault fault;
        long matched;

        Rule(String operation, ResourceKind kind, Trigger trigger, Fault fault) {
            this.operation = operation;
            this.kind = kind;
            this.trigger = trigger;
            this.fault = fault;
        }

        boolean matches(String op, ResourceKind k) {
            return (operation == null || operation.equals(op)) && (kind == null || kind == k);
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Map<ResourceKind, Integer> staleReadsAfterCreate = new EnumMap<>(ResourceKind.class);
    private final Map<String, Integer> staleIds = new HashMap<>();
    private int crashAfter = -1;
    private int mutatingCalls;
    private boolean crashed;

    public synchronized void add(String operation, ResourceKind kind, Trigger trigger, Fault fault) {
        rules.add(new Rule(operation, kind, trigger, fault));
    }

    /** The fault to apply to this call, if any rule fires; every matching rule counts the call. */
    synchronized Fault match(String operation, ResourceKind kind) {
        Fault chosen = null;
        for (Rule rule : rules) {
            if (rule.matches(operation, kind)) {
                rule.matched++;
                if (rule.trigger.fires(rule.matched) && chosen == null) {
                    chosen = rule.fault;
                }
            }
        }
        return chosen;
    }

    public synchronized void staleReadsAfterCreate(ResourceKind kind, int reads) {
        staleReadsAfterCreate.put(kind, reads);
    }

    synchronized void created(ResourceKind kind, String id) {
        Integer reads = kind == null ? null : staleReadsAfterCreate.get(kind);
        if (reads != null && reads > 0 && id != null) {
            staleIds.put(id, reads);
        }
    }

    /** True if this read of {@code id} must see 404, as OCI's eventually consistent reads may. */
    synchronized boolean readIsStale(String id) {
        Integer left = id == null ? null : staleIds.get(id);
        if (left == null) {
            return false;
        }
        if (left <= 1) {
            staleIds.remove(id);
        } else {
            staleIds.put(id, left - 1);
        }
        return true;
    }

    public synchronized void crashAfterMutatingCalls(int k) {
        crashAfter = k;
        mutatingCalls = 0;
        crashed = false;
    }

    /** Counts a mutating call that took effect; true if it is the one after which the caller dies. */
    synchronized boolean mutatedAndCrashes() {
        mutatingCalls++;
        if (crashAfter > 0 && mutatingCalls == crashAfter) {
            crashed = true;
        }
        return crashed;
    }

    public synchronized boolean crashed() {
        return crashed;
    }

    public synchronized void clear() {
        rules.clear();
        staleReadsAfterCreate.clear();
        staleIds.clear();
        crashAfter = -1;
        mutatingCalls = 0;
        crashed = false;
    }
}
