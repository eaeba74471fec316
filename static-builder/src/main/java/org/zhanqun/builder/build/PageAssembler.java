package org.zhanqun.builder.build;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.zhanqun.builder.i18n.UiStrings;
import org.zhanqun.builder.output.OutputFormat;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.Alternate;
import org.zhanqun.builder.page.ColumnBlock;
import org.zhanqun.builder.page.ColumnPage;
import org.zhanqun.builder.page.FeedView;
import org.zhanqun.builder.page.FileView;
import org.zhanqun.builder.page.GuideView;
import org.zhanqun.builder.page.HomePage;
import org.zhanqun.builder.page.ItemPage;
import org.zhanqun.builder.page.ItemSummary;
import org.zhanqun.builder.page.LanguageOption;
import org.zhanqun.builder.page.Link;
import org.zhanqun.builder.page.NavigationEntry;
import org.zhanqun.builder.page.NotFoundPage;
import org.zhanqun.builder.page.PageContext;
import org.zhanqun.builder.page.Pagination;
import org.zhanqun.builder.page.PolicyView;
import org.zhanqun.builder.page.SearchData;
import org.zhanqun.builder.page.SearchPage;
import org.zhanqun.builder.page.SiteView;
import org.zhanqun.builder.page.SitemapIndexView;
import org.zhanqun.builder.page.SitemapView;
import org.zhanqun.builder.page.SitesPage;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.model.item.GuideElement;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteKind;

/**
 * Works out every file of the published cluster and how to make its model: the pages of each site
 * in each of its languages, feeds, sitemap, search data, the department-sites page and the 404
 * page. Indexes the content once; the models it makes are plain records. Not thread-safe while
 * constructing; the tasks' model functions may run in parallel afterwards (they only read).
 */
final class PageAssembler {

  static final int PAGE_SIZE = 20;
  static final int HOME_BLOCK_SIZE = 6;
  static final int SERVICES_ON_HOME = 8;
  static final int DEPARTMENT_NEWS_ON_PORTAL = 10;
  static final int SITE_FEED_SIZE = 20;
  static final int CLUSTER_FEED_SIZE = 50;

  /** Guides show as service entrances, forms and static pages are reached through navigation. */
  private static final Set<ColumnCategory> NOT_ON_HOME =
      EnumSet.of(
          ColumnCategory.GUIDE,
          ColumnCategory.FORMS,
          ColumnCategory.STATIC,
          ColumnCategory.INTERACTION);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Comparator<Item> NEWEST_FIRST =
      Comparator.comparing(Item::published).reversed().thenComparing(Item::file);

  private final ContentSet content;
  private final Cluster cluster;
  private final UrlScheme urls;
  private final UiStrings strings;
  private final String searchApi;

  /** Published items of each site and language, newest first. */
  private final Map<String, List<Item>> bySiteAndLanguage = new HashMap<>();

  /** Published items of each site, language and column (the column alone), newest first. */
  private final Map<String, List<Item>> byColumn = new HashMap<>();

  /** The interpretations that explain each policy group. */
  private final Map<ItemReference, List<ItemReference>> interpretationsOf = new HashMap<>();

  /** The guides that offer each form group. */
  private final Map<ItemReference, List<ItemReference>> guidesUsing = new HashMap<>();

  /** The {@code <updated>} of a feed when nothing it could show has a date. */
  private static final String NO_DATE = "2000-01-01T00:00:00Z";

  private final String newestDate;

  private final Map<String, Site> sitesById = new HashMap<>();
  private final Map<String, Column> columnsBySiteAndCode = new HashMap<>();
  private final Map<String, List<Item>> subtrees = new ConcurrentHashMap<>();

