package org.zhanqun.builder.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.builder.output.OutputFormat;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.SitemapIndexView;
import org.zhanqun.builder.page.SitemapView;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteKind;

/**
 * What crawlers read: each site's sitemap (its pages in every language, each with its alternates),
 * the cluster's sitemap index and {@code robots.txt}.
 */
final class SitemapAssembler {

  private final ContentIndex index;
  private final PageParts parts;
  private final UrlScheme urls;
  private final Cluster cluster;
  private final InteractionAssembler interaction;

  SitemapAssembler(
      ContentIndex index, PageParts parts, UrlScheme urls, InteractionAssembler interaction) {
    this.index = index;
    this.parts = parts;
    this.urls = urls;
    this.cluster = index.cluster();
    this.interaction = interaction;
  }

  PageTask siteTask(Site site) {
    return PageTask.of(
        site,
        urls.sitemapPath(site),
        OutputFormat.SITEMAP,
        site.sourceLanguage(),
        b -> sitemap(site),
        PageInputs.itemsOf(site.id()));
  }

  /** The sitemap index: a file of the cluster's own, rendered with the portal's theme. */
  PageTask indexTask() {
    Site portal = cluster.portal();
    return new PageTask(
        urls.sitemapIndexPath(),
        "",
        portal.theme(),
        OutputFormat.SITEMAP_INDEX,
        cluster.defaultLanguage(),
        b ->
            new SitemapIndexView(
                cluster.sites().stream()
                    .map(site -> urls.absoluteUrl(urls.sitemapPath(site)))
                    .toList()),
        PageInputs.ANYTHING);
  }

  /** The text of {@code robots.txt}: everything may be crawled; where the sitemap is. */
  String robots() {
    return "User-agent: *\nAllow: /\n\nSitemap: "
        + urls.absoluteUrl(urls.sitemapIndexPath())
        + "\n";
  }

  private SitemapView sitemap(Site site) {
    List<SitemapView.Url> entries = new ArrayList<>();
    Map<String, String> homes = parts.homeAlternates(site);
    for (String language : site.languages()) {
      String newest = newestDay(index.itemsOf(site, language));
      entries.add(url(urls.homePath(site, language), newest, homes, site));
      for (Column column : site.allColumns()) {
        Map<String, String> alternates = new TreeMap<>();
        site.languages().forEach(l -> alternates.put(l, urls.columnPath(site, l, column, 1)));
        String columnNewest = newestDay(index.subtreeItems(site, language, column));
        entries.add(
            url(urls.columnPath(site, language, column, 1), columnNewest, alternates, site));
      }
      for (Item item : index.itemsOf(site, language)) {
        entries.add(
            url(
                parts.itemPath(item),
                parts.day(item.lastModified()),
                parts.itemAlternates(item),
                site));
      }
    }
    interaction
        .sitemapPages(site)
        .forEach((path, alternates) -> entries.add(url(path, null, alternates, site)));
    if (site.kind() == SiteKind.PORTAL) {
      Map<String, String> sitesPages = new TreeMap<>();
      site.languages().forEach(l -> sitesPages.put(l, urls.sitesPath(l)));
      site.languages().forEach(l -> entries.add(url(urls.sitesPath(l), null, sitesPages, site)));
    }
    entries.sort(Comparator.comparing(SitemapView.Url::loc));
    return new SitemapView(entries);
  }

  /** The day of the first (newest) of {@code items}; null when there is none. */
  private String newestDay(List<Item> items) {
    return items.stream().findFirst().map(i -> parts.day(i.lastModified())).orElse(null);
  }

  private SitemapView.Url url(
      String path, String lastmod, Map<String, String> alternates, Site site) {
    return new SitemapView.Url(urls.absoluteUrl(path), lastmod, parts.alternates(alternates, site));
  }
}
