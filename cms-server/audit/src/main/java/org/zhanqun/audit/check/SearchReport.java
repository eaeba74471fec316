package org.zhanqun.audit.check;

import java.util.Comparator;
import java.util.List;
import org.zhanqun.audit.finding.ItemRef;

/**
 * What probing each site's search found (search-unavailable): whether it answered, and which
 * published items it did not find by their title. Immutable; sorted by site.
 */
public record SearchReport(List<SiteSearch> sites) {

  public SearchReport {
    sites = sites.stream().sorted(Comparator.comparing(SiteSearch::site)).toList();
  }

  /** One site's search probe. */
  public record SiteSearch(String site, boolean answers, List<ItemRef> notFound) {
    public SiteSearch {
      notFound = notFound.stream().sorted().toList();
    }
  }
}
