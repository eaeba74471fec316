package org.zhanqun.audit.link;

import java.util.List;
import java.util.Objects;

/**
 * The result of one check of a published cluster. Every list is sorted by page path, then link as
 * written, then resolved URL, so that the same published folder and the same answers give the same
 * report.
 *
 * @param broken links that do not lead anywhere: missing files, failed external fetches, invalid
 *     URLs; what the audit's {@code broken-link-home} and {@code broken-link} rules count
 * @param missingAnchors internal links to an existing page whose {@code #fragment} is missing: a
 *     weaker problem, kept apart
 * @param redirected external links that work through redirects, with the final URL
 * @param notChecked external links not fetched, each with its reason: external checking was off, or
 *     the run reached its cap of URLs
 */
public record LinkReport(
    List<BrokenLink> broken,
    List<BrokenLink> missingAnchors,
    List<RedirectedLink> redirected,
    List<UncheckedLink> notChecked,
    LinkCheckSummary summary) {

  public LinkReport {
    broken = List.copyOf(broken);
    missingAnchors = List.copyOf(missingAnchors);
    redirected = List.copyOf(redirected);
    notChecked = List.copyOf(notChecked);
    Objects.requireNonNull(summary, "summary");
  }

  /** The broken links found on site home pages (what {@code broken-link-home} counts). */
  public List<BrokenLink> brokenOnHomePages() {
    return broken.stream().filter(b -> b.link().page().homePage()).toList();
  }
}
