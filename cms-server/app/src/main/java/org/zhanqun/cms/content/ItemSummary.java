package org.zhanqun.cms.content;

import java.time.Instant;

/** An item in a work list: what identifies it and its workflow state, no content. */
public record ItemSummary(
    long id,
    String site,
    long column,
    String type,
    String language,
    String title,
    String status,
    int version,
    Instant updatedAt,
    String updatedBy,
    Instant scheduledAt) {}
