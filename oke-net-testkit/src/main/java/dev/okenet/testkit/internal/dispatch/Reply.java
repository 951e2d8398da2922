package dev.okenet.testkit.internal.dispatch;

import dev.okenet.testkit.internal.state.Work;
import java.util.function.Function;

/**
 * What a handler answers, before it becomes the SDK's response object: the body (a model, a list
 * of models or a collection model), the headers OCI sets, and two facts for the call log and the
 * clock.
 *
 * @param body the response body, or null for operations without one
 * @param etag the {@code etag} header
 * @param nextPage the {@code opc-next-page} header
 * @param workRequestId the {@code opc-work-request-id} header
 * @param status the HTTP status of success (200, 202 or 204)
 * @param resourceId the id of the resource the call acted on (the new one for creates)
 * @param pendingUntil when that resource next changes state, or -1 if it is steady
 * @param since when the state a read shows began, or -1 if unknown: a caller that saw it is at
 *     least that far along in virtual time
 */
public record Reply(
        Object body, String etag, String nextPage, String workRequestId, int status,
        String resourceId, long pendingUntil, long since) {

    public static Reply of(Object body) {
        return new Reply(body, null, null, null, 200, null, -1, -1);
    }

    /**
     * A read of work request {@code work} at {@code now}, its body rendered by {@code render} in the
     * service's own model: about the work request, pending until its next move, since its status began.
     */
    public static Reply ofWork(Work work, Function<Work, ?> render, long now) {
        return of(render.apply(work)).about(work.id(), work.nextTransitionAfter(now)).since(work.statusSince(now));
    }

    public static Reply noContent() {
        return new Reply(null, null, null, null, 204, null, -1, -1);
    }

    public static Reply accepted(String workRequestId, String resourceId) {
        return new Reply(null, null, null, workRequestId, 202, resourceId, -1, -1);
    }

    public Reply etag(String value) {
        return new Reply(body, value, nextPage, workRequestId, status, resourceId, pendingUntil, since);
    }

    public Reply nextPage(String value) {
        return new Reply(body, etag, value, workRequestId, status, resourceId, pendingUntil, since);
    }

    public Reply workRequest(String value) {
        return new Reply(body, etag, nextPage, value, status, resourceId, pendingUntil, since);
    }

    public Reply status(int value) {
        return new Reply(body, etag, nextPage, workRequestId, value, resourceId, pendingUntil, since);
    }

    public Reply about(String id, long pending) {
        return new Reply(body, etag, nextPage, workRequestId, status, id, pending, since);
    }

    /** The moment the state this reply shows began (see {@link #since}). */
    public Reply since(long value) {
        return new Reply(body, etag, nextPage, workRequestId, status, resourceId, pendingUntil, value);
    }
}
