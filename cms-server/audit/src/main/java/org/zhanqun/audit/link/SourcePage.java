package org.zhanqun.audit.link;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A published page on which links were found.
 *
 * @param path relative to the published folder, {@code /}-separated, e.g. {@code fgw/news/a.html}
 * @param url the page's public URL under the cluster's base URL
 * @param siteId the site whose folder holds the page (the longest matching site path); empty when
 *     no site path matches, e.g. when the portal's path is not given
 * @param homePage whether the page is a site's home page in some language: {@code index.html} at
 *     the site's root or at {@code <site>/<lang>/}
 */
public record SourcePage(String path, URI url, Optional<String> siteId, boolean homePage) {

  public SourcePage {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(siteId, "siteId");
  }
}
