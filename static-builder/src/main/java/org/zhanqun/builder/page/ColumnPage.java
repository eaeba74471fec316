package org.zhanqun.builder.page;

import java.util.List;

/**
 * One page of a column's list, newest first.
 *
 * @param category the column's audit category code
 * @param children the sub-columns, as links
 * @param items this page's items; empty for an empty column (the page still exists)
 */
public record ColumnPage(
    PageContext context,
    String name,
    String category,
    List<Link> children,
    List<ItemSummary> items,
    Pagination pagination) {}
