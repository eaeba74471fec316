package org.zhanqun.audit.link;

import java.net.URI;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Site;

/**
 * A cluster as published on disk: the folder the static builder wrote (or the symbolic link to its
 * current version), the base URL it was published under, and where each site lives, so that every
 * page can be given its site and home pages can be told apart.
 *
 * @param folder the output folder; a symbolic link is followed once
 * @param baseUrl absolute {@code http(s)} URL; a missing final {@code /} is added
 * @param siteIdsByPath each site's path under the base URL ({@code ""} for the portal, {@code fgw/}
 *     for a department) to its id
 * @param languages the language folders a site may have ({@code en}, {@code ru}; the default
 *     language may be listed too, it has no folder)
 */
public record PublishedCluster(
    Path folder, URI baseUrl, Map<String, String> siteIdsByPath, Set<String> languages) {

  public PublishedCluster {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = baseUrl.getScheme();
    if (!baseUrl.isAbsolute()
        || baseUrl.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
    }
    if (baseUrl.getRawPath() == null || !baseUrl.getRawPath().endsWith("/")) {
      String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
      baseUrl = URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + path + "/");
    }
    siteIdsByPath = Map.copyOf(siteIdsByPath);
    siteIdsByPath.keySet().stream()
        .filter(path -> !path.isEmpty() && (!path.endsWith("/") || path.startsWith("/")))
        .findFirst()
        .ifPresent(
            path -> {
              throw new IllegalArgumentException(
                  "a site path must be \"\" or relative and end in '/': " + path);
            });
    languages = Set.copyOf(languages);
  }

  /** The cluster the static builder published into {@code folder} under its own base URL. */
  public static PublishedCluster of(Path folder, Cluster cluster) {
    return new PublishedCluster(
        folder,
        cluster.baseUrl(),
        cluster.sites().stream().collect(Collectors.toMap(Site::path, Site::id)),
        Set.copyOf(cluster.languages()));
  }

  /** The same cluster checked as if published under another base URL ({@code --base-url}). */
  public PublishedCluster withBaseUrl(URI otherBaseUrl) {
    return new PublishedCluster(folder, otherBaseUrl, siteIdsByPath, languages);
  }

  /** The path of the site whose folder holds {@code pagePath}: the longest matching site path. */
  Optional<String> sitePathOf(String pagePath) {
    return siteIdsByPath.keySet().stream()
        .filter(pagePath::startsWith)
        .max(Comparator.comparingInt(String::length));
  }

  /** The page at {@code pagePath} (relative, {@code /}-separated) with its site and home flag. */
  SourcePage page(String pagePath, URI url) {
    Optional<String> sitePath = sitePathOf(pagePath);
    boolean home =
        sitePath
            .map(site -> pagePath.substring(site.length()))
            .map(rest -> rest.equals("index.html") || isLanguageHome(rest))
            .orElse(false);
    return new SourcePage(pagePath, url, sitePath.map(siteIdsByPath::get), home);
  }

  private boolean isLanguageHome(String rest) {
    int slash = rest.indexOf('/');
    return slash > 0
        && rest.substring(slash).equals("/index.html")
        && languages.contains(rest.substring(0, slash));
  }
}
