package org.zhanqun.builder.page;

import java.util.List;

/**
 * An Atom feed: a site's or the cluster's latest items in one language.
 *
 * @param id a stable {@code tag:} or absolute URL id
 * @param selfUrl absolute URL of the feed
 * @param homeUrl absolute URL of the page the feed belongs to
 * @param updated RFC 3339 date-time of the newest entry (or of the build's content when empty)
 */
public record FeedView(
    String id,
    String title,
    String language,
    String selfUrl,
    String homeUrl,
    String updated,
    String author,
    List<Entry> entries) {

  /**
   * One entry.
   *
   * @param url absolute
   * @param published RFC 3339
   * @param updated RFC 3339
   * @param contentHtml the sanitised body
   */
  public record Entry(
      String id,
      String title,
      String url,
      String published,
      String updated,
      String summary,
      String contentHtml) {}
}
