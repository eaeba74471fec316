package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.zhanqun.cms.content.ItemDeleted;
import org.zhanqun.cms.content.LiveContentChanged;

/**
 * Queues an index update for every change to live content (publication, scheduled publication,
 * withdrawal, import) and every deletion, synchronously and so in the changing transaction: the
 * change and its index update commit together or not at all. Solr is not called here, so Solr being
 * down never fails or slows the change.
 */
@ApplicationScoped
class SearchOutboxRecorder {

  @Inject SearchOutboxRepository repository;
  @Inject Clock clock;

  void record(@Observes LiveContentChanged change) {
    repository.add(change.itemId(), change.action(), clock.instant());
  }

  void record(@Observes ItemDeleted deletion) {
    repository.add(deletion.itemId(), "delete", clock.instant());
  }
}
