package org.zhanqun.audit.check;

import java.util.Comparator;
import java.util.List;
import org.zhanqun.audit.link.LinkReport;

/**
 * The broken links of the published sites (broken-link-home, broken-link), as the link checker
 * ({@code org.zhanqun.audit.link}) reports them. Immutable; sorted by site, page and target.
 */
public record BrokenLinks(List<BrokenLink> links) {

  /** What the audit counts of a link check of the published cluster (its broken links). */
  public static BrokenLinks of(LinkReport report) {
    return new BrokenLinks(
        report.broken().stream()
            .map(
                broken ->
                    new BrokenLink(
                        broken.link().page().siteId().orElse(""),
                        broken.link().page().url().toString(),
                        broken.link().url().toString(),
                        broken.link().page().homePage(),
                        broken.failure().detail()))
            .toList());
  }

  public BrokenLinks {
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
