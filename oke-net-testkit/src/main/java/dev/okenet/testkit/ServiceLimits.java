package dev.okenet.testkit;

/**
 * The tenancy's service limits FakeOci enforces beyond OCI's fixed per-resource rules. Change them
 * at any time; the next create is judged against the new value.
 *
 * <pre>{@code
 * oci.limits().fixedShapeLoadBalancers(2);   // two 100Mbps load balancers may be created
 * }</pre>
 */
public final class ServiceLimits {
    /**
     * Fixed-shape (100Mbps) load balancers a tenancy may create by default: 0. Unverified: Oracle
     * deprecated fixed shapes and many tenancies have no quota for them (the Load Balancer limit
     * {@code lb-100mbps-count}).
     */
    public static final int DEFAULT_FIXED_SHAPE_LOAD_BALANCERS = 0;

    private volatile int fixedShapeLoadBalancers = DEFAULT_FIXED_SHAPE_LOAD_BALANCERS;

    ServiceLimits() {}

    /** How many 100Mbps load balancers may exist at once ({@code lb-100mbps-count}). */
    public int fixedShapeLoadBalancers() {
        return fixedShapeLoadBalancers;
    }

    /** Sets {@code lb-100mbps-count}; 0 or more. */
    public ServiceLimits fixedShapeLoadBalancers(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("lb-100mbps-count must be 0 or more, was " + limit);
        }
        this.fixedShapeLoadBalancers = limit;
        return this;
    }

    @Override
    public String toString() {
        return "ServiceLimits[lb-100mbps-count=" + fixedShapeLoadBalancers + "]";
    }
}
