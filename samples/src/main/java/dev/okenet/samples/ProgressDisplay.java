package dev.okenet.samples;

import dev.okenet.oci.ProgressEvent;
import dev.okenet.oci.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Prints an apply as it happens: one line per resource step, stamped with the (virtual) time
 * since the apply started. With a virtual clock the cloud runs far faster than real time; the
 * display paces itself (1 virtual minute ≈ {@value #REAL_MILLIS_PER_VIRTUAL_MINUTE} ms) so a person
 * can watch the DAG unfold.
 *
 * <pre>{@code
 * ProgressDisplay display = new ProgressDisplay(System.out, fake.clock()::elapsed, true);
 * OciNetworkProvider.builder()...listener(display).build();
 * }</pre>
 */
public final class ProgressDisplay implements ProgressListener {
  static final long REAL_MILLIS_PER_VIRTUAL_MINUTE = 600;

  private final PrintStream out;
  private final Supplier<Duration> clock;
  private final boolean paced;
  private Duration start;
  private Duration shown = Duration.ZERO;

  /**
   * A display writing to {@code out}.
   *
   * @param clock the time source (the fake's virtual clock, or real time)
   * @param paced whether to slow the display down to a watchable pace
   */
  public ProgressDisplay(PrintStream out, Supplier<Duration> clock, boolean paced) {
    this.out = out;
    this.clock = clock;
    this.paced = paced;
  }

  @Override
  public synchronized void onEvent(ProgressEvent event) {
    if (event.state() == ProgressEvent.State.WAITING) {
      return;
    }
    Duration now = clock.get();
    if (start == null) {
      start = now;
    }
    Duration t = now.minus(start);
    pace(t);
    String mark;
    switch (event.state()) {
      case STARTED:
        mark = "…";
        break;
      case SUCCEEDED:
        mark = "✓";
        break;
      case RETRYING:
        mark = "↻";
        break;
      default:
        mark = "✗";
    }
    out.printf("  [%6.1fs] %s %-8s %-34s %s%n", t.toMillis() / 1000.0, mark, event.action(), event.key(),
        event.state() == ProgressEvent.State.SUCCEEDED || event.detail().equals("main") ? "" : event.detail());
  }

  private void pace(Duration t) {
    if (!paced || t.compareTo(shown) <= 0) {
      return;
    }
    long realMillis = (t.minus(shown).toMillis() * REAL_MILLIS_PER_VIRTUAL_MINUTE) / 60_000;
    shown = t;
    try {
      Thread.sleep(Math.min(realMillis, 1_500));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
