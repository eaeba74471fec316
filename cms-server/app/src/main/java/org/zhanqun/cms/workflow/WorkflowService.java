package org.zhanqun.cms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.zhanqun.cms.content.ContentItem;
import org.zhanqun.cms.content.ItemDeleted;
import org.zhanqun.cms.content.ItemEditingService;
import org.zhanqun.cms.content.ItemImported;
import org.zhanqun.cms.content.ItemTransitionService;
import org.zhanqun.cms.content.ItemView;
import org.zhanqun.cms.content.WorkflowAction;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.cms.proofreading.BlockingFindingsException;
import org.zhanqun.cms.proofreading.FindingView;
import org.zhanqun.cms.proofreading.OverrideReason;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;

/**
 * The workflow's use cases. Editors of a site submit its items; only its reviewers send back,
 * publish, schedule and withdraw (administrators do not publish). Each step is recorded with who,
 * when, the comment and, for publications, the publication time the server set.
 *
 * <p>Submit, publish and schedule proofread the working copy: a blocking finding refuses the step
 * (422, nothing changes, nothing recorded) unless the caller gives an {@code overrideReason}, which
 * the trail records with the findings. A scheduled publication is not proofread again when due: it
 * was when it was scheduled.
 */
@ApplicationScoped
@Transactional
public class WorkflowService {

  private static final Logger LOG = Logger.getLogger(WorkflowService.class.getName());

  @Inject ItemTransitionService content;
  @Inject ItemEditingService editing;
  @Inject WorkflowEventRepository events;
  @Inject WorkingCopyProofreading proofreading;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  public ItemView submit(long itemId, WorkflowRequest request) {
    ContentItem item = content.requireItem(itemId);
    Caller caller = currentCaller.requireEditor(item.siteId());
    return step(item, WorkflowAction.SUBMIT, caller, request, null);
  }

  public ItemView sendBack(long itemId, WorkflowRequest request) {
    ContentItem item = content.requireItem(itemId);
    Caller caller = currentCaller.requireReviewer(item.siteId());
    requireComment(request, "say what the editor should change");
    return step(item, WorkflowAction.SEND_BACK, caller, request, null);
  }

  /**
   * Publishes now, or schedules when {@code request.at} is a future time. The request must carry
   * the version the reviewer reviewed: a version saved since is answered 409 with the current item,
   * so that nothing the reviewer has not seen goes live.
   */
  public ItemView publish(long itemId, WorkflowRequest request) {
    ContentItem item = content.requireItem(itemId);
    Caller caller = currentCaller.requireReviewer(item.siteId());
    if (request.version() == null) {
      throw new InvalidInputException(
          "version", "is required: the version of the item you reviewed");
    }
    if (request.at() == null) {
      return step(item, WorkflowAction.PUBLISH, caller, request, null);
    }
    FieldErrors errors = new FieldErrors();
    Instant at = StrictValues.dateTime("at", request.at(), errors);
    errors.throwIfAny();
    if (!at.isAfter(clock.instant())) {
      throw new InvalidInputException(
          "at",
          "must be in the future: a publication cannot be back-dated; leave it out to publish now");
    }
    return step(item, WorkflowAction.SCHEDULE, caller, request, at);
  }

  public ItemView withdraw(long itemId, WorkflowRequest request) {
    ContentItem item = content.requireItem(itemId);
    Caller caller = currentCaller.requireReviewer(item.siteId());
    requireComment(request, "say why the item is withdrawn");
    return step(item, WorkflowAction.WITHDRAW, caller, request, null);
  }

  /** The item's trail, oldest first; readable by whoever may read the item. */
  public List<WorkflowEventView> history(long itemId) {
    editing.get(itemId);
    return events.ofItem(itemId).stream().map(WorkflowEvent::view).toList();
  }

