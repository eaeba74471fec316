package org.zhanqun.audit.check;

import java.util.Comparator;
import java.util.List;

/**
 * The broken links of the published sites (broken-link-home, broken-link), as the link checker
 * ({@code org.zhanqun.audit.link}) reports them. Immutable; sorted by site, page and target.
 */
public record LinkReport(List<BrokenLink> links) {

  public LinkReport {
    links =
        links.stream()
            .sorted(
                Comparator.comparing(BrokenLink::site)
                    .thenComparing(BrokenLink::page)
                    .thenComparing(BrokenLink::target))
            .toList();
  }

  /**
   * A link on {@code page} (a URL) to {@code target} that does not work.
   *
   * @param onHomePage whether {@code page} is the site's home page
   * @param reason e.g. {@code HTTP 404}, {@code timeout}
   */
  public record BrokenLink(
      String site, String page, String target, boolean onHomePage, String reason) {}
}
