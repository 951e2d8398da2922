package dev.okenet.testkit.documented;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.model.BmcException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions for OCI's refusals: status, service code, and the words the message must name. */
final class Refusals {
    private Refusals() {}

    static void refused(ThrowingCallable call, int status, String code, String... words) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BmcException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(status);
            assertThat(e.getServiceCode()).isEqualTo(code);
            assertThat(e.getUnmodifiedMessage()).contains(words);
        });
    }

    static void invalid(ThrowingCallable call, String... words) {
        refused(call, 400, "InvalidParameter", words);
    }

    static void missing(ThrowingCallable call, String... words) {
        refused(call, 400, "MissingParameter", words);
    }
}
