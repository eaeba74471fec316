package org.zhanqun.cms.content;

import java.time.Instant;
import java.util.Set;
import org.zhanqun.model.site.ContentType;

/**
 * A validated list query: filters (each null when not filtered), the page and the order.
 *
 * @param sites the sites to list from; null for every site
 * @param liveOnly only items readers can see
 * @param text lower-case text that title, slug, summary, 文号 or 索引号 must contain; null for any
 */
record ItemQuery(
    Set<String> sites,
    Long column,
    ContentType type,
    String language,
    ItemStatus status,
    Instant updatedSince,
    String text,
    boolean liveOnly,
    int page,
    int size,
    ItemSort.Field sort,
    boolean descending) {}
