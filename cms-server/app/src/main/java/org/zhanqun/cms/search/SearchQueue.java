package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The search queue's steps, each in a short transaction of its own ({@code REQUIRES_NEW}), so that
 * no transaction is open while Solr works: claim a batch (a lease with an expiry), then delete it
 * once Solr has it, or release it when Solr failed. A claim is never held by a row lock beyond its
 * own short transaction, so publishing (which inserts queue rows) never waits for Solr.
 */
@ApplicationScoped
class SearchQueue {

  /** Claimed entries and the token that owns them until {@code until}. */
  record Claim(String token, Instant until, List<SearchOutboxRepository.Entry> entries) {

    boolean isEmpty() {
      return entries.isEmpty();
    }
  }

  @Inject SearchOutboxRepository rows;
  @Inject Clock clock;

  /**
   * Claims up to {@code limit} entries, oldest first, that nobody holds (or whose lease expired),
   * for {@code lease}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Claim claim(int limit, Duration lease) {
    Instant now = clock.instant();
    String token = UUID.randomUUID().toString();
    Instant until = now.plus(lease);
    List<SearchOutboxRepository.Entry> entries = rows.claim(limit, token, now, until);
    return new Claim(token, until, entries);
  }

  /** Deletes the claim's entries: Solr has their items' state. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void done(Claim claim) {
    rows.remove(claim.token());
  }

  /** Gives the claim's entries back for the next attempt. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void release(Claim claim) {
    rows.release(claim.token());
  }

  /** Queues every live item; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int addAllLive(String reason) {
    return rows.addAllLive(reason, clock.instant());
  }
}
