package org.zhanqun.cms.content;

import java.time.Instant;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/**
 * A live item as readers see it: its published revision's content and its publication times. What
 * export and publication read, many at a time.
 *
 * @param content the content of the live revision
 */
public record LiveItem(
    long id,
    String siteId,
    ContentType type,
    Language language,
    ItemContent content,
    Instant firstPublishedAt,
    Instant lastPublishedAt) {}
