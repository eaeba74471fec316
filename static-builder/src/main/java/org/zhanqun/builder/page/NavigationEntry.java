package org.zhanqun.builder.page;

import java.util.List;

/**
 * One column in a site's navigation.
 *
 * @param current this page is the column or lies inside it
 * @param children sub-columns, never null
 */
public record NavigationEntry(
    String name, String url, boolean current, List<NavigationEntry> children) {}
