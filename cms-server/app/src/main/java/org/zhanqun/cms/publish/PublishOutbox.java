package org.zhanqun.cms.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.zhanqun.cms.infrastructure.schedule.Outbox;
import org.zhanqun.cms.infrastructure.schedule.OutboxLease;

/**
 * The publish outbox ({@code publish_outbox}) as the publisher's {@link Outbox}: its guard is the
 * cluster-wide publishing lock, so that one run of one instance at a time claims entries and writes
 * the output. Under that lock a lease found on an entry can only be one that a run which died left
 * behind (MariaDB released the lock with its connection): a claim takes every entry, leased or not,
 * and a crashed instance's changes publish at the next run. Each step is a short transaction of its
 * own, so publishing and withdrawing, which add entries, never wait for a run.
 */
@ApplicationScoped
class PublishOutbox implements Outbox<ClaimedChange> {

  /** How long a run's claim is marked as its own: for the record, as only one run claims. */
  static final Duration LEASE = Duration.ofMinutes(30);

  @Inject PublishRepository repository;

  @Override
  public Optional<Guard> guard() {
    return repository.tryLockPublishing().map(lock -> lock);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ClaimedChange> claim(int limit, OutboxLease lease) {
    return repository.claim(limit, lease.token(), lease.until());
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remove(OutboxLease lease) {
    repository.removeClaimed(lease.token());
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(OutboxLease lease) {
    repository.releaseClaimed(lease.token());
  }
}
