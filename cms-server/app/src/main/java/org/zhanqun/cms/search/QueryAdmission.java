package org.zhanqun.cms.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of searches run on Solr at once; the others wait their turn in
 * arrival order, up to a time limit. Thread-safe.
 *
 * <p>Why: a search is CPU work on the Solr node. With more searches in flight than the node has
 * cores they share the cores, and a heavy search (a one-character word matching most documents)
 * takes several times its own time; in turn, the slowest one percent waits behind all the others.
 * Admitting about one search per core and queueing the rest keeps the throughput and cuts that tail
 * (bench/search/results.md: p99 from about 50 to under 30 ms at 8 clients on 2 cores).
 */
public final class QueryAdmission {

  private final int concurrent;
  private final Duration maxWait;
  private final Semaphore permits;

  /**
   * @param concurrent searches admitted at once, at least 1
   * @param maxWait how long a search may wait for its turn before it is refused
   */
  public QueryAdmission(int concurrent, Duration maxWait) {
    if (concurrent < 1) {
      throw new IllegalArgumentException("concurrent searches must be at least 1: " + concurrent);
    }
    this.concurrent = concurrent;
    this.maxWait = maxWait;
    this.permits = new Semaphore(concurrent, true);
  }

  /** One search per core of this machine and one more, to cover the time a search spends on I/O. */
  public static int defaultConcurrency() {
    return Runtime.getRuntime().availableProcessors() + 1;
  }

  /**
   * Runs {@code search} when its turn comes.
   *
   * @throws SearchUnavailableException when the turn does not come within the time limit
   */
  public <T> T run(Supplier<T> search) {
    boolean admitted;
    try {
      admitted = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchUnavailableException("interrupted while waiting for a turn", e);
    }
    if (!admitted) {
      throw new SearchUnavailableException(
          "too many searches at once ("
              + concurrent
              + " running, this one waited "
              + maxWait.toMillis()
              + " ms); try again",
          null);
    }
    try {
      return search.get();
    } finally {
      permits.release();
    }
  }
}
