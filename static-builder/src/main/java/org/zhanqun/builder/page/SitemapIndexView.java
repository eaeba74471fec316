package org.zhanqun.builder.page;

import java.util.List;

/**
 * The cluster's {@code sitemap.xml}: the index of the sites' sitemaps.
 *
 * @param sitemaps absolute URLs, in the cluster's site order
 */
public record SitemapIndexView(List<String> sitemaps) {}
