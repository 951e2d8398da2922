package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.model.BmcException;

/**
 * OCI's errors as the CCM prints them: the Go SDK's {@code ServiceError} text ("Error returned by
 * &lt;Service&gt; Service. Http Status Code: ... Error Code: ... Message: ..."), shortened to the
 * parts a test can rely on (no request id, timestamp or troubleshooting tips).
 */
public final class OciErrors {
    private OciErrors() {}

    public static String text(String service, BmcException e) {
        return "Error returned by " + service + " Service. Http Status Code: " + e.getStatusCode() + ". Error Code: "
                + e.getServiceCode() + ". Message: " + e.getUnmodifiedMessage();
    }

    /** The failure, with the CCM's own prefix (e.g. "creating load balancer: "). */
    public static CcmFailure failure(String prefix, String service, BmcException e) {
        return new CcmFailure(prefix + text(service, e));
    }
}
