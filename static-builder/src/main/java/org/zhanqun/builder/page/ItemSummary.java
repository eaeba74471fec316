package org.zhanqun.builder.page;

/**
 * An item as lists, feeds and home pages show it.
 *
 * @param type {@code news}, {@code policy} ...
 * @param date the publication date, {@code yyyy-MM-dd} in the cluster's time zone
 * @param summary may be empty, never null
 * @param siteName the item's site (the portal's aggregated lists show it)
 * @param docNo a policy's 文号, else null
 */
public record ItemSummary(
    String type,
    String title,
    String url,
    String date,
    String summary,
    String siteName,
    String docNo) {}
