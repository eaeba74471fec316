package org.zhanqun.cms.content;

import java.time.Instant;
import java.util.List;
import org.zhanqun.cms.proofreading.FindingView;

/**
 * Fired inside the import's transaction for every item an import created or changed, so that the
 * workflow trail records the import as a step.
 *
 * @param fromStatus null when the import created the item
 * @param publishedAt the first publication time the import set; null for a draft
 * @param findings what proofreading found in the imported file; empty when nothing
 */
public record ItemImported(
    long itemId,
    String siteId,
    String fromStatus,
    String toStatus,
    String actor,
    Instant at,
    Instant publishedAt,
    List<FindingView> findings) {}