  /**
   * @param searchApi the search endpoint the search pages call
   */
  PageAssembler(ContentSet content, UrlScheme urls, UiStrings strings, String searchApi) {
    this.content = content;
    this.cluster = content.cluster();
    this.urls = urls;
    this.strings = strings;
    this.searchApi = searchApi;
    for (Site site : cluster.sites()) {
      sitesById.put(site.id(), site);
      site.allColumns().forEach(c -> columnsBySiteAndCode.put(key(site.id(), c.code()), c));
    }
    List<Item> published =
        content.items().stream().filter(i -> !i.draft()).sorted(NEWEST_FIRST).toList();
    for (Item item : published) {
      bySiteAndLanguage
          .computeIfAbsent(key(item.site(), item.language()), k -> new ArrayList<>())
          .add(item);
      byColumn
          .computeIfAbsent(key(item.site(), item.language(), item.column()), k -> new ArrayList<>())
          .add(item);
      if (item.interpretation() != null) {
        item.interpretation()
            .interprets()
            .forEach(p -> addOnce(interpretationsOf, p, item.reference()));
      }
      if (item.guide() != null) {
        GuidePart<ItemReference> guide = item.guide();
        guide.forms().forEach(f -> addOnce(guidesUsing, f, item.reference()));
        guide.materials().stream()
            .filter(m -> m.form() != null)
            .forEach(m -> addOnce(guidesUsing, m.form(), item.reference()));
      }
    }
    interpretationsOf.values().forEach(l -> l.sort(Comparator.comparing(ItemReference::toString)));
    guidesUsing.values().forEach(l -> l.sort(Comparator.comparing(ItemReference::toString)));
    this.newestDate =
        published.stream()
            .map(Item::lastModified)
            .max(Comparator.naturalOrder())
            .map(PageAssembler::rfc3339)
            .orElse(NO_DATE);
  }

  /** Every file of the cluster, or of the site {@code onlySite} when given, in a stable order. */
  List<PageTask> tasks(Optional<String> onlySite) {
    List<PageTask> tasks = new ArrayList<>();
    for (Site site : cluster.sites()) {
      if (onlySite.isPresent() && !onlySite.get().equals(site.id())) {
        continue;
      }
      for (String language : site.languages()) {
        siteTasks(site, language, tasks);
      }
      tasks.add(sitemapTask(site));
    }
    if (onlySite.isEmpty() || onlySite.get().equals(cluster.portal().id())) {
      Site portal = cluster.portal();
      for (String language : portal.languages()) {
        tasks.add(
            html(
                portal,
                language,
                urls.sitesPath(language),
                b -> sitesPage(language),
                PageInputs.ANYTHING,
                "sites.ftlh"));
        tasks.add(
            new PageTask(
                urls.clusterFeedPath(language),
                portal.id(),
                portal.theme(),
                OutputFormat.ATOM,
                language,
                b -> clusterFeed(language, b),
                PageInputs.ANYTHING));
      }
    }
    if (onlySite.isEmpty()) {
      Site portal = cluster.portal();
      String language = cluster.defaultLanguage();
      tasks.add(
          new PageTask(
              urls.notFoundPath(),
              "",
              portal.theme(),
              OutputFormat.html("404.ftlh"),
              language,
              b ->
                  new NotFoundPage(
                      context(
                          "notfound",
                          portal,
                          language,
                          title(language, "notfound.title"),
                          urls.notFoundPath(),
                          Map.of(),
                          null,
                          List.of())),
              PageInputs.ANYTHING));
      tasks.add(
          new PageTask(
              urls.sitemapIndexPath(),
              "",
              portal.theme(),
              OutputFormat.SITEMAP_INDEX,
              language,
              b ->
                  new SitemapIndexView(
                      cluster.sites().stream()
                          .map(site -> urls.absoluteUrl(urls.sitemapPath(site)))
                          .toList()),
              PageInputs.ANYTHING));
    }
    return tasks;
  }

  /** The text of {@code robots.txt}: everything may be crawled; where the sitemap is. */
  String robots() {
    return "User-agent: *\nAllow: /\n\nSitemap: "
        + urls.absoluteUrl(urls.sitemapIndexPath())
        + "\n";
  }

