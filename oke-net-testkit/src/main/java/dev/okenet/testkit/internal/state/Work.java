package dev.okenet.testkit.internal.state;

import java.util.ArrayList;
import java.util.List;

/**
 * One asynchronous work request (Container Engine and Network Load Balancer create, update and
 * delete through these): ACCEPTED until it starts, IN_PROGRESS until it finishes, then SUCCEEDED
 * or FAILED with errors. Each service renders it as its own SDK model.
 */
public final class Work {
    /** One error or log line, at a virtual time. */
    public record Line(long at, String code, String message) {}

    private final String id;
    private final String operation;
    private final String compartmentId;
    private final String entityType;
    private final String resourceId;
    private final String action;
    private final long acceptedAt;
    private final long startedAt;
    private long finishedAt;
    private boolean failed;
    private final List<Line> errors = new ArrayList<>();
    private final List<Line> logs = new ArrayList<>();

    public Work(String id, String operation, String compartmentId, String entityType, String resourceId, String action,
            long acceptedAt, long startedAt, long finishedAt) {
        this.id = id;
        this.operation = operation;
        this.compartmentId = compartmentId;
        this.entityType = entityType;
        this.resourceId = resourceId;
        this.action = action;
        this.acceptedAt = acceptedAt;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        logs.add(new Line(acceptedAt, null, operation + " accepted for " + entityType + " " + resourceId));
    }

    public String id() {
        return id;
    }

    public String operation() {
        return operation;
    }

    public String compartmentId() {
        return compartmentId;
    }

    public String entityType() {
        return entityType;
    }

    public String resourceId() {
        return resourceId;
    }

    /** The action on the resource: CREATED, UPDATED or DELETED. */
    public String action() {
        return action;
    }

    public long acceptedAt() {
        return acceptedAt;
    }

    public long startedAt() {
        return startedAt;
    }

    public long finishedAt() {
        return finishedAt;
    }

    /** Marks the work failed at {@code at} with OCI's error code and message. */
    public void fail(long at, String code, String message) {
        if (failed) {
            return;
        }
        failed = true;
        finishedAt = Math.min(finishedAt, Math.max(at, startedAt));
        errors.add(new Line(at, code, message));
        logs.add(new Line(at, null, "Failed: " + message));
    }

    public void log(long at, String message) {
        logs.add(new Line(at, null, message));
    }

    /** ACCEPTED, IN_PROGRESS, SUCCEEDED or FAILED at {@code now}. */
    public String statusAt(long now) {
        if (now < startedAt) {
            return "ACCEPTED";
        }
        if (now < finishedAt) {
            return "IN_PROGRESS";
        }
        return failed ? "FAILED" : "SUCCEEDED";
    }

    public boolean isFinishedAt(long now) {
        return now >= finishedAt;
    }

    /** When the status shown at {@code now} began, never after {@code now}. */
    public long statusSince(long now) {
        long since = now < startedAt ? acceptedAt : now < finishedAt ? startedAt : finishedAt;
        return Math.min(since, now);
    }

    public long nextTransitionAfter(long now) {
        if (now < startedAt) {
            return startedAt;
        }
        return now < finishedAt ? finishedAt : -1;
    }

    public List<Line> errors() {
        return List.copyOf(errors);
    }

    /** Log lines up to {@code now}, plus a completion line once finished. */
    public List<Line> logsAt(long now) {
        List<Line> visible = new ArrayList<>(logs.stream().filter(l -> l.at() <= now).toList());
        if (isFinishedAt(now) && !failed) {
            visible.add(new Line(finishedAt, null, operation + " succeeded"));
        }
        return visible;
    }
}
