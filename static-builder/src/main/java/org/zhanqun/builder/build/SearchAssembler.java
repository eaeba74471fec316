package org.zhanqun.builder.build;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.builder.output.OutputFormat;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.SearchData;
import org.zhanqun.builder.page.SearchPage;
import org.zhanqun.model.site.Site;

/**
 * A site's search in one language: the search page, which asks the content server's search API, and
 * the search data, every item's summary for searching in the browser when the API does not answer.
 */
final class SearchAssembler {

  private final ContentIndex index;
  private final PageParts parts;
  private final UrlScheme urls;
  private final String searchApi;

  /**
   * @param searchApi the search endpoint the search pages call
   */
  SearchAssembler(ContentIndex index, PageParts parts, UrlScheme urls, String searchApi) {
    this.index = index;
    this.parts = parts;
    this.urls = urls;
    this.searchApi = searchApi;
  }

  PageTask pageTask(Site site, String language) {
    return PageTask.html(
        site,
        urls.searchPagePath(site, language),
        language,
        b -> page(site, language),
        PageInputs.itemsOf(site.id()),
        "search.ftlh");
  }

  PageTask dataTask(Site site, String language) {
    return PageTask.of(
        site,
        urls.searchDataPath(site, language),
        OutputFormat.SEARCH_DATA,
        language,
        b ->
            new SearchData(
                site.id(), language, parts.summaries(index.itemsOf(site, language), language)),
        PageInputs.itemsOf(site.id()));
  }

  private SearchPage page(Site site, String language) {
    Map<String, String> alternates = new TreeMap<>();
    site.languages().forEach(l -> alternates.put(l, urls.searchPagePath(site, l)));
    return new SearchPage(
        parts.context(
            "search",
            site,
            language,
            parts.title(language, "search.title"),
            urls.searchPagePath(site, language),
            alternates,
            null,
            List.of(parts.homeCrumb(site, language))),
        searchApi,
        site.id());
  }
}