  /**
   * Every time an item's publication date was set earlier than the one it had already been
   * published with (only an import can do that: the workflow sets publication times itself and
   * never earlier); by item, oldest first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Backdating> backdatings() {
    List<Backdating> found = new ArrayList<>();
    Long item = null;
    Instant shown = null;
    for (WorkflowEvent event : events.withPublicationTimes()) {
      if (item == null || item != event.itemId()) {
        item = event.itemId();
        shown = event.publishedAt();
      } else if (event.publishedAt().isBefore(shown)) {
        found.add(new Backdating(item, shown, event.publishedAt(), event.at()));
        shown = event.publishedAt();
      }
    }
    return found;
  }

  /**
   * The ids of scheduled items whose time has come, oldest due first. Runs in a transaction of its
   * own: the scheduler's thread has none, and without one the query meets a closed EntityManager.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> dueForPublication(int limit) {
    return content.dueForPublication(limit);
  }

  /**
   * Publishes one scheduled item as the system user, in a transaction of its own so that one
   * failing item holds up no other. Locks it first: with several server instances each item is
   * published once.
   *
   * @return whether this call published it
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean publishIfDue(long itemId) {
    if (!content.lockIfDue(itemId)) {
      return false;
    }
    step(
        content.requireItem(itemId),
        WorkflowAction.PUBLISH_DUE,
        Caller.SYSTEM,
        new WorkflowRequest(null, null, null, null),
        null);
    LOG.info(() -> "published scheduled item " + itemId);
    return true;
  }

  void recordDeletion(@Observes ItemDeleted deleted) {
    events.add(
        new WorkflowEvent(
            deleted.itemId(),
            deleted.siteId(),
            "delete",
            null,
            null,
            deleted.actor(),
            deleted.at(),
            "deleted: " + deleted.title(),
            null,
            null,
            null,
            null));
  }

  /** Records an import that created or changed the item as one step, action {@code import}. */
  void recordImport(@Observes ItemImported imported) {
    events.add(
        new WorkflowEvent(
            imported.itemId(),
            imported.siteId(),
            "import",
            imported.fromStatus(),
            imported.toStatus(),
            imported.actor(),
            imported.at(),
            null,
            imported.publishedAt(),
            null,
            imported.findings(),
            null));
  }

  private ItemView step(
      ContentItem item, WorkflowAction action, Caller actor, WorkflowRequest request, Instant at) {
    boolean proofread =
        action == WorkflowAction.SUBMIT
            || action == WorkflowAction.PUBLISH
            || action == WorkflowAction.SCHEDULE;
    OverrideReason overrideReason = overrideReason(request, proofread);
    String from = item.status().code();
    // the transition first, so that a stale version (409) or a step its status does not allow
    // (409) is answered as such; a refusal below rolls it back
    ItemView after = content.transition(item.id(), action, actor, at, request.version());
    List<FindingView> findings = proofread ? proofreading.findings(item) : null;
    if (proofread) {
      boolean blocks = findings.stream().anyMatch(FindingView::blocks);
      if (blocks && overrideReason == null) {
        throw BlockingFindingsException.ofItem(findings);
      }
      if (!blocks && overrideReason != null) {
        throw new InvalidInputException(
            "overrideReason", "there are no blocking findings to override: leave it out");
      }
    }
    boolean publication = action == WorkflowAction.PUBLISH || action == WorkflowAction.PUBLISH_DUE;
    events.add(
        new WorkflowEvent(
            item.id(),
            item.siteId(),
            action.code(),
            from,
            after.status(),
            actor.username(),
            clock.instant(),
            request.comment(),
            publication ? after.firstPublishedAt() : null,
            after.scheduledAt(),
            findings,
            overrideReason == null ? null : overrideReason.text()));
    return proofread ? after.withFindings(findings) : after;
  }

  /** The reason sent, or null when none; 400 when it is unusable or the step does not proofread. */
  private static OverrideReason overrideReason(WorkflowRequest request, boolean proofread) {
    if (request.overrideReason() != null && !proofread) {
      throw new InvalidInputException(
          "overrideReason",
          "only submit and publish proofread the item; there are no findings to override");
    }
    return OverrideReason.fromRequest(request.overrideReason());
  }

  private static void requireComment(WorkflowRequest request, String what) {
    if (request.comment() == null || request.comment().isBlank()) {
      throw new InvalidInputException("comment", "is required: " + what);
    }
  }
}