  private void siteTasks(Site site, String language, List<PageTask> tasks) {
    tasks.add(
        html(
            site,
            language,
            urls.homePath(site, language),
            b -> homePage(site, language),
            // the portal's home shows the departments' latest news
            site.kind() == SiteKind.PORTAL ? PageInputs.ANYTHING : listing(site),
            "home.ftlh"));
    for (Column column : site.allColumns()) {
      List<Item> items = subtreeItems(site, language, column);
      int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
      for (int page = 1; page <= pages; page++) {
        int number = page;
        PageTask list =
            html(
                site,
                language,
                urls.columnPath(site, language, column, page),
                b -> columnPage(site, language, column, number),
                "column.ftlh");
        tasks.add(
            new PageTask(
                list.path(),
                list.owner(),
                list.theme(),
                list.format(),
                list.language(),
                list.model(),
                list.inputs(),
                null,
                column));
      }
      for (Item item : byColumn.getOrDefault(key(site.id(), language, column.code()), List.of())) {
        PageTask page =
            html(
                site,
                language,
                itemPath(item),
                b -> itemPage(site, column, item, b),
                PageInputs.groups(groupsRead(item)),
                "item/" + item.type().code() + ".ftlh",
                "item.ftlh");
        tasks.add(
            new PageTask(
                page.path(),
                page.owner(),
                page.theme(),
                page.format(),
                page.language(),
                page.model(),
                page.inputs(),
                item,
                null));
      }
    }
    tasks.add(
        new PageTask(
            urls.feedPath(site, language),
            site.id(),
            site.theme(),
            OutputFormat.ATOM,
            language,
            b -> siteFeed(site, language, b),
            listing(site)));
    tasks.add(
        html(
            site,
            language,
            urls.searchPagePath(site, language),
            b -> searchPage(site, language),
            "search.ftlh"));
    tasks.add(
        new PageTask(
            urls.searchDataPath(site, language),
            site.id(),
            site.theme(),
            OutputFormat.SEARCH_DATA,
            language,
            b -> new SearchData(site.id(), language, summaries(itemsOf(site, language), language)),
            listing(site)));
  }

  private PageTask sitemapTask(Site site) {
    return new PageTask(
        urls.sitemapPath(site),
        site.id(),
        site.theme(),
        OutputFormat.SITEMAP,
        site.sourceLanguage(),
        b -> sitemap(site),
        listing(site));
  }

  /** A page of {@code site} that lists its items (home, column, feed, sitemap, search data). */
  private PageTask html(
      Site site, String language, String path, Function<Bodies, Object> model, String... layouts) {
    return html(site, language, path, model, listing(site), layouts);
  }

  private PageTask html(
      Site site,
      String language,
      String path,
      Function<Bodies, Object> model,
      PageInputs inputs,
      String... layouts) {
    return new PageTask(
        path, site.id(), site.theme(), OutputFormat.html(layouts), language, model, inputs);
  }

  /** A list of the site's own items: its column pages, feed, sitemap and search data. */
  private PageInputs listing(Site site) {
    return PageInputs.itemsOf(site.id());
  }

  /**
   * The translation groups an item's page reads: its own (hreflang, language switcher), the
   * policies it interprets and the interpretations of it, the forms it offers and the guides that
   * offer it (summaries and links to them).
   */
  private Set<ItemReference> groupsRead(Item item) {
    Set<ItemReference> groups = new HashSet<>();
    groups.add(item.reference());
    groups.addAll(interpretationsOf.getOrDefault(item.reference(), List.of()));
    groups.addAll(guidesUsing.getOrDefault(item.reference(), List.of()));
    groups.addAll(item.references());
    return groups;
  }

  // ---- pages

