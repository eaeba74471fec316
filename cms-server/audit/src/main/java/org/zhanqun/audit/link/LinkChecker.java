package org.zhanqun.audit.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * Checks every link of a published cluster. Internal links (under the cluster's base URL, or
 * relative) are looked up in the published folder; external {@code http(s)} links are fetched (see
 * {@link LinkCheckOptions}); other schemes ({@code mailto:}, {@code tel:}, {@code javascript:},
 * {@code data:}) are skipped and counted.
 *
 * <p>Immutable and thread-safe: each {@code check} has its own threads, HTTP client and cache, and
 * stops its threads before it returns. Writes nothing but the cache file, if one is set.
 */
public final class LinkChecker {

  private static final Comparator<Link> LINK_ORDER =
      Comparator.comparing((Link l) -> l.page().path())
          .thenComparing(Link::href)
          .thenComparing(l -> l.url().toString())
          .thenComparing(Link::kind);
  private static final Comparator<BrokenLink> BROKEN_ORDER =
      Comparator.comparing(BrokenLink::link, LINK_ORDER);

  private final LinkCheckOptions options;

  public LinkChecker(LinkCheckOptions options) {
    this.options = options;
  }

  /**
   * Checks the links on every published HTML page of the cluster.
   *
   * @throws IOException if the published folder or a page cannot be read, or the cache file cannot
   *     be read or written
   * @throws InterruptedException if interrupted while waiting for pages or fetches; the threads
   *     started are stopped
   */
  public LinkReport check(PublishedCluster cluster) throws IOException, InterruptedException {
    return new Run(cluster, Optional.empty()).check();
  }

  /**
   * Checks the links on the pages of one site only (links from them into other sites included).
   *
   * @throws IllegalArgumentException if the cluster has no site {@code siteId}
   */
  public LinkReport check(PublishedCluster cluster, String siteId)
      throws IOException, InterruptedException {
    if (!cluster.siteIdsByPath().containsValue(siteId)) {
      throw new IllegalArgumentException("no site with id " + siteId);
    }
    return new Run(cluster, Optional.of(siteId)).check();
  }

  /** The links found on one page, the internal ones already checked. */
  private record PageResult(
      int links,
      int internal,
      int skipped,
      List<BrokenLink> broken,
      List<BrokenLink> missingAnchors,
      List<Link> external,
      List<PendingAnchor> pendingAnchors) {}

  /** A {@code #fragment} into another page, checked once all pages are read. */
  private record PendingAnchor(Link link, String targetPath, URI targetUrl, String fragment) {}

  /** The state of one check. */
  private final class Run {

    private final PublishedCluster cluster;
    private final Optional<String> onlySite;
    private final String origin;
    private final String basePath;
    private final Path root;
    private final PublishedFiles files;

    Run(PublishedCluster cluster, Optional<String> onlySite) throws IOException {
      this.cluster = cluster;
      this.root = cluster.folder().toRealPath();
      this.files = new PublishedFiles(root);
      this.onlySite = onlySite;
      URI base = cluster.baseUrl();
      this.basePath = base.getRawPath();
      this.origin = base.getScheme() + "://" + base.getRawAuthority();
    }

