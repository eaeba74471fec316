package org.zhanqun.cms.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.zhanqun.cms.infrastructure.persistence.JsonColumn;
import org.zhanqun.cms.proofreading.FindingView;

/**
 * One recorded step of an item's workflow. Immutable; kept after the item is deleted, so the trail
 * of a deleted item survives.
 */
@Entity
@Table(name = "workflow_event")
public class WorkflowEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "site_id", nullable = false)
  private String siteId;

  @Column(nullable = false)
  private String action;

  @Column(name = "from_status")
  private String fromStatus;

  @Column(name = "to_status")
  private String toStatus;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private Instant at;

  private String comment;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  /** The proofreading findings as a JSON array, for the steps that proofread; else null. */
  @Column(columnDefinition = "LONGTEXT")
  private String findings;

  @Column(name = "override_reason")
  private String overrideReason;

  protected WorkflowEvent() {}

  WorkflowEvent(
      long itemId,
      String siteId,
      String action,
      String fromStatus,
      String toStatus,
      String actor,
      Instant at,
      String comment,
      Instant publishedAt,
      Instant scheduledAt,
      List<FindingView> findings,
      String overrideReason) {
    this.itemId = itemId;
    this.siteId = siteId;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.actor = actor;
    this.at = at;
    this.comment = comment;
    this.publishedAt = publishedAt;
    this.scheduledAt = scheduledAt;
    this.findings = findings == null ? null : JsonColumn.write(findings);
    this.overrideReason = overrideReason;
  }

  long itemId() {
    return itemId;
  }

  Instant at() {
    return at;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  WorkflowEventView view() {
    return new WorkflowEventView(
        id,
        itemId,
        action,
        fromStatus,
        toStatus,
        actor,
        at,
        comment,
        publishedAt,
        scheduledAt,
        findings == null ? null : List.of(JsonColumn.read(findings, FindingView[].class)),
        overrideReason);
  }
}
