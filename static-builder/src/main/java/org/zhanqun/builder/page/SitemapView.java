package org.zhanqun.builder.page;

import java.util.List;

/**
 * One site's sitemap ({@code sitemaps/<site>.xml}): every page in every language with its language
 * alternates.
 *
 * @param urls sorted by {@code loc}
 */
public record SitemapView(List<Url> urls) {

  /**
   * One page.
   *
   * @param loc absolute
   * @param lastmod {@code yyyy-MM-dd}, null when unknown
   * @param alternates its language versions with {@code x-default}; empty when it has none
   */
  public record Url(String loc, String lastmod, List<Alternate> alternates) {}
}
