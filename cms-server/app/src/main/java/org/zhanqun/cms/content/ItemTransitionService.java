package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.zhanqun.cms.infrastructure.error.StaleVersionException;
import org.zhanqun.cms.security.Caller;

/**
 * The content side of the workflow (org.zhanqun.cms.workflow decides who may do what): moves an
 * item from status to status, announcing every change to what readers see as {@link
 * LiveContentChanged}, and finds the scheduled items that are due. Checks no rights.
 */
@ApplicationScoped
@Transactional
public class ItemTransitionService {

  @Inject ContentRepository repository;
  @Inject ItemViews views;
  @Inject Event<LiveContentChanged> liveChanged;
  @Inject Clock clock;

  /** The item, whatever its status, or 404. */
  public ContentItem requireItem(long id) {
    return repository.find(id).orElseThrow(() -> new UnknownItemException(id));
  }

  /**
   * Moves the item through the workflow, checking the version the caller read when one is given.
   * Rights are the workflow's concern; this only keeps the item consistent.
   */
  public ItemView transition(
      long id, WorkflowAction action, Caller actor, Instant at, Integer version) {
    ContentItem item = requireItem(id);
    if (version != null) {
      StaleVersionException.requireCurrent(
          "item " + id, version, item.version(), views.editorial(item, actor));
    }
    boolean wasLive = item.isLive();
    Integer liveRevision = item.liveRevision();
    try {
      item.apply(action, actor.username(), clock.instant(), at, views::toSafeHtml);
    } catch (IllegalTransitionException e) {
      throw e.showing(views.editorial(item, actor));
    }
    repository.flush();
    if (wasLive != item.isLive() || !Objects.equals(liveRevision, item.liveRevision())) {
      liveChanged.fire(new LiveContentChanged(id, action.code()));
    }
    return views.editorial(item, actor);
  }

  /** The ids of scheduled items whose time has come, oldest due first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> dueForPublication(int limit) {
    return repository.dueForPublication(clock.instant(), limit);
  }

  /** Locks the item for this transaction if it is still due; false when it is not (any more). */
  public boolean lockIfDue(long id) {
    return repository.lockIfDue(id, clock.instant());
  }
}
