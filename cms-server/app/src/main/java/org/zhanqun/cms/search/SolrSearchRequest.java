package org.zhanqun.cms.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * How a {@link SearchQuery} becomes one Solr request; the server's search and the search benchmark
 * (bench/search) both build it here.
 *
 * <p>How a query is matched: the words are analysed per language (smartcn segments Chinese, so 信息公开
 * finds 政府信息公开), across title (weighted most), 文号/发文机关/keywords and body; up to three words must
 * all match, longer queries 80% of them, and pages with the words as a phrase in the title rank
 * higher. A query that is a 文号 or 索引号 (compared after {@link ExactKey} normalisation) also matches
 * that document and sorts it first, in either sort order. Everything the user types is escaped:
 * Solr syntax has no effect, so no query can fail. Facets: site, type, year and issuer, each
 * counted as if its own filter were not applied.
 */
public final class SolrSearchRequest {

  static final List<String> LANGUAGES = List.of("zh", "en", "ru");
  static final String MARK_PRE = "<mark>";
  static final String MARK_POST = "</mark>";

  /** How many of the best matches a phrase can lift: the first ten pages of ten. */
  static final int PHRASE_RERANK_DOCS = 100;

  private SolrSearchRequest() {}

  /** The Solr request for {@code query}. */
  public static ModifiableSolrParams of(SearchQuery query) {
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
      p.set("mm", "3<80%");
      p.set("tq", "{!edismax v=$uq}");
      String phraseFields = fields(langs, "title_%s^10 body_%s^2");
      if (key.isPresent()) {
        p.set("pf", phraseFields);
        p.set("key", key.get());
        p.set("xq", "{!bool should=$xd should=$xi}");
        p.set("xd", "{!term f=doc_number_key v=$key}");
        p.set("xi", "{!term f=index_number_key v=$key}");
        p.set("q", "{!bool should=$tq should=$xq}");
      } else {
        p.set("q", "{!edismax v=$uq}");
        String phrase = userText.replace("\"", " ").strip();
        if (!query.byDate() && !phrase.isEmpty()) {
          // The words as a phrase (in the title above all) lift a page; checked for the best
          // PHRASE_RERANK_DOCS matches only, not for every match as edismax's pf would: reading the
          // positions of tens of thousands of long bodies was the slowest part of a search.
          p.set("pq", "\"" + phrase + "\"");
          p.set("pqf", phraseFields);
          p.set("rqq", "{!edismax qf=$pqf v=$pq}");
          p.set(
              "rq",
              "{!rerank reRankQuery=$rqq reRankDocs=" + PHRASE_RERANK_DOCS + " reRankWeight=1}");
        }
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
    // Site, type and year have a few values each: counted by intersecting each value's cached
    // document set with the hits (enum) instead of reading every hit's value (fc), which was half
    // of a query's time on 100,000 documents (bench/search/results.md). Issuers are many and rare.
    p.add(
        "facet.field",
        "{!ex=site facet.method=enum}site",
        "{!ex=type facet.method=enum}type",
        "{!ex=year key=year facet.method=enum facet.sort=index}published_year",
        "{!ex=issuer}issuer");
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
}
