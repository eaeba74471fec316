package org.zhanqun.builder.output;

import org.zhanqun.builder.site.Cluster;
import org.zhanqun.builder.site.Column;
import org.zhanqun.builder.site.Site;

/**
 * Where each page of the cluster lives: its file path in the output and its URL. One tree per
 * language: the cluster's default language at a site's root, every other language under {@code
 * <lang>/} of the site ({@code /fgw/} and {@code /fgw/en/}; the portal's {@code /} and {@code
 * /en/}).
 *
 * <pre>
 * site home        {site}{lang}index.html
 * column list      {site}{lang}{column path}/index.html, page n: …/page/{n}/index.html
 * item             {site}{lang}{column path}/{slug}.html
 * form file        {site}{column path}/files/{name}          (one copy for all languages)
 * site feed        {site}{lang}atom.xml
 * site search page {site}{lang}search.html                  (calls the search API)
 * site search data {site}{lang}search.json                  (the page's fallback without the API)
 * department sites {portal}{lang}sites.html
 * cluster feed     {portal}{lang}cluster.xml
 * site sitemap     sitemaps/{site id}.xml                     (all languages of the site)
 * cluster-wide     sitemap.xml (the index of the site sitemaps), robots.txt, 404.html,
 *                  assets/{theme}/…
 * </pre>
 *
 * <p>Paths are relative to the output folder; URLs are root-relative, prefixed with the path of the
 * base URL, or absolute where stated. Immutable.
 */
public final class UrlScheme {

  private final Cluster cluster;
  private final String basePath;
  private final String origin;

  public UrlScheme(Cluster cluster) {
    this.cluster = cluster;
    String path = cluster.baseUrl().getRawPath();
    this.basePath = path == null || path.isEmpty() ? "/" : path;
    String base = cluster.baseUrl().toString();
    this.origin = base.substring(0, base.length() - basePath.length());
  }

  /** The folder of a site's pages in {@code language}, relative, ending in {@code /} or empty. */
  public String siteFolder(Site site, String language) {
    return site.path() + (language.equals(cluster.defaultLanguage()) ? "" : language + "/");
  }

  public String homePath(Site site, String language) {
    return siteFolder(site, language) + "index.html";
  }

  /** The file of list page {@code page} (1-based) of a column. */
  public String columnPath(Site site, String language, Column column, int page) {
    String folder = siteFolder(site, language) + column.path() + "/";
    return page <= 1 ? folder + "index.html" : folder + "page/" + page + "/index.html";
  }

  public String itemPath(Site site, String language, Column column, String slug) {
    return siteFolder(site, language) + column.path() + "/" + slug + ".html";
  }

  public String formFilePath(Site site, Column column, String fileName) {
    return site.path() + column.path() + "/files/" + fileName;
  }

  public String feedPath(Site site, String language) {
    return siteFolder(site, language) + "atom.xml";
  }

  public String searchPagePath(Site site, String language) {
    return siteFolder(site, language) + "search.html";
  }

  public String searchDataPath(Site site, String language) {
    return siteFolder(site, language) + "search.json";
  }

  public String sitesPath(String language) {
    return siteFolder(cluster.portal(), language) + "sites.html";
  }

  public String clusterFeedPath(String language) {
    return siteFolder(cluster.portal(), language) + "cluster.xml";
  }

  public String sitemapPath(Site site) {
    return "sitemaps/" + site.id() + ".xml";
  }

  public String assetsFolder(String theme) {
    return "assets/" + theme + "/";
  }

  /**
   * The root-relative URL of the file at {@code path}: {@code index.html} is left out, so a
   * folder's URL ends in {@code /}.
   */
  public String url(String path) {
    String trimmed = path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path;
    return encode(basePath + trimmed);
  }

  /** Percent-encodes what a URL may not carry raw (Chinese file names of forms, spaces). */
  private static String encode(String path) {
    if (path.chars().allMatch(UrlScheme::isPlainUrlCharacter)) {
      return path;
    }
    try {
      return new java.net.URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a URL path: " + path, e);
    }
  }

  private static boolean isPlainUrlCharacter(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '/'
        || c == '-'
        || c == '.'
        || c == '_';
  }

  /** The absolute URL of the file at {@code path}. */
  public String absoluteUrl(String path) {
    return origin + url(path);
  }
}
