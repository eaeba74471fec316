package org.zhanqun.cms.content;

import java.time.Instant;

/**
 * Fired inside the import's transaction for every item an import created or changed, so that the
 * workflow trail records the import as a step.
 *
 * @param fromStatus null when the import created the item
 * @param publishedAt the first publication time the import set; null for a draft
 */
public record ItemImported(
    long itemId,
    String siteId,
    String fromStatus,
    String toStatus,
    String actor,
    Instant at,
    Instant publishedAt) {}
