package dev.okenet.testkit.internal.state;

import java.util.PriorityQueue;

/**
 * Actions due at a virtual time, e.g. a node taking its addresses when it comes up or a deleted
 * cluster freeing its endpoint address. They run, in time order, before the next call is served
 * after their time has come, so every read sees them.
 */
public final class Scheduler {
    private record Due(long at, long sequence, Runnable action) {}

    private final Timeline timeline;
    private final PriorityQueue<Due> queue = new PriorityQueue<>(
            (a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.sequence, b.sequence));
    private long sequence;

    public Scheduler(Timeline timeline) {
        this.timeline = timeline;
    }

    public synchronized void at(long millis, Runnable action) {
        queue.add(new Due(millis, ++sequence, action));
        timeline.schedule(millis);
    }

    /** Runs every action whose time has come; call under the state lock. */
    public void runDue() {
        while (true) {
            Due next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.at > timeline.now()) {
                    return;
                }
                queue.poll();
            }
            next.action.run();
        }
    }

    public synchronized void clear() {
        queue.clear();
    }
}