  private HomePage homePage(Site site, String language) {
    List<ColumnBlock> blocks = new ArrayList<>();
    for (Column column : site.columns()) {
      if (NOT_ON_HOME.contains(column.category())) {
        continue;
      }
      List<Item> items = subtreeItems(site, language, column);
      if (!items.isEmpty()) {
        blocks.add(
            new ColumnBlock(
                columnName(column, site, language),
                urls.url(urls.columnPath(site, language, column, 1)),
                column.category().code(),
                summaries(items.stream().limit(HOME_BLOCK_SIZE).toList(), language)));
      }
    }
    List<ItemSummary> services =
        summaries(
            itemsOf(site, language).stream()
                .filter(i -> i.type() == ContentType.GUIDE)
                .limit(SERVICES_ON_HOME)
                .toList(),
            language);
    List<ItemSummary> departmentNews = List.of();
    List<Link> departments = List.of();
    if (site.kind() == SiteKind.PORTAL) {
      departmentNews =
          summaries(
              departmentSites()
                  .flatMap(d -> itemsOf(d, language).stream())
                  .filter(i -> i.type() == ContentType.NEWS)
                  .sorted(NEWEST_FIRST)
                  .limit(DEPARTMENT_NEWS_ON_PORTAL)
                  .toList(),
              language);
      departments =
          departmentSites()
              .map(d -> new Link(siteName(d, language), homeUrlFor(d, language)))
              .toList();
    }
    String path = urls.homePath(site, language);
    return new HomePage(
        context(
            "home",
            site,
            language,
            siteName(site, language),
            path,
            homeAlternates(site),
            null,
            List.of()),
        blocks,
        services,
        departmentNews,
        departments);
  }

  private ColumnPage columnPage(Site site, String language, Column column, int page) {
    List<Item> items = subtreeItems(site, language, column);
    int totalPages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    List<Link> pageLinks = new ArrayList<>();
    for (int n = 1; n <= totalPages; n++) {
      pageLinks.add(
          new Link(String.valueOf(n), urls.url(urls.columnPath(site, language, column, n))));
    }
    Map<String, String> alternates = new TreeMap<>();
    for (String other : site.languages()) {
      if (page == 1 || subtreeItems(site, other, column).size() > (page - 1) * PAGE_SIZE) {
        alternates.put(other, urls.columnPath(site, other, column, page));
      }
    }
    String name = columnName(column, site, language);
    return new ColumnPage(
        context(
            "column",
            site,
            language,
            name,
            urls.columnPath(site, language, column, page),
            alternates,
            column,
            crumbs(site, language, column, false)),
        name,
        column.category().code(),
        column.children().stream()
            .map(
                c ->
                    new Link(
                        columnName(c, site, language),
                        urls.url(urls.columnPath(site, language, c, 1))))
            .toList(),
        summaries(
            items.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList(), language),
        new Pagination(
            page,
            totalPages,
            items.size(),
            page > 1 ? pageLinks.get(page - 2).url() : null,
            page < totalPages ? pageLinks.get(page).url() : null,
            pageLinks));
  }

  private ItemPage itemPage(Site site, Column column, Item item, Bodies bodies) {
    String language = item.language();
    Map<String, String> alternates = new TreeMap<>();
    content
        .translationGroup(item.reference())
        .forEach(t -> alternates.put(t.language(), itemPath(t)));
    return new ItemPage(
        context(
            "item",
            site,
            language,
            item.title(),
            itemPath(item),
            alternates,
            column,
            crumbs(site, language, column, true)),
        item.type().code(),
        item.title(),
        item.published().atZoneSameInstant(cluster.timeZone()).format(MINUTE),
        item.updated() == null
            ? null
            : item.updated().atZoneSameInstant(cluster.timeZone()).format(MINUTE),
        item.summary() == null ? "" : item.summary(),
        item.source(),
        item.tags(),
        bodies.html(item),
        columnName(column, site, language),
        item.policy() == null ? null : policyView(item.policy()),
        item.type() == ContentType.POLICY
            ? resolveAll(interpretationsOf.getOrDefault(item.reference(), List.of()), language)
            : List.of(),
        item.interpretation() == null
            ? List.of()
            : resolveAll(item.interpretation().interprets(), language),
        item.interpretation() == null ? null : item.interpretation().form().code(),
        item.guide() == null ? null : guideView(item.guide(), language),
        item.form() == null ? null : fileView(item),
        item.type() == ContentType.FORM
            ? resolveAll(guidesUsing.getOrDefault(item.reference(), List.of()), language)
            : List.of());
  }

