package org.zhanqun.cms.interaction.errorreport;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which site a page of the cluster belongs to: the site whose path ({@code fgw/}) is the longest
 * prefix of the page's path under the cluster's base URL; the portal when none is. The page must be
 * under the base URL: same host (any case), same port, the base path as prefix; http and https
 * count as one when neither names a port. Immutable.
 */
final class ResponsibleSite {

  /** A site as the routing sees it: id, path under the base URL ({@code ""} for the portal). */
  record SitePath(String site, String path, boolean portal) {}

  private final URI base;
  private final List<SitePath> sites;

  ResponsibleSite(String baseUrl, List<SitePath> sites) {
    this.base = URI.create(baseUrl);
    this.sites =
        sites.stream()
            .sorted(Comparator.comparingInt((SitePath s) -> s.path().length()).reversed())
            .toList();
  }

  /**
   * The id of the site responsible for {@code url}, or the reason the address is not a page of the
   * cluster.
   */
  Routed route(String url) {
    URI page;
    try {
      page = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Routed.refused("is not a web address: " + e.getReason());
    }
    if (page.getScheme() == null
        || !(page.getScheme().equalsIgnoreCase("http")
            || page.getScheme().equalsIgnoreCase("https"))
        || page.getHost() == null) {
      return Routed.refused("is not an http(s) address of a page, e.g. " + base + "fgw/index.html");
    }
    if (!page.getHost().toLowerCase(Locale.ROOT).equals(base.getHost().toLowerCase(Locale.ROOT))
        || !samePort(page, base)) {
      return Routed.refused("is not a page of this cluster: its pages are under " + base);
    }
    String basePath = base.getPath() == null || base.getPath().isEmpty() ? "/" : base.getPath();
    String path = page.getPath() == null || page.getPath().isEmpty() ? "/" : page.getPath();
    if (!(path + "/").startsWith(basePath)) {
      return Routed.refused("is not a page of this cluster: its pages are under " + base);
    }
    String under = path.length() >= basePath.length() ? path.substring(basePath.length()) : "";
    for (SitePath site : sites) {
      if (!site.path().isEmpty() && ((under + "/").startsWith(site.path()))) {
        return Routed.to(site.site());
      }
    }
    Optional<SitePath> portal =
        sites.stream()
            .filter(s -> s.path().isEmpty())
            .findFirst()
            .or(() -> sites.stream().filter(SitePath::portal).findFirst());
    return portal
        .map(s -> Routed.to(s.site()))
        .orElseGet(() -> Routed.refused("belongs to no site of this cluster"));
  }

  private static boolean samePort(URI page, URI base) {
    if (page.getPort() == -1 && base.getPort() == -1) {
      return true;
    }
    return effectivePort(page) == effectivePort(base);
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** The routing's answer: a site, or why there is none. */
  record Routed(Optional<String> site, String refusal) {

    static Routed to(String site) {
      return new Routed(Optional.of(site), null);
    }

    static Routed refused(String reason) {
      return new Routed(Optional.empty(), reason);
    }
  }
}
