package org.zhanqun.builder.page;

import java.util.List;

/**
 * A column's latest items, as a home page shows them.
 *
 * @param category the column's audit category code, which themes may style by
 */
public record ColumnBlock(String name, String url, String category, List<ItemSummary> items) {}
