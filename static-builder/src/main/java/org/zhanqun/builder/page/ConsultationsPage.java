package org.zhanqun.builder.page;

import java.util.List;

/**
 * A site's consultations (征集调查) in one language, each group newest opening first.
 *
 * @param contentLanguage the language the consultations are written in (the site's source language)
 * @param open those open on the build's day; {@code upcoming} not yet open; {@code closed} past
 *     their closing day
 */
public record ConsultationsPage(
    PageContext context,
    String contentLanguage,
    List<ConsultationSummary> open,
    List<ConsultationSummary> upcoming,
    List<ConsultationSummary> closed) {}
