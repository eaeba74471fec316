package org.zhanqun.builder.build;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.SitesPage;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Site;

/**
 * The portal's page listing the department sites in one language, each with its latest publication
 * date.
 */
final class SitesAssembler {

  private final ContentIndex index;
  private final PageParts parts;
  private final UrlScheme urls;

  SitesAssembler(ContentIndex index, PageParts parts, UrlScheme urls) {
    this.index = index;
    this.parts = parts;
    this.urls = urls;
  }

  PageTask task(String language) {
    return PageTask.html(
        index.cluster().portal(),
        urls.sitesPath(language),
        language,
        b -> page(language),
        PageInputs.ANYTHING,
        "sites.ftlh");
  }

  private SitesPage page(String language) {
    Site portal = index.cluster().portal();
    List<SitesPage.SiteEntry> entries =
        index
            .departmentSites()
            .map(
                d ->
                    new SitesPage.SiteEntry(
                        parts.siteName(d, language),
                        d.department(),
                        parts.homeUrlFor(d, language),
                        d.languages().stream()
                            .flatMap(l -> index.itemsOf(d, l).stream().limit(1))
                            .map(Item::published)
                            .max(Comparator.naturalOrder())
                            .map(parts::day)
                            .orElse(null)))
            .toList();
    Map<String, String> alternates = new TreeMap<>();
    portal.languages().forEach(l -> alternates.put(l, urls.sitesPath(l)));
    return new SitesPage(
        parts.context(
            "sites",
            portal,
            language,
            parts.title(language, "sites.title"),
            urls.sitesPath(language),
            alternates,
            null,
            List.of()),
        entries);
  }
}
