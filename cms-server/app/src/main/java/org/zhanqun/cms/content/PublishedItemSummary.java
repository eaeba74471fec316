package org.zhanqun.cms.content;

import java.time.Instant;

/**
 * A live item in a public list: what a column page or a feed shows of it. The full item, with its
 * body and links, is {@link PublishedItemView}.
 */
public record PublishedItemSummary(
    long id,
    String site,
    long column,
    String type,
    String language,
    String translationKey,
    String slug,
    String title,
    String summary,
    Instant published,
    Instant updated) {}
