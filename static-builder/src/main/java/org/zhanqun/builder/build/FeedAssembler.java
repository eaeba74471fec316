package org.zhanqun.builder.build;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhanqun.builder.output.OutputFormat;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.FeedView;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Site;

/**
 * The Atom feeds: a site's latest items in one language, and the cluster's latest items of every
 * site in one language (published with the portal).
 */
final class FeedAssembler {

  static final int SITE_FEED_SIZE = 20;
  static final int CLUSTER_FEED_SIZE = 50;

  /** The {@code <updated>} of a feed when nothing it could show has a date. */
  private static final String NO_DATE = "2000-01-01T00:00:00Z";

  private final ContentIndex index;
  private final PageParts parts;
  private final UrlScheme urls;
  private final Cluster cluster;

  FeedAssembler(ContentIndex index, PageParts parts, UrlScheme urls) {
    this.index = index;
    this.parts = parts;
    this.urls = urls;
    this.cluster = index.cluster();
  }

  PageTask siteTask(Site site, String language) {
    return PageTask.of(
        site,
        urls.feedPath(site, language),
        OutputFormat.ATOM,
        language,
        b -> siteFeed(site, language, b),
        PageInputs.itemsOf(site.id()));
  }

  PageTask clusterTask(String language) {
    return PageTask.of(
        cluster.portal(),
        urls.clusterFeedPath(language),
        OutputFormat.ATOM,
        language,
        b -> clusterFeed(language, b),
        PageInputs.ANYTHING);
  }

  private FeedView siteFeed(Site site, String language, Bodies bodies) {
    return feed(
        urls.feedPath(site, language),
        urls.homePath(site, language),
        parts.siteName(site, language),
        site.department(),
        language,
        index.itemsOf(site, language).stream().limit(SITE_FEED_SIZE).toList(),
        // an empty feed still needs an <updated>: the site's newest change in any language,
        // so that the feed reads nothing beyond its site
        newest(site.languages().stream().flatMap(l -> index.itemsOf(site, l).stream()).toList())
            .orElse(NO_DATE),
        bodies);
  }

  private FeedView clusterFeed(String language, Bodies bodies) {
    return feed(
        urls.clusterFeedPath(language),
        urls.sitesPath(language),
        cluster.names().in(language, List.of(cluster.defaultLanguage())),
        cluster.portal().department(),
        language,
        cluster.sites().stream()
            .flatMap(s -> index.itemsOf(s, language).stream())
            .sorted(ContentIndex.NEWEST_FIRST)
            .limit(CLUSTER_FEED_SIZE)
            .toList(),
        index.lastChange().map(PageParts::rfc3339).orElse(NO_DATE),
        bodies);
  }

  private FeedView feed(
      String path,
      String homePath,
      String title,
      String author,
      String language,
      List<Item> items,
      String updatedWhenEmpty,
      Bodies bodies) {
    List<FeedView.Entry> entries =
        items.stream()
            .map(
                i ->
                    new FeedView.Entry(
                        urls.absoluteUrl(parts.itemPath(i)),
                        i.title(),
                        urls.absoluteUrl(parts.itemPath(i)),
                        PageParts.rfc3339(i.published()),
                        PageParts.rfc3339(i.lastModified()),
                        i.summary() == null ? "" : i.summary(),
                        bodies.html(i)))
            .toList();
    return new FeedView(
        urls.absoluteUrl(path),
        title,
        language,
        urls.absoluteUrl(path),
        urls.absoluteUrl(homePath),
        newest(items).orElse(updatedWhenEmpty),
        author,
        entries);
  }

  /** The newest {@link Item#lastModified()} of {@code items}, as a feed writes it. */
  private static Optional<String> newest(List<Item> items) {
    return items.stream()
        .map(Item::lastModified)
        .max(Comparator.<OffsetDateTime>naturalOrder())
        .map(PageParts::rfc3339);
  }
}
