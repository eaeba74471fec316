package org.zhanqun.builder.build;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.ColumnBlock;
import org.zhanqun.builder.page.HomePage;
import org.zhanqun.builder.page.ItemSummary;
import org.zhanqun.builder.page.Link;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteKind;

/**
 * The home page of a site in one language: the latest items of each top-level column, the service
 * guides, and on the portal the departments' latest news and their sites.
 */
final class HomeAssembler {

  static final int HOME_BLOCK_SIZE = 6;
  static final int SERVICES_ON_HOME = 8;
  static final int DEPARTMENT_NEWS_ON_PORTAL = 10;

  /** Guides show as service entrances, forms and static pages are reached through navigation. */
  private static final Set<ColumnCategory> NOT_ON_HOME =
      EnumSet.of(
          ColumnCategory.GUIDE,
          ColumnCategory.FORMS,
          ColumnCategory.STATIC,
          ColumnCategory.INTERACTION);

  private final ContentIndex index;
  private final PageParts parts;
  private final UrlScheme urls;

  HomeAssembler(ContentIndex index, PageParts parts, UrlScheme urls) {
    this.index = index;
    this.parts = parts;
    this.urls = urls;
  }

  PageTask task(Site site, String language) {
    return PageTask.html(
        site,
        urls.homePath(site, language),
        language,
        b -> page(site, language),
        // the portal's home shows the departments' latest news
        site.kind() == SiteKind.PORTAL ? PageInputs.ANYTHING : PageInputs.itemsOf(site.id()),
        "home.ftlh");
  }

  private HomePage page(Site site, String language) {
    List<ColumnBlock> blocks = new ArrayList<>();
    for (Column column : site.columns()) {
      if (NOT_ON_HOME.contains(column.category())) {
        continue;
      }
      List<Item> items = index.subtreeItems(site, language, column);
      if (!items.isEmpty()) {
        blocks.add(
            new ColumnBlock(
                parts.columnName(column, site, language),
                urls.url(urls.columnPath(site, language, column, 1)),
                column.category().code(),
                parts.summaries(items.stream().limit(HOME_BLOCK_SIZE).toList(), language)));
      }
    }
    List<ItemSummary> services =
        parts.summaries(
            index.itemsOf(site, language).stream()
                .filter(i -> i.type() == ContentType.GUIDE)
                .limit(SERVICES_ON_HOME)
                .toList(),
            language);
    List<ItemSummary> departmentNews = List.of();
    List<Link> departments = List.of();
    if (site.kind() == SiteKind.PORTAL) {
      departmentNews =
          parts.summaries(
              index
                  .departmentSites()
                  .flatMap(d -> index.itemsOf(d, language).stream())
                  .filter(i -> i.type() == ContentType.NEWS)
                  .sorted(ContentIndex.NEWEST_FIRST)
                  .limit(DEPARTMENT_NEWS_ON_PORTAL)
                  .toList(),
              language);
      departments =
          index
              .departmentSites()
              .map(d -> new Link(parts.siteName(d, language), parts.homeUrlFor(d, language)))
              .toList();
    }
    return new HomePage(
        parts.context(
            "home",
            site,
            language,
            parts.siteName(site, language),
            urls.homePath(site, language),
            parts.homeAlternates(site),
            null,
            List.of()),
        blocks,
        services,
        departmentNews,
        departments);
  }
}
