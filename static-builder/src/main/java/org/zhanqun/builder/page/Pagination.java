package org.zhanqun.builder.page;

import java.util.List;

/**
 * Where a list page is among its pages.
 *
 * @param page 1-based
 * @param previousUrl null on the first page
 * @param nextUrl null on the last page
 * @param pages a link per page number, in order
 */
public record Pagination(
    int page,
    int totalPages,
    int totalItems,
    String previousUrl,
    String nextUrl,
    List<Link> pages) {}
