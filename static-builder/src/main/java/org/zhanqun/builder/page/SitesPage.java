package org.zhanqun.builder.page;

import java.util.List;

/** The portal's page listing the department sites, in one language. */
public record SitesPage(PageContext context, List<SiteEntry> sites) {

  /**
   * One department site.
   *
   * @param url its home in the page's language, or in its source language when it does not offer
   *     the page's language
   * @param latest its latest item's date, {@code yyyy-MM-dd}; null when it has none
   */
  public record SiteEntry(String name, String department, String url, String latest) {}
}
