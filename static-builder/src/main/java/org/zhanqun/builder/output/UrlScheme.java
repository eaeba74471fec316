package org.zhanqun.builder.output;

import java.util.Set;
import java.util.TreeSet;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCode;
import org.zhanqun.model.site.Site;

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
 * letter channel   {site}{lang}letters/{channel}/index.html, page n: …/page/{n}/index.html
 * letter query     {site}{lang}letters/query/index.html
 * consultations    {site}{lang}consultations/index.html, one: consultations/{code}/index.html
 * error report     {site}{lang}report-error/index.html        (我为政府网站找错)
 * site sitemap     sitemaps/{site id}.xml                     (all languages of the site)
 * cluster-wide     sitemap.xml (the index of the site sitemaps), robots.txt, 404.html,
 *                  assets/{theme}/…
 * </pre>
 *
 * <p>Paths are relative to the output folder; URLs are root-relative, prefixed with the path of the
 * base URL, or absolute where stated. Immutable.
 *
 * <p>Names the scheme gives the builder's own files and folders are {@linkplain #RESERVED_SLUGS
 * reserved}: an item's slug, a column's code or a site's path that took one would make two outputs
 * claim one file (a slug {@code index} is its column's list page), or hide one behind the other (a
 * portal column {@code en} is the English home's folder). The content server refuses them where
 * they are saved; the build leaves out whatever still claims a taken file.
 */
public final class UrlScheme {

  private static final String INDEX = "index";
  private static final String HTML = ".html";
  private static final String PAGINATION_FOLDER = "page";
  private static final String FEED = "atom";
  private static final String SEARCH = "search";
  private static final String SITES = "sites";
  private static final String CLUSTER_FEED = "cluster";
  private static final String SITEMAP = "sitemap";
  private static final String SITEMAPS_FOLDER = "sitemaps";
  private static final String ROBOTS = "robots";
  private static final String NOT_FOUND = "404";
  private static final String ASSETS_FOLDER = "assets";
  private static final String LETTERS_FOLDER = "letters";
  private static final String LETTER_QUERY_FOLDER = "query";
  private static final String CONSULTATIONS_FOLDER = "consultations";
  private static final String REPORT_ERROR_FOLDER = "report-error";

  /**
   * Where the content server answers beside the cluster it serves ({@code api/v1/} under the base
   * URL's path, see the search pages): a folder of that name would be hidden behind the API.
   */
  private static final String API_FOLDER = "api";

  /**
   * Where the content server serves its web console ({@code admin/} under the base URL's path): a
   * folder of that name would be hidden behind the console.
   */
  private static final String CONSOLE_FOLDER = "admin";

  /**
   * The slugs an item may not have: the names, without extension, of the files the build writes in
   * a folder of pages itself ({@code index.html} of every column and home, a site's {@code
   * atom.xml}, {@code search.html} and {@code search.json}, the portal's {@code sites.html} and
   * {@code cluster.xml}, the cluster's {@code sitemap.xml}, {@code robots.txt} and {@code
   * 404.html}).
   */
  public static final Set<String> RESERVED_SLUGS =
      Set.copyOf(
          new TreeSet<>(
              Set.of(INDEX, FEED, SEARCH, SITES, CLUSTER_FEED, SITEMAP, ROBOTS, NOT_FOUND)));

  /**
   * The folder names a column's code or a site's path segment may not be, besides the cluster's
   * language tags ({@link #reservedFolders}): the folders the build writes itself (a column's
   * {@code page/} for its further list pages and {@code files/} for form files, the cluster's
   * {@code assets/} and {@code sitemaps/}, a site's interaction pages {@code letters/}, {@code
   * consultations/} and {@code report-error/}), {@code api/}, where the content server answers, and
   * {@code admin/}, where it serves its web console.
   */
  public static final Set<String> RESERVED_FOLDERS =
      Set.copyOf(
          new TreeSet<>(
              Set.of(
                  PAGINATION_FOLDER,
                  ColumnCode.FILES_FOLDER,
                  ASSETS_FOLDER,
                  SITEMAPS_FOLDER,
                  API_FOLDER,
                  CONSOLE_FOLDER,
                  LETTERS_FOLDER,
                  CONSULTATIONS_FOLDER,
                  REPORT_ERROR_FOLDER)));

  /**
   * The folder names a column's code or a site's path segment may not be in a cluster with {@code
   * languages}: {@link #RESERVED_FOLDERS} and every language's folder (its tag as written, and in
   * lower case, since codes and paths are lower case).
   */
  public static Set<String> reservedFolders(Iterable<String> languages) {
    Set<String> names = new TreeSet<>(RESERVED_FOLDERS);
    for (String language : languages) {
      names.add(language);
      names.add(language.toLowerCase(java.util.Locale.ROOT));
    }
    return names;
  }

  /**
   * The codes a letter channel may not have: {@code query} is the folder of the query page beside
   * the channels' folders under {@code letters/}.
   */
  public static final Set<String> RESERVED_CHANNEL_CODES = Set.of(LETTER_QUERY_FOLDER);

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
    return siteFolder(site, language) + INDEX + HTML;
  }

  /** The file of list page {@code page} (1-based) of a column. */
  public String columnPath(Site site, String language, Column column, int page) {
    String folder = siteFolder(site, language) + column.path() + "/";
    return page <= 1
        ? folder + INDEX + HTML
        : folder + PAGINATION_FOLDER + "/" + page + "/" + INDEX + HTML;
  }

  public String itemPath(Site site, String language, Column column, String slug) {
    return siteFolder(site, language) + column.path() + "/" + slug + HTML;
  }

  public String formFilePath(Site site, Column column, String fileName) {
    return site.path() + column.path() + "/" + ColumnCode.FILES_FOLDER + "/" + fileName;
  }

  public String feedPath(Site site, String language) {
    return siteFolder(site, language) + FEED + ".xml";
  }

  public String searchPagePath(Site site, String language) {
    return siteFolder(site, language) + SEARCH + HTML;
  }

  public String searchDataPath(Site site, String language) {
    return siteFolder(site, language) + SEARCH + ".json";
  }

  /**
   * The file of page {@code page} (1-based) of a letter channel: its form, published letters and
   * monthly figures.
   */
  public String channelPath(Site site, String language, String channel, int page) {
    String folder = siteFolder(site, language) + LETTERS_FOLDER + "/" + channel + "/";
    return page <= 1
        ? folder + INDEX + HTML
        : folder + PAGINATION_FOLDER + "/" + page + "/" + INDEX + HTML;
  }

  /** The page where a citizen reads a letter's status and reply with its query code. */
  public String letterQueryPath(Site site, String language) {
    return siteFolder(site, language)
        + LETTERS_FOLDER
        + "/"
        + LETTER_QUERY_FOLDER
        + "/"
        + INDEX
        + HTML;
  }

  /** The list of a site's consultations (征集调查). */
  public String consultationsPath(Site site, String language) {
    return siteFolder(site, language) + CONSULTATIONS_FOLDER + "/" + INDEX + HTML;
  }

  /** The page of one consultation: its text, the opinion form while open, its result. */
  public String consultationPath(Site site, String language, String code) {
    return siteFolder(site, language) + CONSULTATIONS_FOLDER + "/" + code + "/" + INDEX + HTML;
  }

  /** The form for reporting an error on the site (我为政府网站找错). */
  public String reportErrorPath(Site site, String language) {
    return siteFolder(site, language) + REPORT_ERROR_FOLDER + "/" + INDEX + HTML;
  }

  public String sitesPath(String language) {
    return siteFolder(cluster.portal(), language) + SITES + HTML;
  }

  public String clusterFeedPath(String language) {
    return siteFolder(cluster.portal(), language) + CLUSTER_FEED + ".xml";
  }

  public String sitemapPath(Site site) {
    return SITEMAPS_FOLDER + "/" + site.id() + ".xml";
  }

  /** The index of the site sitemaps. */
  public String sitemapIndexPath() {
    return SITEMAP + ".xml";
  }

  public String robotsPath() {
    return ROBOTS + ".txt";
  }

  /** The page a web server shows for what does not exist. */
  public String notFoundPath() {
    return NOT_FOUND + HTML;
  }

  public String assetsFolder(String theme) {
    return ASSETS_FOLDER + "/" + theme + "/";
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
