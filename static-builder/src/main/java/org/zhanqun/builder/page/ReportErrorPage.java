package org.zhanqun.builder.page;

/**
 * A site's 我为政府网站找错 page: a form for reporting what is wrong on a page of the cluster.
 *
 * @param form where the report is posted ({@code public/error-reports})
 */
public record ReportErrorPage(PageContext context, InteractionForm form) {}
