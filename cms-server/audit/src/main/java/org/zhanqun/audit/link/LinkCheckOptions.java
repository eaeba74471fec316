package org.zhanqun.audit.link;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a {@link LinkChecker} checks. Start from {@link #defaults()} and change with the {@code
 * with…} methods; immutable.
 *
 * @param externalEnabled fetch external links; when off they are listed as not checked
 * @param connectTimeout for opening a connection to an external host
 * @param requestTimeout for each request, from sending it to the response headers
 * @param maxConcurrentRequests external requests in flight at once, over all hosts
 * @param maxRequestsPerHost external requests in flight at once to one host (host and port)
 * @param maxRedirects redirects followed before the link counts as broken
 * @param userAgent sent with every request
 * @param cacheFile where results of external fetches are kept between runs; empty: no file, each
 *     distinct URL is still fetched only once per run
 * @param cacheTimeToLive how long a result in the cache file is reused
 * @param anchorsChecked check {@code #fragment}s of internal links against the ids of the target
 *     page
 * @param maxUrlsPerRun distinct external URLs fetched at most in one run; the rest are reported as
 *     not checked
 * @param privateTargets addresses and ports fetched although private or not on port 80 or 443: for
 *     tests against a local server only; empty by default, and always in the content server
 */
public record LinkCheckOptions(
    boolean externalEnabled,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxConcurrentRequests,
    int maxRequestsPerHost,
    int maxRedirects,
    String userAgent,
    Optional<Path> cacheFile,
    Duration cacheTimeToLive,
    boolean anchorsChecked,
    int maxUrlsPerRun,
    Set<InetSocketAddress> privateTargets) {

  /** The default cap on external URLs fetched in one run. */
  public static final int DEFAULT_MAX_URLS_PER_RUN = 2000;

  public LinkCheckOptions {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    requirePositive(cacheTimeToLive, "cacheTimeToLive");
    if (maxConcurrentRequests < 1) {
      throw new IllegalArgumentException(
          "maxConcurrentRequests must be ≥ 1: " + maxConcurrentRequests);
    }
    if (maxRequestsPerHost < 1) {
      throw new IllegalArgumentException("maxRequestsPerHost must be ≥ 1: " + maxRequestsPerHost);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must be ≥ 0: " + maxRedirects);
    }
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(cacheFile, "cacheFile");
    if (maxUrlsPerRun < 0) {
      throw new IllegalArgumentException("maxUrlsPerRun must be ≥ 0: " + maxUrlsPerRun);
    }
    privateTargets = Set.copyOf(privateTargets);
    for (InetSocketAddress target : privateTargets) {
      if (target.isUnresolved()) {
        throw new IllegalArgumentException("a private target must be an IP address: " + target);
      }
    }
  }

  /**
   * External links on, connect timeout 5 s, request timeout 10 s, 8 requests at once and 2 per
   * host, 5 redirects, no cache file (a 1-day time to live once one is set), anchors checked, at
   * most {@value #DEFAULT_MAX_URLS_PER_RUN} URLs fetched per run, no private target allowed.
   */
  public static LinkCheckOptions defaults() {
    return new LinkCheckOptions(
        true,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        8,
        2,
        5,
        "Zhanqun-LinkChecker/1.0 (website audit)",
        Optional.empty(),
        Duration.ofDays(1),
        true,
        DEFAULT_MAX_URLS_PER_RUN,
        Set.of());
  }

  public LinkCheckOptions withExternalEnabled(boolean enabled) {
    return new LinkCheckOptions(
        enabled,
        connectTimeout,
        requestTimeout,
        maxConcurrentRequests,
        maxRequestsPerHost,
        maxRedirects,
        userAgent,
        cacheFile,
        cacheTimeToLive,
        anchorsChecked,
        maxUrlsPerRun,
        privateTargets);
  }

  public LinkCheckOptions withTimeouts(Duration connect, Duration request) {
    return new LinkCheckOptions(
        externalEnabled,
        connect,
        request,
        maxConcurrentRequests,
        maxRequestsPerHost,
        maxRedirects,
        userAgent,
        cacheFile,
        cacheTimeToLive,
        anchorsChecked,
        maxUrlsPerRun,
        privateTargets);
  }

  public LinkCheckOptions withConcurrency(int total, int perHost) {
    return new LinkCheckOptions(
        externalEnabled,
        connectTimeout,
        requestTimeout,
        total,
        perHost,
        maxRedirects,
        userAgent,
        cacheFile,
        cacheTimeToLive,
        anchorsChecked,
        maxUrlsPerRun,
        privateTargets);
  }

  public LinkCheckOptions withMaxRedirects(int redirects) {
    return new LinkCheckOptions(
        externalEnabled,
        connectTimeout,
        requestTimeout,
        maxConcurrentRequests,
        maxRequestsPerHost,
        redirects,
        userAgent,
        cacheFile,
        cacheTimeToLive,
        anchorsChecked,
        maxUrlsPerRun,
        privateTargets);
  }

  public LinkCheckOptions withCacheFile(Path file, Duration timeToLive) {
    return new LinkCheckOptions(
        externalEnabled,
        connectTimeout,
        requestTimeout,
        maxConcurrentRequests,
        maxRequestsPerHost,
        maxRedirects,
        userAgent,
        Optional.of(file),
        timeToLive,
        anchorsChecked,
        maxUrlsPerRun,
        privateTargets);
  }

  public LinkCheckOptions withAnchorsChecked(boolean checked) {
    return new LinkCheckOptions(
        externalEnabled,
        connectTimeout,
        requestTimeout,
        maxConcurrentRequests,
        maxRequestsPerHost,
        maxRedirects,
        userAgent,
        cacheFile,
        cacheTimeToLive,
        checked,
        maxUrlsPerRun,
        privateTargets);
  }

  /**
   * At most {@code urls} distinct external URLs fetched in one run (results from the cache file do
   * not count); the others are reported as not checked ("not checked: cap reached").
   */
  public LinkCheckOptions withMaxUrlsPerRun(int urls) {
    return new LinkCheckOptions(
        externalEnabled,
        connectTimeout,
        requestTimeout,
        maxConcurrentRequests,
        maxRequestsPerHost,
        maxRedirects,
        userAgent,
        cacheFile,
        cacheTimeToLive,
        anchorsChecked,
        urls,
        privateTargets);
  }

  /**
   * Lets the checker connect to these addresses and ports although they are private (loopback, RFC
   * 1918, link-local, …) or on a port other than 80 and 443: only for tests against a local web
   * server. Never set by the content server.
   */
  public LinkCheckOptions withPrivateTargetsAllowed(InetSocketAddress... targets) {
    return new LinkCheckOptions(
        externalEnabled,
        connectTimeout,
        requestTimeout,
        maxConcurrentRequests,
        maxRequestsPerHost,
        maxRedirects,
        userAgent,
        cacheFile,
        cacheTimeToLive,
        anchorsChecked,
        maxUrlsPerRun,
        Set.of(targets));
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }
}