    // The order: read every page in parallel (internal links checked on the way) → fetch each
    // distinct external URL → check fragments into other pages → sort.
    LinkReport check() throws IOException, InterruptedException {
      long start = System.nanoTime();
      List<PageResult> pages = scanPages(pagePaths());

      List<Link> external = pages.stream().flatMap(p -> p.external().stream()).toList();
      Set<URI> distinct = new TreeSet<>();
      external.forEach(link -> distinct.add(UrlText.withoutFragment(link.url())));
      List<BrokenLink> broken = new ArrayList<>();
      List<BrokenLink> missingAnchors = new ArrayList<>();
      List<RedirectedLink> redirected = new ArrayList<>();
      List<UncheckedLink> notChecked = new ArrayList<>();
      pages.forEach(p -> broken.addAll(p.broken()));
      pages.forEach(p -> missingAnchors.addAll(p.missingAnchors()));
      int brokenInternal = broken.size();

      int fetched = 0;
      if (options.externalEnabled()) {
        Map<URI, FetchOutcome> outcomes = new HashMap<>();
        fetched = fetchExternal(distinct, outcomes);
        for (Link link : external) {
          FetchOutcome outcome = outcomes.get(UrlText.withoutFragment(link.url()));
          if (outcome == null) {
            notChecked.add(new UncheckedLink(link, UncheckedLink.CAP_REACHED));
            continue;
          }
          outcome.failure().ifPresent(f -> broken.add(new BrokenLink(link, f)));
          if (outcome.failure().isEmpty() && !outcome.redirects().isEmpty()) {
            redirected.add(new RedirectedLink(link, outcome.redirects()));
          }
        }
      } else {
        external.forEach(
            link -> notChecked.add(new UncheckedLink(link, UncheckedLink.EXTERNAL_OFF)));
      }
      int brokenExternal = broken.size() - brokenInternal;

      for (PageResult page : pages) {
        for (PendingAnchor pending : page.pendingAnchors()) {
          if (!files
              .anchorsOf(pending.targetPath(), pending.targetUrl())
              .contains(pending.fragment())) {
            missingAnchors.add(missingAnchor(pending.link(), pending.fragment()));
          }
        }
      }

      broken.sort(BROKEN_ORDER);
      missingAnchors.sort(BROKEN_ORDER);
      redirected.sort(Comparator.comparing(RedirectedLink::link, LINK_ORDER));
      notChecked.sort(Comparator.comparing(UncheckedLink::link, LINK_ORDER));
      LinkCheckSummary summary =
          new LinkCheckSummary(
              pages.size(),
              pages.stream().mapToInt(PageResult::links).sum(),
              pages.stream().mapToInt(PageResult::internal).sum(),
              external.size() - notChecked.size(),
              options.externalEnabled() ? distinct.size() : 0,
              fetched,
              brokenInternal,
              brokenExternal,
              missingAnchors.size(),
              pages.stream().mapToInt(PageResult::skipped).sum(),
              notChecked.size(),
              Duration.ofNanos(System.nanoTime() - start));
      return new LinkReport(broken, missingAnchors, redirected, notChecked, summary);
    }

    /** Every HTML page below the folder (hidden folders left out), sorted, of the site if set. */
    private List<String> pagePaths() throws IOException {
      try (Stream<Path> walk = Files.walk(root)) {
        return walk.filter(p -> !p.equals(root))
            .map(p -> root.relativize(p))
            .filter(p -> Stream.of(p.toString().split("[/\\\\]")).noneMatch(s -> s.startsWith(".")))
            .filter(p -> isHtml(p.toString()))
            .filter(p -> Files.isRegularFile(root.resolve(p)))
            .map(p -> p.toString().replace('\\', '/'))
            .filter(p -> onlySite.isEmpty() || siteOf(p).equals(onlySite))
            .sorted()
            .toList();
      }
    }

    private Optional<String> siteOf(String pagePath) {
      return cluster.sitePathOf(pagePath).map(cluster.siteIdsByPath()::get);
    }

