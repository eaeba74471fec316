package org.zhanqun.builder.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.builder.output.OutputFormat;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.ColumnPage;
import org.zhanqun.builder.page.Link;
import org.zhanqun.builder.page.Pagination;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.Site;

/**
 * The list pages of a column in one language: the items of the column and its sub-columns, newest
 * first, {@value #PAGE_SIZE} a page; one page even when the column is empty.
 */
final class ColumnAssembler {

  static final int PAGE_SIZE = 20;

  private final ContentIndex index;
  private final PageParts parts;
  private final UrlScheme urls;
  private final InteractionAssembler interaction;

  ColumnAssembler(
      ContentIndex index, PageParts parts, UrlScheme urls, InteractionAssembler interaction) {
    this.index = index;
    this.parts = parts;
    this.urls = urls;
    this.interaction = interaction;
  }

  /** Every list page of {@code column}, the first first. */
  List<PageTask> tasks(Site site, String language, Column column) {
    List<PageTask> tasks = new ArrayList<>();
    int pages = pageCount(index.subtreeItems(site, language, column));
    for (int page = 1; page <= pages; page++) {
      int number = page;
      tasks.add(
          new PageTask(
              urls.columnPath(site, language, column, page),
              site.id(),
              site.theme(),
              OutputFormat.html("column.ftlh"),
              language,
              b -> page(site, language, column, number),
              PageInputs.itemsOf(site.id()),
              null,
              column));
    }
    return tasks;
  }

  private ColumnPage page(Site site, String language, Column column, int page) {
    List<Item> items = index.subtreeItems(site, language, column);
    int totalPages = pageCount(items);
    List<Link> pageLinks = new ArrayList<>();
    for (int n = 1; n <= totalPages; n++) {
      pageLinks.add(
          new Link(String.valueOf(n), urls.url(urls.columnPath(site, language, column, n))));
    }
    Map<String, String> alternates = new TreeMap<>();
    for (String other : site.languages()) {
      if (page == 1 || index.subtreeItems(site, other, column).size() > (page - 1) * PAGE_SIZE) {
        alternates.put(other, urls.columnPath(site, other, column, page));
      }
    }
    String name = parts.columnName(column, site, language);
    return new ColumnPage(
        parts.context(
            "column",
            site,
            language,
            name,
            urls.columnPath(site, language, column, page),
            alternates,
            column,
            parts.crumbs(site, language, column, false)),
        name,
        column.category().code(),
        column.children().stream().map(c -> parts.columnLink(c, site, language)).toList(),
        parts.summaries(
            items.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList(), language),
        new Pagination(
            page,
            totalPages,
            items.size(),
            page > 1 ? pageLinks.get(page - 2).url() : null,
            page < totalPages ? pageLinks.get(page).url() : null,
            pageLinks),
        page == 1 && column.category() == ColumnCategory.INTERACTION
            ? interaction.columnLinks(site, language)
            : List.of());
  }

  private static int pageCount(List<Item> items) {
    return Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}
