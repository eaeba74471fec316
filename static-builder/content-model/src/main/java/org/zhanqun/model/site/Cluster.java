package org.zhanqun.model.site;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The website cluster: its settings from {@code cluster.yaml} and its sites in display order.
 *
 * @param baseUrl absolute, ending in {@code /}
 * @param defaultLanguage published at the root of each site; every other language under {@code
 *     <lang>/}
 * @param languages every language any site may offer
 * @param timeZone in which dates without an offset are read and dates are shown
 * @param sites in display order; exactly one is the portal
 */
public record Cluster(
    String id,
    LocalizedText names,
    URI baseUrl,
    String defaultLanguage,
    List<String> languages,
    ZoneId timeZone,
    List<Site> sites) {

  public Cluster {
    languages = List.copyOf(languages);
    sites = List.copyOf(sites);
  }

  public Optional<Site> site(String id) {
    return sites.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The portal; a valid cluster has exactly one. */
  public Site portal() {
    return sites.stream()
        .filter(s -> s.kind() == SiteKind.PORTAL)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the cluster has no portal"));
  }

  /** The same cluster published under another base URL. */
  public Cluster withBaseUrl(URI newBaseUrl) {
    return new Cluster(id, names, newBaseUrl, defaultLanguage, languages, timeZone, sites);
  }
}
