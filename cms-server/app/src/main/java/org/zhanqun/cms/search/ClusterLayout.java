package org.zhanqun.cms.search;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.cms.content.LiveItem;
import org.zhanqun.cms.site.SiteColumn;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.Site;

/**
 * Where the published cluster puts each item (its URL, by the static builder's own {@link
 * UrlScheme}, so a search result links to the page the publisher wrote), the path of each column
 * and the cluster's time zone. A snapshot, loaded per indexing batch; immutable.
 */
final class ClusterLayout {

  private final UrlScheme urls;
  private final ZoneId zone;
  private final Map<String, Site> sites;
  private final Map<Long, Column> columns;
  private final Map<Long, String> columnSites;

  private ClusterLayout(
      UrlScheme urls,
      ZoneId zone,
      Map<String, Site> sites,
      Map<Long, Column> columns,
      Map<Long, String> columnSites) {
    this.urls = urls;
    this.zone = zone;
    this.sites = sites;
    this.columns = columns;
    this.columnSites = columnSites;
  }

  static ClusterLayout of(
      org.zhanqun.cms.site.Cluster cluster,
      List<org.zhanqun.cms.site.Site> siteEntities,
      List<SiteColumn> columnEntities) {
    Map<String, Site> sites = new HashMap<>();
    for (org.zhanqun.cms.site.Site site : siteEntities) {
      sites.put(
          site.id(),
          new Site(
              site.id(),
              site.kind(),
              new LocalizedText(site.names()),
              site.department(),
              site.path(),
              site.theme(),
              site.languages().stream().map(l -> l.tag()).toList(),
              Identification.NONE,
              List.of()));
    }
    Map<Long, SiteColumn> byId = new HashMap<>();
    columnEntities.forEach(c -> byId.put(c.id(), c));
    Map<Long, Column> columns = new HashMap<>();
    Map<Long, String> columnSites = new HashMap<>();
    for (SiteColumn column : columnEntities) {
      columns.put(
          column.id(),
          new Column(
              column.code(),
              path(column, byId),
              new LocalizedText(Map.of()),
              column.category(),
              List.of(),
              List.of()));
      columnSites.put(column.id(), column.siteId());
    }
    Cluster layout =
        new Cluster(
            cluster.id(),
            new LocalizedText(cluster.names()),
            URI.create(cluster.baseUrl()),
            cluster.defaultLanguage().tag(),
            cluster.languages().stream().map(l -> l.tag()).toList(),
            cluster.timeZone(),
            new ArrayList<>(sites.values()));
    return new ClusterLayout(
        new UrlScheme(layout), cluster.timeZone(), sites, columns, columnSites);
  }

  private static String path(SiteColumn column, Map<Long, SiteColumn> byId) {
    StringBuilder path = new StringBuilder(column.code());
    SiteColumn parent = column.parentId() == null ? null : byId.get(column.parentId());
    int depth = 0;
    while (parent != null && depth++ < 50) {
      path.insert(0, parent.code() + "/");
      parent = parent.parentId() == null ? null : byId.get(parent.parentId());
    }
    return path.toString();
  }

  /** The root-relative URL of the item's page; empty when its site or column is unknown. */
  Optional<String> url(LiveItem item) {
    Site site = sites.get(item.siteId());
    Column column = columns.get(item.content().column());
    if (site == null || column == null || !item.siteId().equals(columnSites.get(column(item)))) {
      return Optional.empty();
    }
    return Optional.of(
        urls.url(urls.itemPath(site, item.language().tag(), column, item.content().slug())));
  }

  /** The column's path below its site, e.g. {@code zwgk/zcwj}; empty when unknown. */
  Optional<String> columnPath(long columnId) {
    return Optional.ofNullable(columns.get(columnId)).map(Column::path);
  }

  ZoneId zone() {
    return zone;
  }

  private static long column(LiveItem item) {
    return item.content().column();
  }
}
