package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import dev.okenet.testkit.internal.dispatch.FaultPlan;

/**
 * Faults to inject into a FakeOci's calls: by operation name and/or resource kind, on the N-th
 * matching call, on every one, or with a seeded probability; 404s on reads right after a create
 * (eventual consistency); and a "crash" after N mutating calls for crash-consistency tests.
 *
 * <pre>{@code
 * fake.faults().on("createSubnet").onNthCall(2).respond(Fault.tooManyRequests());
 * fake.faults().on(ResourceKind.NAT_GATEWAY).onEveryCall().respond(Fault.internalServerError());
 * fake.faults().onAnyCall().withProbability(0.05, 42L).respond(Fault.timeout());
 * fake.faults().on("createRouteTable").onNthCall(1).respond(Fault.invalidParameter());   // 400, never retried
 * fake.faults().readsNotFoundAfterCreate(ResourceKind.SUBNET, 2);
 * fake.faults().crashAfterMutatingCalls(5);
 * }</pre>
 */
public final class Faults {
    private final FaultPlan plan;

    /** Wraps the fake's fault plan; obtain instances from {@link FakeOci#faults()}. */
    public Faults(FaultPlan plan) {
        this.plan = notNull(plan, "Faults(plan)", "Take the faults from a fake: FakeOci.faults().");
    }

    /** Faults for one operation, named as the SDK method, e.g. {@code "createSubnet"}. */
    public RuleBuilder on(String operation) {
        notNull(operation, "Faults.on(operation)", "Give an SDK operation name such as \"createSubnet\".");
        if (operation.isBlank()) {
            throw new IllegalArgumentException("on(operation): give an SDK operation name such as \"createSubnet\"");
        }
        return new RuleBuilder(operation, null);
    }

    /** Faults for every operation on one kind of resource. */
    public RuleBuilder on(ResourceKind kind) {
        return new RuleBuilder(null, notNull(kind, "Faults.on(kind)", "Give a resource kind, e.g. ResourceKind.SUBNET."));
    }

    /** Faults for one operation on one kind (e.g. {@code listPrivateIps} only when ...). */
    public RuleBuilder on(String operation, ResourceKind kind) {
        notNull(operation, "Faults.on(operation, kind): operation", "Give an SDK operation name such as \"listPrivateIps\".");
        return new RuleBuilder(on(operation).operation,
                notNull(kind, "Faults.on(operation, kind): kind", "Give a resource kind, e.g. ResourceKind.SUBNET."));
    }

    /** Faults for any call at all. */
    public RuleBuilder onAnyCall() {
        return new RuleBuilder(null, null);
    }

    /**
     * After each create of {@code kind}, the next {@code reads} reads of the new resource answer
     * 404 NotAuthorizedOrNotFound, as OCI's eventually consistent reads sometimes do.
     */
    public Faults readsNotFoundAfterCreate(ResourceKind kind, int reads) {
        if (reads < 0) {
            throw new IllegalArgumentException("readsNotFoundAfterCreate: reads must be >= 0, was " + reads);
        }
        plan.staleReadsAfterCreate(notNull(kind, "Faults.readsNotFoundAfterCreate(kind, reads): kind",
                "Give a resource kind, e.g. ResourceKind.SUBNET."), reads);
        return this;
    }

    /**
     * The {@code k}-th mutating call from now on takes effect and then throws {@link SimulatedCrash};
     * every call that starts after it throws it too, before taking effect, until {@link #clear()}.
     *
     * <p>Under a parallel apply (the provider's default parallelism is 10) the count is global
     * across threads, so which change is the {@code k}-th depends on scheduling, and mutating calls
     * that other threads had already started when the {@code k}-th took effect still take effect (and
     * then throw {@link SimulatedCrash} too), as in-flight requests do when a real process dies:
     * more than {@code k} mutating calls can have taken effect. Crash-consistency tests assert convergence of the next apply, not an exact
     * count; for a deterministic crash point, apply with parallelism 1.
     */
    public Faults crashAfterMutatingCalls(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("crashAfterMutatingCalls: k must be >= 1, was " + k);
        }
        plan.crashAfterMutatingCalls(k);
        return this;
    }

    /** True once a simulated crash has happened. */
    public boolean crashed() {
        return plan.crashed();
    }

    /** Disarms every fault and recovers from a simulated crash. */
    public Faults clear() {
        plan.clear();
        return this;
    }

    /** Chooses when a fault fires. */
    public final class RuleBuilder {
        private final String operation;
        private final ResourceKind kind;

        private RuleBuilder(String operation, ResourceKind kind) {
            this.operation = operation;
            this.kind = kind;
        }

        /** Only the n-th matching call (from 1) fails. */
        public Armed onNthCall(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("onNthCall: n counts from 1, was " + n);
            }
            return new Armed(operation, kind, new FaultPlan.OnNthCall(n));
        }

        /** Every matching call fails. */
        public Armed onEveryCall() {
            return new Armed(operation, kind, new FaultPlan.OnEveryCall());
        }

        /** Each matching call fails with {@code probability}, drawn from a generator seeded with {@code seed}. */
        public Armed withProbability(double probability, long seed) {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("withProbability: give a probability in [0, 1], was " + probability);
            }
            return new Armed(operation, kind, new FaultPlan.WithProbability(probability, seed));
        }
    }

    /** Chooses what a fault does. */
    public final class Armed {
        private final String operation;
        private final ResourceKind kind;
        private final FaultPlan.Trigger trigger;

        private Armed(String operation, ResourceKind kind, FaultPlan.Trigger trigger) {
            this.operation = operation;
            this.kind = kind;
            this.trigger = trigger;
        }

        public Faults respond(Fault fault) {
            plan.add(operation, kind, trigger, notNull(fault, "Faults.Armed.respond(fault)",
                    "Give what the call answers, e.g. Fault.tooManyRequests()."));
            return Faults.this;
        }
    }
}
