package org.zhanqun.cms.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results with the facets of the whole result set.
 *
 * @param total how many items match in all
 * @param facets per facet (site, type, year, issuer) its values with counts, most frequent first
 *     (years newest first); each facet counts as if its own filter were not applied, so the page
 *     can offer the other values
 * @param suggestion a corrected query Solr's spell checker proposes, or null
 */
public record SearchResultView(
    String query,
    long total,
    int page,
    int size,
    String sort,
    List<Hit> results,
    Map<String, List<FacetValue>> facets,
    String suggestion) {

  /**
   * One result.
   *
   * @param url root-relative URL of the published page
   * @param published first publication, ISO-8601 UTC
   * @param title the title as plain text
   * @param titleHtml the title with the matched words in {@code <mark>}, HTML-escaped
   * @param snippet a passage of the text with the matched words in {@code <mark>}, HTML-escaped
   * @param exactMatch the query is this item's 文号 or 索引号
   */
  public record Hit(
      long id,
      String title,
      String titleHtml,
      String url,
      String site,
      String siteName,
      String type,
      String language,
      String published,
      String snippet,
      String issuer,
      String docNumber,
      String indexNumber,
      boolean exactMatch) {}

  /**
   * One value of a facet.
   *
   * @param label for people (a site's name in the asked language); the value otherwise
   */
  public record FacetValue(String value, String label, long count) {}
}
