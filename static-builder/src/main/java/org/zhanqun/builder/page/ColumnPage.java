package org.zhanqun.builder.page;

import java.util.List;

/**
 * One page of a column's list, newest first.
 *
 * @param category the column's audit category code
 * @param children the sub-columns, as links
 * @param items this page's items; empty for an empty column (the page still exists)
 * @param interaction on the first page of an {@code interaction} column: the site's letter
 *     channels, its letter query page and its consultations; empty otherwise
 */
public record ColumnPage(
    PageContext context,
    String name,
    String category,
    List<Link> children,
    List<ItemSummary> items,
    Pagination pagination,
    List<LanguageLink> interaction) {}
