package org.zhanqun.builder.build;

import java.util.Set;
import org.zhanqun.model.item.ItemReference;

/**
 * What a page is built from, as far as a run told which items changed cares: an item page reads its
 * own translation group and the groups it links to or is linked from; a site's lists, home page,
 * feed and sitemap read any item of the site; the portal's home page (the departments' latest
 * news), the sites page and the cluster's files read anything; the interaction pages (letter
 * channels, consultations) read the content's interaction data, which the hint does not cover.
 *
 * @param site the site whose items the page lists; null for an item page or a cluster page
 * @param groups the translation groups an item page reads; empty otherwise
 * @param anything whether any change may affect the page: it is fingerprinted on every run; a page
 *     whose fingerprint did not change is still not rendered
 */
record PageInputs(String site, Set<ItemReference> groups, boolean anything) {

  static final PageInputs ANYTHING = new PageInputs(null, Set.of(), true);

  /**
   * An interaction page: a published letter, a month's figures or a consultation may change it
   * whatever items changed, so it is fingerprinted on every run (they are few), and rendered only
   * when its model changed.
   */
  static final PageInputs INTERACTION = ANYTHING;

  PageInputs {
    groups = Set.copyOf(groups);
  }

  static PageInputs itemsOf(String site) {
    return new PageInputs(site, Set.of(), false);
  }

  static PageInputs groups(Set<ItemReference> groups) {
    return new PageInputs(null, groups, false);
  }

  /** Whether a change to the items of {@code changed} may change the page. */
  boolean affectedBy(Set<ItemReference> changed) {
    if (anything) {
      return true;
    }
    if (site != null) {
      return changed.stream().anyMatch(group -> group.site().equals(site));
    }
    return groups.stream().anyMatch(changed::contains);
  }
}
