package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.zhanqun.cms.site.Site;
import org.zhanqun.cms.site.SiteService;

/**
 * The public cluster search: turns a {@link SearchQuery} into one Solr request and its answer into
 * a {@link SearchResultView}. Needs no login; reads only the index (and site names, cached for half
 * a minute). Thread-safe.
 *
 * <p>The request itself is built by {@link SolrSearchRequest}.
 */
@ApplicationScoped
public class SearchService {

  private static final Duration SITE_NAMES_TTL = Duration.ofSeconds(30);

  @Inject SolrGateway solr;
  @Inject SiteService sites;
  @Inject Clock clock;

  private final AtomicReference<SiteNames> siteNames = new AtomicReference<>();

  private record SiteNames(
      Map<String, Map<String, String>> byId, String defaultLanguage, Instant at) {}

  public SearchResultView search(SearchQuery query) {
    ModifiableSolrParams params = SolrSearchRequest.of(query);
    QueryResponse response = solr.query(params);
    return view(query, response, params.get("key"));
  }

  private SearchResultView view(SearchQuery query, QueryResponse response, String key) {
    String language = query.language().orElse(null);
    SiteNames names = siteNames();
    List<SearchResultView.Hit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> highlighting =
        response.getHighlighting() == null ? Map.of() : response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFieldValue("id");
      String lang = SearchDocuments.suffix((String) doc.getFieldValue("language"));
      String title = (String) doc.getFieldValue("title_" + lang);
      Map<String, List<String>> marks = highlighting.getOrDefault(id, Map.of());
      String titleHtml = first(marks.get("title_" + lang)).orElse(escapeHtml(title));
      String snippet = first(marks.get("body_" + lang)).orElse(null);
      Object exact = doc.getFieldValue("exact");
      String site = (String) doc.getFieldValue("site");
      hits.add(
          new SearchResultView.Hit(
              Long.parseLong(id),
              title,
              merged(titleHtml),
              (String) doc.getFieldValue("url"),
              site,
              siteName(names, site, language),
              (String) doc.getFieldValue("type"),
              (String) doc.getFieldValue("language"),
              iso((Date) doc.getFieldValue("published")),
              snippet == null ? null : merged(snippet),
              (String) doc.getFieldValue("issuer"),
              (String) doc.getFieldValue("doc_number"),
              (String) doc.getFieldValue("index_number"),
              key != null && exact instanceof Number n && n.floatValue() > 0));
    }
    Map<String, List<SearchResultView.FacetValue>> facets = new LinkedHashMap<>();
    for (String name : List.of("site", "type", "year", "issuer")) {
      FacetField field = response.getFacetField(name);
      List<SearchResultView.FacetValue> values = new ArrayList<>();
      if (field != null && field.getValues() != null) {
        for (FacetField.Count count : field.getValues()) {
          String label =
              name.equals("site") ? siteName(names, count.getName(), language) : count.getName();
          values.add(new SearchResultView.FacetValue(count.getName(), label, count.getCount()));
        }
      }
      if (name.equals("year")) {
        values = new ArrayList<>(values);
        values.sort((a, b) -> b.value().compareTo(a.value()));
      }
      facets.put(name, values);
    }
    return new SearchResultView(
        query.text(),
        response.getResults().getNumFound(),
        query.page(),
        query.size(),
        query.byDate() ? "date" : "relevance",
        hits,
        facets,
        suggestion(response, query.text()));
  }

  private static String suggestion(QueryResponse response, String text) {
    SpellCheckResponse spelling = response.getSpellCheckResponse();
    if (spelling == null) {
      return null;
    }
    String collated = spelling.getCollatedResult();
    if (collated == null || collated.isBlank() || collated.equalsIgnoreCase(text)) {
      return null;
    }
    return collated.replace("\\", "");
  }

  private static Optional<String> first(List<String> snippets) {
    return snippets == null || snippets.isEmpty() || snippets.get(0).isBlank()
        ? Optional.empty()
        : Optional.of(snippets.get(0));
  }

  /** Adjacent marks as one: smartcn splits 信息公开 into two matched words. */
  private static String merged(String html) {
    return html == null
        ? null
        : html.replace(SolrSearchRequest.MARK_POST + SolrSearchRequest.MARK_PRE, "");
  }

  private static String iso(Date date) {
    return date == null ? null : DateTimeFormatter.ISO_INSTANT.format(date.toInstant());
  }

  static String escapeHtml(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private SiteNames siteNames() {
    SiteNames cached = siteNames.get();
    Instant now = clock.instant();
    if (cached == null || cached.at().plus(SITE_NAMES_TTL).isBefore(now)) {
      Map<String, Map<String, String>> byId = new LinkedHashMap<>();
      for (Site site : sites.allSites()) {
        byId.put(site.id(), site.names());
      }
      cached = new SiteNames(byId, sites.clusterSettings().defaultLanguage().tag(), now);
      siteNames.set(cached);
    }
    return cached;
  }

  private static String siteName(SiteNames names, String site, String language) {
    Map<String, String> byLanguage = names.byId().get(site);
    if (byLanguage == null) {
      return site;
    }
    String name = language == null ? null : byLanguage.get(language);
    if (name == null) {
      name = byLanguage.get(names.defaultLanguage());
    }
    return name == null ? site : name;
  }
}
