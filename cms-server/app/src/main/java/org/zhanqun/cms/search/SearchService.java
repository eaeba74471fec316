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
 * <p>How a query is matched: the words are analysed per language (smartcn segments Chinese, so 信息公开
 * finds 政府信息公开), across title (weighted most), 文号/发文机关/keywords and body; up to three words must
 * all match, longer queries 80% of them, and pages with the words as a phrase in the title rank
 * higher. A query that is a 文号 or 索引号 (compared after {@link ExactKey} normalisation) also matches
 * that document and sorts it first, in either sort order. Everything the user types is escaped:
 * Solr syntax has no effect, so no query can fail.
 */
@ApplicationScoped
public class SearchService {

  private static final Duration SITE_NAMES_TTL = Duration.ofSeconds(30);
  private static final List<String> LANGUAGES = List.of("zh", "en", "ru");
  private static final String MARK_PRE = "<mark>";
  private static final String MARK_POST = "</mark>";

  @Inject SolrGateway solr;
  @Inject SiteService sites;
  @Inject Clock clock;

  private final AtomicReference<SiteNames> siteNames = new AtomicReference<>();

  private record SiteNames(
      Map<String, Map<String, String>> byId, String defaultLanguage, Instant at) {}

  public SearchResultView search(SearchQuery query) {
    ModifiableSolrParams params = params(query);
    QueryResponse response = solr.query(params);
    return view(query, response, params.get("key"));
  }

  /** The Solr request for {@code query}; package-visible for the tests. */
  static ModifiableSolrParams params(SearchQuery query) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    String userText = escape(query.text());
    Optional<String> key = ExactKey.of(query.text());
    List<String> langs =
        query.language().map(tag -> List.of(SearchDocuments.suffix(tag))).orElse(LANGUAGES);
    if (userText.isBlank()) {
      p.set("q", "*:*");
    } else {
      p.set("uq", userText);
      String qf = fields(langs, "title_%s^5 meta_%s^3 body_%s");
      if (langs.contains("zh")) {
        qf += " title_zh_bi^4";
      }
      p.set("qf", qf);
      // Each space-separated part of the query must match (within the mm rule), in any field.
      p.set("sow", true);
      p.set("pf", fields(langs, "title_%s^10 body_%s^2"));
      p.set("mm", "3<80%");
      p.set("tq", "{!edismax v=$uq}");
      if (key.isPresent()) {
        p.set("key", key.get());
        p.set("xq", "{!bool should=$xd should=$xi}");
        p.set("xd", "{!term f=doc_number_key v=$key}");
        p.set("xi", "{!term f=index_number_key v=$key}");
        p.set("q", "{!bool should=$tq should=$xq}");
      } else {
        p.set("q", "{!edismax v=$uq}");
      }
    }
    filter(p, "site", query.site());
    query.column().ifPresent(column -> p.add("fq", "column:" + column));
    filter(p, "type", query.type());
    query.language().ifPresent(tag -> p.add("fq", "{!term f=language}" + tag));
    filter(p, "issuer", query.issuer());
    if (query.from().isPresent() || query.to().isPresent()) {
      String from = query.from().map(d -> d + "T00:00:00Z").orElse("*");
      String to = query.to().map(d -> d.plusDays(1) + "T00:00:00Z").orElse("*");
      p.add("fq", "{!tag=year}published:[" + from + " TO " + to + "}");
    }
    List<String> sort = new ArrayList<>();
    if (p.get("key") != null) {
      sort.add("query($xq,0) desc");
    }
    if (query.byDate() || userText.isBlank()) {
      sort.add("published desc");
    } else {
      sort.add("score desc");
      sort.add("published desc");
    }
    sort.add("id asc");
    p.set("sort", String.join(",", sort));
    p.set("start", (query.page() - 1) * query.size());
    p.set("rows", query.size());
    p.set(
        "fl",
        "id,item_id,site,type,language,url,published,issuer,doc_number,index_number,"
            + fields(LANGUAGES, "title_%s").replace(' ', ','));
    if (p.get("key") != null) {
      p.add("fl", "exact:query($xq,0)");
    }
    p.set("facet", true);
    p.set("facet.mincount", 1);
    p.set("facet.limit", 30);
    p.add("facet.field", "{!ex=site}site", "{!ex=type}type", "{!ex=issuer}issuer");
    p.add("facet.field", "{!ex=year}year");
    p.set("f.year.facet.sort", "index");
    if (!userText.isBlank()) {
      p.set("hl", true);
      p.set("hl.method", "unified");
      // term by term: a title holding only some of the words still shows them marked
      p.set("hl.weightMatches", false);
      p.set("hl.q", "{!edismax v=$uq}");
      p.set("hl.fl", fields(langs, "title_%s body_%s"));
      p.set("hl.snippets", 1);
      p.set("hl.fragsize", 140);
      p.set("hl.encoder", "html");
      p.set("hl.tag.pre", MARK_PRE);
      p.set("hl.tag.post", MARK_POST);
      p.set("hl.defaultSummary", true);
      if (!langs.equals(List.of("zh"))) {
        p.set("spellcheck", true);
        p.set("spellcheck.q", userText.replace("\\", ""));
        p.set("spellcheck.collate", true);
        p.set("spellcheck.onlyMorePopular", false);
        p.set("spellcheck.count", 5);
      }
    }
    return p;
  }

  private static void filter(ModifiableSolrParams p, String field, Optional<String> value) {
    value.ifPresent(v -> p.add("fq", "{!term f=" + field + " tag=" + field + "}" + v));
  }

  private static String fields(List<String> langs, String pattern) {
    List<String> all = new ArrayList<>();
    for (String lang : langs) {
      all.add(pattern.replace("%s", lang));
    }
    return String.join(" ", all);
  }

  /**
   * The text with every character Solr's query syntax gives a meaning to escaped, so it is taken as
   * words; a double quote is kept only in pairs (a phrase), control characters become spaces.
   */
  static String escape(String text) {
    String cleaned = text.replaceAll("\\p{Cntrl}", " ").strip();
    boolean phrases = cleaned.chars().filter(c -> c == '"').count() % 2 == 0;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (c == '"') {
        if (phrases) {
          out.append(c);
        } else {
          out.append(' ');
        }
      } else if ("\\+-!():^[]{}~*?|&;/".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    String escaped = out.toString().replaceAll("\\s+", " ").strip();
    // AND, OR and NOT are operators to edismax; in lower case they are words.
    return escaped.replaceAll("\\b(AND|OR|NOT)\\b", "and");
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
    return html == null ? null : html.replace(MARK_POST + MARK_PRE, "");
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
