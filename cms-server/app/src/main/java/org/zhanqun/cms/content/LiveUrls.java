package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.cms.site.SiteColumn;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.Language;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.Site;

/**
 * Where the live page of an item is: the static builder's own {@link UrlScheme} applied to the live
 * revision's column and slug, as the publisher writes it (the column path is the chain of column
 * codes from the site's root, the site folder the site's path, another language than the cluster's
 * default under its tag). Root-relative, with the base URL's path.
 */
@ApplicationScoped
class LiveUrls {

  /** Column chains deeper than this are broken data, not a real tree. */
  private static final int MAX_DEPTH = 50;

  /**
   * How long the cluster's settings are reused: a list of live items needs them for every item, and
   * reading them is a query each time (the persistence unit has no shared cache). A changed base
   * URL or default language shows in the URLs at most this much later.
   */
  private static final long SETTINGS_TTL_NANOS = 1_000_000_000L;

  @Inject SiteService sites;

  private volatile ClusterSettings settings;

  /** The URL path of the item's live page; empty when it is not live or cannot be placed. */
  Optional<String> of(ContentItem item) {
    if (!item.isLive()) {
      return Optional.empty();
    }
    Optional<ItemContent> live =
        item.liveRevision() != null && item.liveRevision() == item.revision()
            ? Optional.of(item.content())
            : item.liveContent();
    if (live.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> columnPath = columnPath(item.siteId(), live.get().column());
    Optional<org.zhanqun.cms.site.Site> site = sites.findSite(item.siteId());
    if (columnPath.isEmpty() || site.isEmpty()) {
      return Optional.empty();
    }
    ClusterSettings cluster = cluster();
    Site builderSite =
        new Site(
            site.get().id(),
            site.get().kind(),
            new LocalizedText(Map.of()),
            site.get().department(),
            site.get().path(),
            site.get().theme(),
            tags(site.get().languages()),
            Identification.NONE,
            List.of());
    UrlScheme urls =
        new UrlScheme(
            new Cluster(
                cluster.id(),
                new LocalizedText(Map.of()),
                cluster.baseUrl(),
                cluster.defaultLanguage(),
                cluster.languages(),
                cluster.timeZone(),
                List.of(builderSite)));
    Column column =
        new Column(
            columnPath.get(),
            columnPath.get(),
            new LocalizedText(Map.of()),
            ColumnCategory.DYNAMIC,
            List.of(),
            List.of());
    return Optional.of(
        urls.url(urls.itemPath(builderSite, item.language().tag(), column, live.get().slug())));
  }

  private ClusterSettings cluster() {
    ClusterSettings cached = settings;
    long now = System.nanoTime();
    if (cached != null && now - cached.loadedAt() < SETTINGS_TTL_NANOS) {
      return cached;
    }
    org.zhanqun.cms.site.Cluster cluster = sites.clusterSettings();
    ClusterSettings loaded =
        new ClusterSettings(
            cluster.id(),
            URI.create(cluster.baseUrl()),
            cluster.defaultLanguage().tag(),
            tags(cluster.languages()),
            cluster.timeZone(),
            now);
    settings = loaded;
    return loaded;
  }

  /** What the URL scheme needs of the cluster, and when it was read ({@link System#nanoTime}). */
  private record ClusterSettings(
      String id,
      URI baseUrl,
      String defaultLanguage,
      List<String> languages,
      java.time.ZoneId timeZone,
      long loadedAt) {}

  private Optional<String> columnPath(String siteId, long columnId) {
    Optional<SiteColumn> column = sites.findColumn(columnId).filter(c -> c.siteId().equals(siteId));
    if (column.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder path = new StringBuilder(column.get().code());
    Long parentId = column.get().parentId();
    int depth = 0;
    while (parentId != null) {
      if (++depth > MAX_DEPTH) {
        return Optional.empty();
      }
      Optional<SiteColumn> parent = sites.findColumn(parentId);
      if (parent.isEmpty()) {
        return Optional.empty();
      }
      path.insert(0, parent.get().code() + "/");
      parentId = parent.get().parentId();
    }
    return Optional.of(path.toString());
  }

  private static List<String> tags(List<Language> languages) {
    return languages.stream().map(Language::tag).toList();
  }
}
