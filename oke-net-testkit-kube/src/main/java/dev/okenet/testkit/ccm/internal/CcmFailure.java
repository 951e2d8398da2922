package dev.okenet.testkit.ccm.internal;

/**
 * Why the simulated CCM could not ensure a Service's load balancer; its message becomes the
 * {@code SyncLoadBalancerFailed} event after "failed to ensure load balancer: ".
 */
public final class CcmFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CcmFailure(String message) {
        super(message);
    }
}
