package org.zhanqun.cms.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.zhanqun.cms.content.LiveContentChanged;

/**
 * Writes an outbox entry for every change to live content, synchronously and so in the changing
 * transaction: the change and its publication request commit together or not at all.
 */
@ApplicationScoped
class OutboxRecorder {

  @Inject PublishRepository repository;
  @Inject Clock clock;

  void record(@Observes LiveContentChanged change) {
    repository.add(new OutboxEntry(change.itemId(), change.action(), clock.instant()));
  }

  void record(@Observes PublicPagesChanged change) {
    repository.add(OutboxEntry.ofPages(change.site(), change.reason(), clock.instant()));
  }
}
