package org.zhanqun.audit.link;

import java.net.URI;
import java.util.Objects;

/**
 * One link on one page: the same URL linked from three pages is three links.
 *
 * @param page where the link was found
 * @param href the attribute value as written in the HTML (one candidate of a {@code srcset})
 * @param url the link resolved against the page's URL (or its {@code <base href>}), non-ASCII
 *     characters percent-encoded; the {@code href} itself when it is not a valid URL
 * @param kind what the link points to
 * @param external whether the URL lies outside the cluster's base URL (fetched over HTTP) rather
 *     than inside it (looked up in the published folder)
 */
public record Link(SourcePage page, String href, URI url, LinkKind kind, boolean external) {

  public Link {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
  }
}
