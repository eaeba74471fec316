package org.zhanqun.cms.content;

import java.time.Instant;
import java.util.List;
import org.zhanqun.model.site.ContentType;

/**
 * What column dates need of one live item, read without its body or parts: for the freshness radar.
 *
 * @param column the column of its live revision
 * @param interprets for an interpretation, the policies its live revision names; null otherwise
 */
public record LiveItemDates(
    long id,
    String siteId,
    ContentType type,
    String language,
    Long column,
    String slug,
    String translationKey,
    Instant firstPublishedAt,
    Instant lastPublishedAt,
    List<Long> interprets) {}
