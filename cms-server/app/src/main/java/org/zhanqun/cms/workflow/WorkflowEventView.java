package org.zhanqun.cms.workflow;

import java.time.Instant;

/**
 * One step of an item's trail as the API shows it.
 *
 * @param publishedAt the publication date readers see after this step, when it is a publication
 * @param scheduledAt the time a scheduled publication is due, when it is a scheduling
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
    Instant scheduledAt) {}
