package org.zhanqun.builder.build;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.builder.i18n.UiStrings;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.Alternate;
import org.zhanqun.builder.page.ItemSummary;
import org.zhanqun.builder.page.LanguageOption;
import org.zhanqun.builder.page.Link;
import org.zhanqun.builder.page.NavigationEntry;
import org.zhanqun.builder.page.PageContext;
import org.zhanqun.builder.page.SiteView;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Site;

/**
 * What the page kinds' models share: the {@link PageContext} (navigation, language switcher,
 * hreflang alternates, breadcrumbs), item summaries and links, names in a language with their
 * fallbacks, and dates formatted as pages show them. Read-only: safe to use from several threads.
 */
final class PageParts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final ContentIndex index;
  private final Cluster cluster;
  private final UrlScheme urls;
  private final UiStrings strings;

  PageParts(ContentIndex index, UrlScheme urls, UiStrings strings) {
    this.index = index;
    this.cluster = index.cluster();
    this.urls = urls;
    this.strings = strings;
  }

  /**
   * @param kind see {@link PageContext#kind()}
   * @param alternatePaths the page's path in each language it exists in
   * @param current the column the page belongs to, marked in the navigation; null for none
   */
  PageContext context(
      String kind,
      Site site,
      String language,
      String title,
      String path,
      Map<String, String> alternatePaths,
      Column current,
      List<Link> breadcrumbs) {
    List<LanguageOption> languages =
        site.languages().stream()
            .map(
                l ->
                    new LanguageOption(
                        l,
                        strings.find(l, "language.self").orElse(l),
                        urls.url(alternatePaths.getOrDefault(l, urls.homePath(site, l))),
                        l.equals(language),
                        alternatePaths.containsKey(l)))
            .toList();
    Site portal = cluster.portal();
    return new PageContext(
        kind,
        language,
        title,
        urls.absoluteUrl(path),
        urls.url(urls.assetsFolder(site.theme())),
        cluster.names().in(language, List.of(cluster.defaultLanguage())),
        homeUrlFor(portal, language),
        urls.url(
            urls.sitesPath(
                portal.languages().contains(language) ? language : portal.sourceLanguage())),
        siteView(site, language),
        alternates(alternatePaths, site),
        languages,
        navigation(site, language, site.columns(), current),
        breadcrumbs);
  }

  /** hreflang targets, with {@code x-default}; none when the page exists in one language only. */
  List<Alternate> alternates(Map<String, String> paths, Site site) {
    if (paths.size() < 2) {
      return List.of();
    }
    List<Alternate> alternates = new ArrayList<>();
    paths.forEach(
        (language, path) -> alternates.add(new Alternate(language, urls.absoluteUrl(path))));
    String fallback =
        paths.getOrDefault(
            cluster.defaultLanguage(),
            paths.getOrDefault(site.sourceLanguage(), paths.values().iterator().next()));
    alternates.add(new Alternate("x-default", urls.absoluteUrl(fallback)));
    return alternates;
  }

  /** The site's home in each of its languages. */
  Map<String, String> homeAlternates(Site site) {
    Map<String, String> homes = new TreeMap<>();
    site.languages().forEach(l -> homes.put(l, urls.homePath(site, l)));
    return homes;
  }

  /** The item's group in each of its languages: the item's page's alternates. */
  Map<String, String> itemAlternates(Item item) {
    Map<String, String> alternates = new TreeMap<>();
    index
        .translationGroup(item.reference())
        .forEach(t -> alternates.put(t.language(), itemPath(t)));
    return alternates;
  }

  private List<NavigationEntry> navigation(
      Site site, String language, List<Column> columns, Column current) {
    return columns.stream()
        .map(
            c ->
                new NavigationEntry(
                    columnName(c, site, language),
                    urls.url(urls.columnPath(site, language, c, 1)),
                    current != null
                        && (current.path().equals(c.path())
                            || current.path().startsWith(c.path() + "/")),
                    navigation(site, language, c.children(), current)))
        .toList();
  }

  /**
   * Home, then each column from the top down to {@code column} (included when {@code inclusive}).
   */
  List<Link> crumbs(Site site, String language, Column column, boolean inclusive) {
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(homeCrumb(site, language));
    List<Column> chain = new ArrayList<>();
    List<Column> level = site.columns();
    for (String code : column.path().split("/")) {
      Column step = level.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
      chain.add(step);
      level = step.children();
    }
    if (!inclusive) {
      chain.remove(chain.size() - 1);
    }
    chain.forEach(c -> crumbs.add(columnLink(c, site, language)));
    return crumbs;
  }

  /** The first breadcrumb: the site's home. */
  Link homeCrumb(Site site, String language) {
    return new Link(title(language, "nav.home"), urls.url(urls.homePath(site, language)));
  }

  /** A link to the first list page of {@code column}, named in {@code language}. */
  Link columnLink(Column column, Site site, String language) {
    return new Link(
        columnName(column, site, language), urls.url(urls.columnPath(site, language, column, 1)));
  }

  private SiteView siteView(Site site, String language) {
    var id = site.identification();
    return new SiteView(
        site.id(),
        site.kind().name().toLowerCase(Locale.ROOT),
        siteName(site, language),
        site.department(),
        urls.url(urls.homePath(site, language)),
        urls.url(urls.feedPath(site, language)),
        urls.url(urls.searchPagePath(site, language)),
        urls.url(urls.searchDataPath(site, language)),
        urls.url(urls.reportErrorPath(site, language)),
        id.siteCode(),
        id.icp(),
        id.publicSecurity(),
        id.phone(),
        id.email(),
        id.address());
  }

  List<ItemSummary> summaries(List<Item> items, String language) {
    return items.stream().map(i -> summary(i, language)).toList();
  }

  private ItemSummary summary(Item item, String language) {
    Site site = index.siteOf(item);
    return new ItemSummary(
        item.type().code(),
        item.title(),
        urls.url(itemPath(item)),
        day(item.published()),
        item.summary() == null ? "" : item.summary(),
        siteName(site, language),
        item.policy() == null || item.policy().docNo() == null
            ? null
            : item.policy().docNo().value());
  }

  Link link(Item item) {
    return new Link(item.title(), urls.url(itemPath(item)));
  }

  String itemPath(Item item) {
    return urls.itemPath(index.siteOf(item), item.language(), index.columnOf(item), item.slug());
  }

  /** Where the form file of {@code form} is published. */
  String formFilePath(Item form) {
    return urls.formFilePath(index.siteOf(form), index.columnOf(form), form.form().fileName());
  }

  /** A site's home in {@code language}, or in its source language when it does not offer it. */
  String homeUrlFor(Site site, String language) {
    return urls.url(
        urls.homePath(
            site, site.languages().contains(language) ? language : site.sourceLanguage()));
  }

  String siteName(Site site, String language) {
    return site.names().in(language, List.of(site.sourceLanguage(), cluster.defaultLanguage()));
  }

  String columnName(Column column, Site site, String language) {
    return column.names().in(language, List.of(site.sourceLanguage(), cluster.defaultLanguage()));
  }

  /** The UI string {@code key} in {@code language}; the key itself when it has none. */
  String title(String language, String key) {
    return strings.find(language, key).orElse(key);
  }

  /** {@code time}'s day in the cluster's time zone, {@code yyyy-MM-dd}. */
  String day(OffsetDateTime time) {
    return time.atZoneSameInstant(cluster.timeZone()).format(DAY);
  }

  /** {@code time} in UTC, as feeds and sitemaps write it. */
  static String rfc3339(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
