package org.zhanqun.cms.infrastructure.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.HandClock;

/**
 * The outbox worker on an outbox in memory, draining on the calling thread (a direct executor) and
 * woken by hand: the scheduled look happens once an hour, so never during a test.
 */
class OutboxWorkerTest {

  private static final Duration LEASE = Duration.ofMinutes(5);

  private final HandClock clock = new HandClock(Instant.parse("2026-12-02T08:00:00Z"));
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final Executor direct = Runnable::run;
  private final MemoryOutbox outbox = new MemoryOutbox();
  private final List<List<Long>> handled = new ArrayList<>();

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Test
  void aWakeDrainsBatchAfterBatchAndRemovesWhatWasHandled() {
    outbox.add(1, 2, 3, 4, 5);
    OutboxWorker<Long> worker = started(handled::add, () -> true);

    worker.wake();

    assertThat(handled).containsExactly(List.of(1L, 2L), List.of(3L, 4L), List.of(5L));
    assertThat(outbox.ids()).isEmpty();
  }

  @Test
  void eachBatchIsClaimedWithAFreshTokenAndALeaseFromNow() {
    outbox.add(1, 2, 3);
    OutboxWorker<Long> worker = started(handled::add, () -> true);

    worker.wake();

    assertThat(outbox.leases).hasSize(2);
    assertThat(outbox.leases.get(0).token()).isNotEqualTo(outbox.leases.get(1).token());
    assertThat(outbox.leases.get(0).until()).isEqualTo(clock.instant().plus(LEASE));
  }

  @Test
  void aFailedBatchStaysQueuedAndIsRetriedOnlyAfterThePause() {
    outbox.add(1);
    List<Boolean> failNext = new ArrayList<>(List.of(true));
    OutboxWorker<Long> worker =
        started(
            entries -> {
              if (!failNext.isEmpty() && failNext.remove(0)) {
                throw new IllegalStateException("Solr does not answer");
              }
              handled.add(entries);
            },
            () -> true);

    worker.wake();
    assertThat(outbox.ids()).containsExactly(1L);
    assertThat(outbox.claimed()).as("released for the next attempt").isEmpty();

    worker.wake();
    assertThat(handled).as("during the pause").isEmpty();

    clock.advance(Duration.ofSeconds(1));
    worker.wake();
    assertThat(handled).containsExactly(List.of(1L));
    assertThat(outbox.ids()).isEmpty();
  }

  @Test
  void nothingIsClaimedWhileAnotherHolderHasTheOutboxesGuard() {
    outbox.add(1);
    outbox.guardFree = false;
    OutboxWorker<Long> worker = started(handled::add, () -> true);

    worker.wake();
    assertThat(outbox.leases).isEmpty();

    outbox.guardFree = true;
    worker.wake();
    assertThat(handled).containsExactly(List.of(1L));
  }

  @Test
  void theFirstRunPrecedesEveryBatchAndIsRepeatedUntilItSucceeds() {
    outbox.add(1);
    List<String> events = new ArrayList<>();
    List<Boolean> answers = new ArrayList<>(List.of(false, true));
    OutboxWorker<Long> worker =
        started(
            entries -> events.add("batch " + entries),
            () -> {
              events.add("first run");
              return answers.remove(0);
            });

    worker.wake();
    worker.wake();
    worker.wake();

    assertThat(events).containsExactly("first run", "first run", "batch [1]");
  }

  @Test
  void aWakeDuringABatchMakesTheWorkerLookAgainWhenTheBatchIsDone() {
    outbox.add(1);
    OutboxWorker<Long>[] worker = new OutboxWorker[1];
    worker[0] =
        started(
            entries -> {
              handled.add(entries);
              if (entries.contains(1L)) {
                outbox.add(2); // a change committed meanwhile
                worker[0].wake();
              }
            },
            () -> true);

    worker[0].wake();

    assertThat(handled).containsExactly(List.of(1L), List.of(2L));
  }

  @Test
  void doesNothingBeforeItIsStartedOrAfterItIsStopped() {
    outbox.add(1);
    OutboxWorker<Long> worker =
        new OutboxWorker<>(
            "test",
            outbox,
            handled::add,
            new OutboxWorker.Settings(Duration.ofHours(1), 2, LEASE, 1),
            clock);

    worker.wake();
    worker.start(scheduler, direct, () -> true);
    worker.stop();
    worker.wake();

    assertThat(handled).isEmpty();
  }

  private OutboxWorker<Long> started(Consumer<List<Long>> handler, BooleanSupplier firstRun) {
    OutboxWorker<Long> worker =
        new OutboxWorker<>(
            "test",
            outbox,
            handler,
            new OutboxWorker.Settings(Duration.ofHours(1), 2, LEASE, 1),
            clock);
    worker.start(scheduler, direct, firstRun);
    return worker;
  }

  /** Entries are their own ids; a claim marks them with its token until its lease lapses. */
  private static final class MemoryOutbox implements Outbox<Long> {

    private final List<long[]> rows = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<Instant> until = new ArrayList<>();
    final List<OutboxLease> leases = new ArrayList<>();
    boolean guardFree = true;

    void add(long... ids) {
      for (long id : ids) {
        rows.add(new long[] {id});
        tokens.add(null);
        until.add(null);
      }
    }

    List<Long> ids() {
      return rows.stream().map(r -> r[0]).toList();
    }

    List<Long> claimed() {
      List<Long> claimed = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (tokens.get(i) != null) {
          claimed.add(rows.get(i)[0]);
        }
      }
      return claimed;
    }

    @Override
    public List<Long> claim(int limit, OutboxLease lease) {
      leases.add(lease);
      List<Long> claimed = new ArrayList<>();
      for (int i = 0; i < rows.size() && claimed.size() < limit; i++) {
        if (tokens.get(i) == null || until.get(i).isBefore(lease.taken())) {
          tokens.set(i, lease.token());
          until.set(i, lease.until());
          claimed.add(rows.get(i)[0]);
        }
      }
      return claimed;
    }

    @Override
    public void remove(OutboxLease lease) {
      for (int i = rows.size() - 1; i >= 0; i--) {
        if (lease.token().equals(tokens.get(i))) {
          rows.remove(i);
          tokens.remove(i);
          until.remove(i);
        }
      }
    }

    @Override
    public void release(OutboxLease lease) {
      for (int i = 0; i < rows.size(); i++) {
        if (lease.token().equals(tokens.get(i))) {
          tokens.set(i, null);
          until.set(i, null);
        }
      }
    }

    @Override
    public Optional<Guard> guard() {
      return guardFree ? Optional.of(() -> {}) : Optional.empty();
    }
  }
}
