package org.zhanqun.builder.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.builder.i18n.UiStrings;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Site;

/**
 * Works out every file of the published cluster and how to make its model, with one assembler per
 * kind of file over one {@link ContentIndex} of the content. The models are plain records of the
 * {@code page} package. Not thread-safe while constructing; the tasks' model functions may run in
 * parallel afterwards (they only read).
 */
final class PageAssembler {

  private final Cluster cluster;
  private final ContentIndex index;
  private final PageParts parts;
  private final HomeAssembler homes;
  private final ColumnAssembler columns;
  private final ItemAssembler items;
  private final FeedAssembler feeds;
  private final SearchAssembler search;
  private final SitemapAssembler sitemaps;
  private final SitesAssembler sitesPages;
  private final NotFoundAssembler notFound;
  private final InteractionAssembler interaction;

  /**
   * @param api the content server's API base, ending in {@code /}: the search pages call its {@code
   *     search}, the interaction pages' forms post to its {@code public/…}
   * @param today the build's day in the cluster's time zone (which consultations are open)
   */
  PageAssembler(
      ContentSet content, UrlScheme urls, UiStrings strings, String api, LocalDate today) {
    this.cluster = content.cluster();
    this.index = new ContentIndex(content);
    this.parts = new PageParts(index, urls, strings);
    this.homes = new HomeAssembler(index, parts, urls);
    this.interaction = new InteractionAssembler(index, parts, urls, api, today);
    this.columns = new ColumnAssembler(index, parts, urls, interaction);
    this.items = new ItemAssembler(index, parts, urls);
    this.feeds = new FeedAssembler(index, parts, urls);
    this.search = new SearchAssembler(index, parts, urls, api + "search");
    this.sitemaps = new SitemapAssembler(index, parts, urls, interaction);
    this.sitesPages = new SitesAssembler(index, parts, urls);
    this.notFound = new NotFoundAssembler(index, parts, urls);
  }

  /** Every file of the cluster, or of the site {@code onlySite} when given, in a stable order. */
  List<PageTask> tasks(Optional<String> onlySite) {
    // The order, which decides who keeps a file that two would write (see ClusterBuild's clashes):
    // site by site in the cluster's order, each in each of its languages (home; each column's list
    // pages then its items' pages; feed; search page; search data; the interaction pages), then the
    // site's sitemap; then
    // the portal's sites pages and cluster feeds; then the 404 page and the sitemap index.
    List<PageTask> tasks = new ArrayList<>();
    for (Site site : cluster.sites()) {
      if (onlySite.isPresent() && !onlySite.get().equals(site.id())) {
        continue;
      }
      for (String language : site.languages()) {
        tasks.add(homes.task(site, language));
        for (Column column : site.allColumns()) {
          tasks.addAll(columns.tasks(site, language, column));
          tasks.addAll(items.tasks(site, language, column));
        }
        tasks.add(feeds.siteTask(site, language));
        tasks.add(search.pageTask(site, language));
        tasks.add(search.dataTask(site, language));
        tasks.addAll(interaction.tasks(site, language));
      }
      tasks.add(sitemaps.siteTask(site));
    }
    if (onlySite.isEmpty() || onlySite.get().equals(cluster.portal().id())) {
      for (String language : cluster.portal().languages()) {
        tasks.add(sitesPages.task(language));
        tasks.add(feeds.clusterTask(language));
      }
    }
    if (onlySite.isEmpty()) {
      tasks.add(notFound.task());
      tasks.add(sitemaps.indexTask());
    }
    return tasks;
  }

  /**
   * Every form file of the cluster (or of one site), as output path → item, in the content's order;
   * two forms of one column with the same file name give two entries with the same path.
   */
  List<Map.Entry<String, Item>> formFiles(Optional<String> onlySite) {
    return index.forms().stream()
        .filter(form -> onlySite.isEmpty() || onlySite.get().equals(form.site()))
        .map(form -> Map.entry(parts.formFilePath(form), form))
        .toList();
  }

  /** The text of {@code robots.txt}. */
  String robots() {
    return sitemaps.robots();
  }

  /** Where the page of {@code item} is written. */
  String itemPath(Item item) {
    return parts.itemPath(item);
  }
}
