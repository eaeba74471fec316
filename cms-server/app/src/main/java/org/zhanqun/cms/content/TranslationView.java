package org.zhanqun.cms.content;

import java.time.Instant;

/**
 * One language version of an item, as listed with each of its translations.
 *
 * @param outdated the source-language version changed after this one was last saved
 */
public record TranslationView(
    long id,
    String language,
    String title,
    String status,
    boolean live,
    boolean outdated,
    Instant contentChangedAt) {}
