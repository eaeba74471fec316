package org.zhanqun.builder.page;

/**
 * A consultation in a site's list.
 *
 * @param opens {@code yyyy-MM-dd}; likewise {@code closes}
 * @param resultPublished whether its result (反馈) is published
 */
public record ConsultationSummary(
    String title, String url, String opens, String closes, int opinions, boolean resultPublished) {}
