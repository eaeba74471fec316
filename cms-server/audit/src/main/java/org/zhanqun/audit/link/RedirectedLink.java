package org.zhanqun.audit.link;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An external link that works but only through redirects: worth updating to its final URL, not a
 * broken link.
 *
 * @param redirects the URLs the link was redirected to, in order; never empty
 */
public record RedirectedLink(Link link, List<URI> redirects) {

  public RedirectedLink {
    Objects.requireNonNull(link, "link");
    redirects = List.copyOf(redirects);
    if (redirects.isEmpty()) {
      throw new IllegalArgumentException("a redirected link needs at least one redirect");
    }
  }

  public URI finalUrl() {
    return redirects.get(redirects.size() - 1);
  }
}
