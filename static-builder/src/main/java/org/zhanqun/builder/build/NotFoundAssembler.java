package org.zhanqun.builder.build;

import java.util.List;
import java.util.Map;
import org.zhanqun.builder.output.OutputFormat;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.NotFoundPage;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Site;

/**
 * The cluster's one 404 page: a file of the cluster's own, in its default language with the
 * portal's theme and navigation.
 */
final class NotFoundAssembler {

  private final PageParts parts;
  private final UrlScheme urls;
  private final Cluster cluster;

  NotFoundAssembler(ContentIndex index, PageParts parts, UrlScheme urls) {
    this.parts = parts;
    this.urls = urls;
    this.cluster = index.cluster();
  }

  PageTask task() {
    Site portal = cluster.portal();
    String language = cluster.defaultLanguage();
    return new PageTask(
        urls.notFoundPath(),
        "",
        portal.theme(),
        OutputFormat.html("404.ftlh"),
        language,
        b ->
            new NotFoundPage(
                parts.context(
                    "notfound",
                    portal,
                    language,
                    parts.title(language, "notfound.title"),
                    urls.notFoundPath(),
                    Map.of(),
                    null,
                    List.of())),
        PageInputs.ANYTHING);
  }
}
