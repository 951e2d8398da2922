package dev.okenet.oci.internal.apply;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads apply tasks run on, shared by every apply in the JVM: daemon threads made on demand
 * and ended after {@value #IDLE_SECONDS} s idle. Each apply bounds its own tasks in flight to its
 * parallelism, so sharing threads never lets one apply exceed its bound or wait for another's.
 * Why shared: starting ten threads costs about 0.5 ms, a quarter of an apply on an in-memory fake
 * (benchmarks/RESULTS.md); against OCI it is nothing either way.
 */
final class Workers {
  static final int IDLE_SECONDS = 30;

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
      new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "okenet-apply-" + NAMES.incrementAndGet());
        t.setDaemon(true);
        return t;
      });

  private Workers() {}

  /** The shared pool. */
  static ExecutorService pool() {
    return POOL;
  }
}
