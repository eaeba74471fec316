package org.zhanqun.cms.infrastructure.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains one {@link Outbox} in the background, batch after batch while there is more: every {@link
 * Settings#interval}, and at once when {@link #wake woken} by a committed change. A batch, in
 * order:
 *
 * <ol>
 *   <li>takes the outbox's {@link Outbox#guard guard} (when another holder has it, draining stops
 *       until the next attempt);
 *   <li>claims up to {@link Settings#batchSize} entries with a fresh {@link OutboxLease} (a short
 *       transaction of the outbox's);
 *   <li>hands them to the handler, outside any transaction;
 *   <li>removes them when the handler returned, or releases them when it threw;
 *   <li>lets the guard go.
 * </ol>
 *
 * <p>A failure (the handler's or the outbox's) is logged, once per streak at {@code WARNING}, and
 * the worker pauses ({@link RetryPause}: one second, doubling up to a minute); the entries stay for
 * the next attempt, or for another instance's worker once the lease lapses. Entries may so be
 * handled twice, never lost: handlers must be idempotent.
 *
 * <p>The scheduled executor (shared with other workers) only starts the draining; batches run on
 * the worker's own executor, so that a handler that hangs (a Solr that does not answer, a long
 * build) holds no other worker's thread. While full batches keep coming (a backlog), up to {@link
 * Settings#drains} batches run at once; the leases keep them apart. Thread-safe.
 *
 * @param <E> one claimed entry
 */
public final class OutboxWorker<E> {

  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  /**
   * How a worker drains.
   *
   * @param interval between two looks at the outbox when nothing wakes the worker
   * @param batchSize entries claimed per batch, at least 1
   * @param lease how long a claimed batch stays this worker's: longer than a handler takes
   * @param drains batches run at once at most (during a backlog), at least 1
   */
  public record Settings(Duration interval, int batchSize, Duration lease, int drains) {

    public Settings {
      if (batchSize < 1 || drains < 1) {
        throw new IllegalArgumentException("batchSize and drains must be at least 1");
      }
    }
  }

  /** What one batch came to. */
  private enum Outcome {
    /** Nothing was waiting. */
    EMPTY,
    /** Fewer entries than a batch holds were handled: the outbox is drained for now. */
    PARTIAL,
    /** A full batch was handled: more are probably waiting. */
    FULL,
    /** Another holder has the outbox's guard. */
    BUSY,
    /** The batch failed; the worker pauses. */
    FAILED
  }

  private final String name;
  private final Outbox<E> outbox;
  private final Consumer<List<E>> handler;
  private final Settings settings;
  private final Clock clock;
  private final RetryPause retry;

  private final AtomicInteger running = new AtomicInteger();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private final AtomicBoolean failing = new AtomicBoolean();
  private final Object firstRunLock = new Object();

  private volatile Executor drains;
  private volatile BooleanSupplier firstRun = () -> true;
  private volatile boolean ready;
  private ScheduledFuture<?> ticks;

  /**
   * @param name what the log calls the worker, e.g. {@code publisher}
   * @param handler handles a claimed batch; returning means done, throwing means retry later
   */
  public OutboxWorker(
      String name, Outbox<E> outbox, Consumer<List<E>> handler, Settings settings, Clock clock) {
    this.name = name;
    this.outbox = outbox;
    this.handler = handler;
    this.settings = settings;
    this.clock = clock;
    this.retry = new RetryPause(clock);
  }

  /**
   * Starts draining: looks at the outbox every {@link Settings#interval} on {@code scheduler},
   * drains on {@code drains}.
   *
   * @param firstRun runs on {@code drains} before the first batch, again at each attempt until it
   *     returns true (it may throw, which counts as a failed attempt); e.g. the publisher's first
   *     full build
   */
  public synchronized void start(
      ScheduledExecutorService scheduler, Executor drains, BooleanSupplier firstRun) {
    this.drains = drains;
    this.firstRun = firstRun;
    long every = settings.interval().toMillis();
    ticks = scheduler.scheduleWithFixedDelay(this::wake, every, every, TimeUnit.MILLISECONDS);
  }

  /** Stops looking at the outbox; a batch under way finishes. */
  public synchronized void stop() {
    if (ticks != null) {
      ticks.cancel(false);
      ticks = null;
    }
    drains = null;
  }

  /**
   * Drains now instead of at the next tick (a change committed); when a drain is under way, it
   * looks again once done. Does nothing before {@link #start}, after {@link #stop} and during a
   * pause after a failure.
   */
  public void wake() {
    wanted.set(true);
    if (!retry.active()) {
      startDrain(1);
    }
  }

  /** Starts a drain on the worker's executor when fewer than {@code limit} run. */
  private void startDrain(int limit) {
    Executor executor = drains;
    if (executor == null) {
      return;
    }
    int now;
    do {
      now = running.get();
      if (now >= limit) {
        return;
      }
    } while (!running.compareAndSet(now, now + 1));
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      running.decrementAndGet(); // shutting down
    }
  }

  private void drain() {
    try {
      Outcome outcome;
      do {
        wanted.set(false);
        outcome = attempt();
        if (outcome == Outcome.FULL) {
          startDrain(settings.drains());
        }
      } while (outcome == Outcome.FULL
          || (outcome == Outcome.PARTIAL || outcome == Outcome.EMPTY) && wanted.get());
    } finally {
      running.decrementAndGet();
    }
  }

  /** The first run, if it has not succeeded yet, or one batch; failures pause the worker. */
  private Outcome attempt() {
    if (retry.active()) {
      return Outcome.FAILED;
    }
    try {
      if (!ready) {
        synchronized (firstRunLock) {
          if (!ready && !firstRun.getAsBoolean()) {
            return Outcome.BUSY;
          }
          ready = true;
        }
      }
      Outcome outcome = batch();
      succeeded();
      return outcome;
    } catch (RuntimeException e) {
      failed(e);
      return Outcome.FAILED;
    }
  }

  private Outcome batch() {
    try (Outbox.Guard guard = outbox.guard().orElse(null)) {
      if (guard == null) {
        return Outcome.BUSY;
      }
      OutboxLease lease = OutboxLease.take(clock, settings.lease());
      List<E> entries = outbox.claim(settings.batchSize(), lease);
      if (entries.isEmpty()) {
        return Outcome.EMPTY;
      }
      try {
        handler.accept(entries);
      } catch (RuntimeException e) {
        release(lease);
        throw e;
      }
      outbox.remove(lease);
      return entries.size() >= settings.batchSize() ? Outcome.FULL : Outcome.PARTIAL;
    }
  }

  private void release(OutboxLease lease) {
    try {
      outbox.release(lease);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, e, () -> name + ": cannot release a failed batch; its lease lapses");
    }
  }

  private void succeeded() {
    retry.succeeded();
    if (failing.compareAndSet(true, false)) {
      LOG.info(() -> name + " works again; catching up with what waited");
    }
  }

  private void failed(RuntimeException e) {
    retry.failed();
    if (failing.compareAndSet(false, true)) {
      LOG.log(Level.WARNING, name + " failed; the changes stay queued and are retried", e);
    } else {
      LOG.log(Level.FINE, e, () -> name + " failed again");
    }
  }
}
