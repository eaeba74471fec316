package org.zhanqun.builder.page;

/**
 * A site's search page in one language. The page itself is static: a script in the browser reads
 * the query from the page's address ({@code q}, {@code scope}, filters, {@code page}), calls {@code
 * apiUrl} and shows the results, so one file serves every query.
 *
 * @param apiUrl the search endpoint ({@code GET}, see the API documentation), absolute or from the
 *     root, e.g. {@code /api/v1/search}
 * @param site the id of the page's site, the filter of the scope "this site"
 */
public record SearchPage(PageContext context, String apiUrl, String site) {}