  private SearchPage searchPage(Site site, String language) {
    Map<String, String> alternates = new TreeMap<>();
    site.languages().forEach(l -> alternates.put(l, urls.searchPagePath(site, l)));
    return new SearchPage(
        context(
            "search",
            site,
            language,
            title(language, "search.title"),
            urls.searchPagePath(site, language),
            alternates,
            null,
            List.of(
                new Link(title(language, "nav.home"), urls.url(urls.homePath(site, language))))),
        searchApi,
        site.id());
  }

  private SitesPage sitesPage(String language) {
    Site portal = cluster.portal();
    List<SitesPage.SiteEntry> entries =
        departmentSites()
            .map(
                d ->
                    new SitesPage.SiteEntry(
                        siteName(d, language),
                        d.department(),
                        homeUrlFor(d, language),
                        d.languages().stream()
                            .flatMap(l -> itemsOf(d, l).stream().limit(1))
                            .map(Item::published)
                            .max(Comparator.naturalOrder())
                            .map(this::day)
                            .orElse(null)))
            .toList();
    Map<String, String> alternates = new TreeMap<>();
    portal.languages().forEach(l -> alternates.put(l, urls.sitesPath(l)));
    return new SitesPage(
        context(
            "sites",
            portal,
            language,
            title(language, "sites.title"),
            urls.sitesPath(language),
            alternates,
            null,
            List.of()),
        entries);
  }

  // ---- data outputs

  private FeedView siteFeed(Site site, String language, Bodies bodies) {
    return feed(
        urls.feedPath(site, language),
        urls.homePath(site, language),
        siteName(site, language),
        site.department(),
        language,
        itemsOf(site, language).stream().limit(SITE_FEED_SIZE).toList(),
        // an empty feed still needs an <updated>: the site's newest change in any language,
        // so that the feed reads nothing beyond its site
        site.languages().stream()
            .flatMap(l -> itemsOf(site, l).stream())
            .map(Item::lastModified)
            .max(Comparator.naturalOrder())
            .map(PageAssembler::rfc3339)
            .orElse(NO_DATE),
        bodies);
  }

