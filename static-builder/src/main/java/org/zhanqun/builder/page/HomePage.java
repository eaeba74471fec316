package org.zhanqun.builder.page;

import java.util.List;

/**
 * A site's home page in one language.
 *
 * @param blocks the latest items of each top-level column that has any, in navigation order
 * @param services service entrances: the site's guides, latest first (may be empty)
 * @param departmentNews portal only: the latest news of all department sites, newest first
 * @param departments portal only: the department sites, in cluster order
 */
public record HomePage(
    PageContext context,
    List<ColumnBlock> blocks,
    List<ItemSummary> services,
    List<ItemSummary> departmentNews,
    List<Link> departments) {}
