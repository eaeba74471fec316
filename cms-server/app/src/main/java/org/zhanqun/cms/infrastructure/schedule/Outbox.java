package org.zhanqun.cms.infrastructure.schedule;

import java.util.List;
import java.util.Optional;

/**
 * The table and queries of one outbox, which an {@link OutboxWorker} drains: rows written in the
 * transaction of the change they stand for, claimed by a worker with a token and a lease, deleted
 * once handled. Each method runs in a short transaction of its own and holds no row lock past it.
 *
 * @param <E> one claimed entry, as the outbox's handler reads it
 */
public interface Outbox<E> {

  /**
   * Claims up to {@code limit} entries, oldest first, that no lease holds or whose lease ended
   * before {@link OutboxLease#taken}: marks them with the lease's token until {@link
   * OutboxLease#until} and returns them; empty when there are none.
   */
  List<E> claim(int limit, OutboxLease lease);

  /** Deletes the entries the lease still holds (those another worker took over stay). */
  void remove(OutboxLease lease);

  /** Frees the entries the lease holds for the next attempt. */
  void release(OutboxLease lease);

  /**
   * What a batch holds from before its claim until its entries are removed or released; empty when
   * another holder has it, and the batch waits for the next attempt. By default none is needed: the
   * leases keep concurrent workers' batches apart.
   */
  default Optional<Guard> guard() {
    return Optional.of(() -> {});
  }

  /** A guard held by a batch; released by {@link #close}. */
  interface Guard extends AutoCloseable {
    @Override
    void close();
  }
}