  private FeedView clusterFeed(String language, Bodies bodies) {
    Site portal = cluster.portal();
    return feed(
        urls.clusterFeedPath(language),
        urls.sitesPath(language),
        cluster.names().in(language, List.of(cluster.defaultLanguage())),
        portal.department(),
        language,
        cluster.sites().stream()
            .flatMap(s -> itemsOf(s, language).stream())
            .sorted(NEWEST_FIRST)
            .limit(CLUSTER_FEED_SIZE)
            .toList(),
        newestDate,
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
                        urls.absoluteUrl(itemPath(i)),
                        i.title(),
                        urls.absoluteUrl(itemPath(i)),
                        rfc3339(i.published()),
                        rfc3339(i.lastModified()),
                        i.summary() == null ? "" : i.summary(),
                        bodies.html(i)))
            .toList();
    String updated =
        items.stream()
            .map(Item::lastModified)
            .max(Comparator.naturalOrder())
            .map(PageAssembler::rfc3339)
            .orElse(updatedWhenEmpty);
    return new FeedView(
        urls.absoluteUrl(path),
        title,
        language,
        urls.absoluteUrl(path),
        urls.absoluteUrl(homePath),
        updated,
        author,
        entries);
  }

  /** The sitemap of one site: its pages in every language, each with its alternates. */
  private SitemapView sitemap(Site site) {
    List<SitemapView.Url> entries = new ArrayList<>();
    {
      Map<String, String> homes = homeAlternates(site);
      for (String language : site.languages()) {
        String newest =
            itemsOf(site, language).stream()
                .findFirst()
                .map(i -> day(i.lastModified()))
                .orElse(null);
        entries.add(sitemapUrl(urls.homePath(site, language), newest, homes, site));
        for (Column column : site.allColumns()) {
          Map<String, String> alternates = new TreeMap<>();
          site.languages().forEach(l -> alternates.put(l, urls.columnPath(site, l, column, 1)));
          String columnNewest =
              subtreeItems(site, language, column).stream()
                  .findFirst()
                  .map(i -> day(i.lastModified()))
                  .orElse(null);
          entries.add(
              sitemapUrl(
                  urls.columnPath(site, language, column, 1), columnNewest, alternates, site));
        }
        for (Item item : itemsOf(site, language)) {
          Map<String, String> alternates = new TreeMap<>();
          content
              .translationGroup(item.reference())
              .forEach(t -> alternates.put(t.language(), itemPath(t)));
          entries.add(sitemapUrl(itemPath(item), day(item.lastModified()), alternates, site));
        }
      }
    }
    if (site.kind() == SiteKind.PORTAL) {
      Map<String, String> sitesPages = new TreeMap<>();
      site.languages().forEach(l -> sitesPages.put(l, urls.sitesPath(l)));
      site.languages()
          .forEach(l -> entries.add(sitemapUrl(urls.sitesPath(l), null, sitesPages, site)));
    }
    entries.sort(Comparator.comparing(SitemapView.Url::loc));
    return new SitemapView(entries);
  }

  private SitemapView.Url sitemapUrl(
      String path, String lastmod, Map<String, String> alternates, Site site) {
    return new SitemapView.Url(urls.absoluteUrl(path), lastmod, alternates(alternates, site));
  }

  // ---- shared parts

  private PageContext context(
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
  private List<Alternate> alternates(Map<String, String> paths, Site site) {
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

  private Map<String, String> homeAlternates(Site site) {
    Map<String, String> homes = new TreeMap<>();
    site.languages().forEach(l -> homes.put(l, urls.homePath(site, l)));
    return homes;
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
  private List<Link> crumbs(Site site, String language, Column column, boolean inclusive) {
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(new Link(title(language, "nav.home"), urls.url(urls.homePath(site, language))));
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
    chain.forEach(
        c ->
            crumbs.add(
                new Link(
                    columnName(c, site, language),
                    urls.url(urls.columnPath(site, language, c, 1)))));
    return crumbs;
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
        id.siteCode(),
        id.icp(),
        id.publicSecurity(),
        id.phone(),
        id.email(),
        id.address());
  }

  private PolicyView policyView(PolicyPart policy) {
    return new PolicyView(
        policy.indexNo().value(),
        policy.issuer(),
        policy.docNo() == null ? null : policy.docNo().value(),
        policy.writtenOn().format(DAY),
        policy.subject(),
        policy.keywords(),
        policy.validity().code(),
        policy.validUntil() == null ? null : policy.validUntil().format(DAY));
  }

  private GuideView guideView(GuidePart<ItemReference> guide, String language) {
    return new GuideView(
        guide.itemCode(),
        guide.itemType(),
        guide.basis(),
        guide.conditions(),
        guide.materials().stream()
            .map(
                m ->
                    new GuideView.MaterialView(
                        m.name(),
                        m.form() == null
                            ? null
                            : content.resolve(m.form(), language).map(this::link).orElse(null),
                        m.copies(),
                        m.original(),
                        m.required()))
            .toList(),
        guide.process(),
        guide.timeLimit() == null ? null : guide.timeLimit().statutoryDays(),
        guide.timeLimit() == null ? null : guide.timeLimit().promisedDays(),
        guide.fees(),
        guide.location(),
        guide.hours(),
        guide.department(),
        guide.phone(),
        guide.supervisionPhone(),
        guide.onlineUrl(),
        guide.forms().stream()
            .flatMap(f -> content.resolve(f, language).stream())
            .map(this::link)
            .toList(),
        guide.missingElements().stream().map(GuideElement::field).toList());
  }

  private FileView fileView(Item form) {
    Site site = siteOf(form);
    Column column = columnOf(form);
    return new FileView(
        form.form().fileName(),
        urls.url(urls.formFilePath(site, column, form.form().fileName())),
        form.form().format(),
        form.form().mediaType(),
        humanSize(form.form().size()),
        form.form().size(),
        form.form().sha256());
  }

  /**
   * Every form file of the cluster (or of one site), as output path → item, in the content's order;
   * two forms of one column with the same file name give two entries with the same path.
   */
  List<Map.Entry<String, Item>> formFiles(Optional<String> onlySite) {
    List<Map.Entry<String, Item>> files = new ArrayList<>();
    for (Item item : content.items()) {
      if (item.draft()
          || item.form() == null
          || onlySite.filter(s -> !s.equals(item.site())).isPresent()) {
        continue;
      }
      Site site = siteOf(item);
      Column column = columnOf(item);
      files.add(Map.entry(urls.formFilePath(site, column, item.form().fileName()), item));
    }
    return files;
  }

  private List<ItemSummary> resolveAll(List<ItemReference> references, String language) {
    return summaries(
        references.stream().flatMap(r -> content.resolve(r, language).stream()).toList(), language);
  }

  private List<ItemSummary> summaries(List<Item> items, String language) {
    return items.stream().map(i -> summary(i, language)).toList();
  }

  private ItemSummary summary(Item item, String language) {
    Site site = siteOf(item);
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

  private Link link(Item item) {
    return new Link(item.title(), urls.url(itemPath(item)));
  }

  String itemPath(Item item) {
    Site site = siteOf(item);
    Column column = columnOf(item);
    return urls.itemPath(site, item.language(), column, item.slug());
  }

  private List<Item> itemsOf(Site site, String language) {
    return bySiteAndLanguage.getOrDefault(key(site.id(), language), List.of());
  }

  /** The items of {@code column} and its sub-columns in {@code language}, newest first. */
  private List<Item> subtreeItems(Site site, String language, Column column) {
    if (column.children().isEmpty()) {
      return byColumn.getOrDefault(key(site.id(), language, column.code()), List.of());
    }
    return subtrees.computeIfAbsent(
        key(site.id(), language, column.code()),
        k ->
            column
                .selfAndDescendants()
                .flatMap(
                    c ->
                        byColumn
                            .getOrDefault(key(site.id(), language, c.code()), List.of())
                            .stream())
                .sorted(NEWEST_FIRST)
                .toList());
  }

  private Site siteOf(Item item) {
    return sitesById.get(item.site());
  }

  private Column columnOf(Item item) {
    return columnsBySiteAndCode.get(key(item.site(), item.column()));
  }

  private Stream<Site> departmentSites() {
    return cluster.sites().stream().filter(s -> s.kind() == SiteKind.DEPARTMENT);
  }

  /** A site's home in {@code language}, or in its source language when it does not offer it. */
  private String homeUrlFor(Site site, String language) {
    return urls.url(
        urls.homePath(
            site, site.languages().contains(language) ? language : site.sourceLanguage()));
  }

  private String siteName(Site site, String language) {
    return site.names().in(language, List.of(site.sourceLanguage(), cluster.defaultLanguage()));
  }

  private String columnName(Column column, Site site, String language) {
    return column.names().in(language, List.of(site.sourceLanguage(), cluster.defaultLanguage()));
  }

  private String title(String language, String key) {
    return strings.find(language, key).orElse(key);
  }

  private String day(OffsetDateTime time) {
    return time.atZoneSameInstant(cluster.timeZone()).format(DAY);
  }

  private static String rfc3339(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static String key(String... parts) {
    return String.join("\u0000", parts);
  }

  private static <K, V> void addOnce(Map<K, List<V>> map, K key, V value) {
    List<V> values = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!values.contains(value)) {
      values.add(value);
    }
  }
}
