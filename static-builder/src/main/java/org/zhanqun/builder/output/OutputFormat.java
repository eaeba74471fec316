package org.zhanqun.builder.output;

import java.util.List;

/**
 * A kind of file the build writes.
 *
 * @param name short name used in reports
 * @param mediaType what a web server should send it as
 * @param rootName the variable the template sees its model as
 * @param templates the templates to try, in order, below a theme folder
 */
public record OutputFormat(String name, String mediaType, String rootName, List<String> templates) {

  public static final OutputFormat SITEMAP =
      new OutputFormat("sitemap", "application/xml", "sitemap", List.of("formats/sitemap.ftlx"));

  public static final OutputFormat SITEMAP_INDEX =
      new OutputFormat(
          "sitemap-index", "application/xml", "sitemaps", List.of("formats/sitemapindex.ftlx"));

  public static final OutputFormat ATOM =
      new OutputFormat("atom", "application/atom+xml", "feed", List.of("formats/atom.ftlx"));

  public static final OutputFormat SEARCH_DATA =
      new OutputFormat("search", "application/json", "search", List.of("formats/search.json.ftl"));

  /** An HTML page rendered with the first of {@code layouts} the theme has. */
  public static OutputFormat html(String... layouts) {
    return new OutputFormat(
        "html", "text/html", "page", List.of(layouts).stream().map(l -> "layouts/" + l).toList());
  }
}