    private List<PageResult> scanPages(List<String> paths)
        throws IOException, InterruptedException {
      int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), paths.size()));
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              runnable -> {
                Thread thread = new Thread(runnable, "link-check-pages");
                thread.setDaemon(true);
                return thread;
              });
      try {
        List<Callable<PageResult>> tasks = new ArrayList<>();
        paths.forEach(path -> tasks.add(() -> scanPage(path)));
        List<PageResult> results = new ArrayList<>(paths.size());
        for (Future<PageResult> future : pool.invokeAll(tasks)) {
          try {
            results.add(future.get());
          } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
              throw io.getCause();
            }
            if (e.getCause() instanceof IOException io) {
              throw io;
            }
            throw new IllegalStateException("checking a page failed", e.getCause());
          }
        }
        return results;
      } finally {
        pool.shutdownNow();
      }
    }

    private PageResult scanPage(String path) throws IOException {
      SourcePage page = cluster.page(path, pageUrl(path));
      Document document = PageScanner.parse(root.resolve(path), page.url());
      PageScanner.ScannedPage scanned = PageScanner.scan(document, page.url());
      Set<String> ownAnchors = null;
      int internal = 0;
      int skipped = scanned.hints();
      List<BrokenLink> broken = new ArrayList<>();
      List<BrokenLink> missingAnchors = new ArrayList<>();
      List<Link> external = new ArrayList<>();
      List<PendingAnchor> pending = new ArrayList<>();
      for (PageScanner.FoundHref found : scanned.hrefs()) {
        String href = found.href();
        Optional<String> scheme = UrlText.scheme(href.strip());
        if (scheme.isPresent() && !isHttp(scheme.get())) {
          skipped++;
          continue;
        }
        URI url;
        try {
          url = UrlText.resolve(scanned.base(), href);
        } catch (URISyntaxException | IllegalArgumentException e) {
          internal++; // nothing to fetch: the page's own fault, counted with internal links
          broken.add(invalid(page, found));
          continue;
        }
        if (url.getScheme() == null || !isHttp(url.getScheme())) {
          skipped++; // relative to a <base href> of another scheme
          continue;
        }
        if (!isInternal(url)) {
          external.add(new Link(page, href, url, found.kind(), true));
          continue;
        }
        internal++;
        Link link = new Link(page, href, url, found.kind(), false);
        String rawPath = url.getRawPath();
        // "/preview" for the base "/preview/" is the base itself
        String wanted =
            UrlText.decode(
                rawPath.length() < basePath.length() ? "" : rawPath.substring(basePath.length()));
        Optional<String> file = files.find(wanted);
        if (file.isEmpty()) {
          String shown = wanted.isEmpty() || wanted.endsWith("/") ? wanted + "index.html" : wanted;
          broken.add(
              new BrokenLink(
                  link,
                  new LinkFailure(
                      LinkProblem.NO_SUCH_FILE,
                      OptionalInt.empty(),
                      "no such file: " + shown,
                      List.of())));
          continue;
        }
        String fragment = url.getRawFragment() == null ? "" : UrlText.decode(url.getRawFragment());
        if (!options.anchorsChecked()
            || fragment.isEmpty()
            || fragment.equalsIgnoreCase("top") // browsers scroll to the top without such an id
            || !isHtml(file.get())) {
          continue;
        }
        if (file.get().equals(path)) {
          if (ownAnchors == null) {
            ownAnchors = PageScanner.anchors(document);
            files.rememberAnchors(path, ownAnchors);
          }
          if (!ownAnchors.contains(fragment)) {
            missingAnchors.add(missingAnchor(link, fragment));
          }
        } else {
          pending.add(new PendingAnchor(link, file.get(), UrlText.withoutFragment(url), fragment));
        }
      }
      return new PageResult(
          scanned.hrefs().size() + scanned.hints(),
          internal,
          skipped,
          broken,
          missingAnchors,
          external,
          pending);
    }

    /**
     * Fetches what the cache file does not know, at most {@code maxUrlsPerRun} URLs (in URL order;
     * the others get no outcome); returns how many URLs were requested.
     */
    private int fetchExternal(Set<URI> distinct, Map<URI, FetchOutcome> outcomes)
        throws IOException, InterruptedException {
      Instant now = Instant.now();
      Map<URI, ResultCacheFile.Entry> cached =
          options.cacheFile().isPresent()
              ? ResultCacheFile.read(options.cacheFile().get(), options.cacheTimeToLive(), now)
              : new HashMap<>();
      List<URI> toFetch = new ArrayList<>();
      for (URI url : distinct) {
        ResultCacheFile.Entry entry = cached.get(url);
        if (entry != null) {
          outcomes.put(url, entry.outcome());
        } else if (toFetch.size() < options.maxUrlsPerRun()) {
          toFetch.add(url);
        }
      }
      Map<URI, FetchOutcome> fresh =
          toFetch.isEmpty() ? Map.of() : new ExternalFetcher(options).fetchAll(toFetch);
      outcomes.putAll(fresh);
      if (options.cacheFile().isPresent()) {
        fresh.forEach((url, outcome) -> cached.put(url, new ResultCacheFile.Entry(outcome, now)));
        ResultCacheFile.write(options.cacheFile().get(), cached);
      }
      return toFetch.size();
    }

    private boolean isInternal(URI url) {
      URI base = cluster.baseUrl();
      return base.getHost().equalsIgnoreCase(url.getHost())
          && base.getPort() == url.getPort()
          && url.getRawPath() != null
          && (url.getRawPath() + "/").startsWith(basePath);
    }

    /** The page's public URL: {@code index.html} left out, non-ASCII percent-encoded. */
    private URI pageUrl(String path) {
      String trimmed = path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path;
      try {
        return URI.create(origin + new URI(null, null, basePath + trimmed, null).toASCIIString());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a URL path: " + path, e);
      }
    }
  }

  private static BrokenLink missingAnchor(Link link, String fragment) {
    return new BrokenLink(
        link,
        new LinkFailure(
            LinkProblem.MISSING_ANCHOR,
            OptionalInt.empty(),
            "no element with id " + fragment,
            List.of()));
  }

  private static BrokenLink invalid(SourcePage page, PageScanner.FoundHref found) {
    URI asWritten;
    try {
      asWritten = new URI(null, null, found.href(), null);
    } catch (URISyntaxException e) {
      asWritten = URI.create("about:invalid");
    }
    return new BrokenLink(
        new Link(page, found.href(), asWritten, found.kind(), false),
        new LinkFailure(
            LinkProblem.INVALID_URL, OptionalInt.empty(), "not a valid URL", List.of()));
  }

  private static boolean isHttp(String scheme) {
    String lower = scheme.toLowerCase(Locale.ROOT);
    return lower.equals("http") || lower.equals("https");
  }

  private static boolean isHtml(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }
}
