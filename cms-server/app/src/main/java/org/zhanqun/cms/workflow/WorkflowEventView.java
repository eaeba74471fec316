package org.zhanqun.cms.workflow;

import java.time.Instant;
import java.util.List;
import org.zhanqun.cms.proofreading.FindingView;

/**
 * One step of an item's trail as the API shows it.
 *
 * @param publishedAt the publication date readers see after this step, when it is a publication
 * @param scheduledAt the time a scheduled publication is due, when it is a scheduling
 * @param findings for a submit, publish, schedule or import: the proofreading findings of the item
 *     at that moment, blocking and warning (empty when there were none); null (left out) for steps
 *     that do not proofread
 * @param overrideReason the reason the actor gave to let blocking findings pass; null when none
 */
public record WorkflowEventView(
    long id,
    long item,
    String action,
    String from,
    String to,
    String actor,
    Instant at,
    String comment,
    Instant publishedAt,
    Instant scheduledAt,
    List<FindingView> findings,
    String overrideReason) {}
