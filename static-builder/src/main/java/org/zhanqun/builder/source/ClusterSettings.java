package org.zhanqun.builder.source;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.zhanqun.model.site.LocalizedText;

/**
 * What {@code cluster.yaml} says, as far as it could be read: a value that is missing or invalid is
 * null (a list: empty), and a problem has been reported for it.
 *
 * @param languages canonical tags; empty when not known
 * @param sites the site ids in display order
 * @param siteLines the line in {@code cluster.yaml} of each site id
 * @param sitesLine the line of the {@code sites} key
 */
record ClusterSettings(
    String id,
    LocalizedText names,
    URI baseUrl,
    String defaultLanguage,
    List<String> languages,
    ZoneId timeZone,
    List<String> sites,
    Map<String, Integer> siteLines,
    int sitesLine) {

  static final String FILE = "cluster.yaml";

  /** The zone to read dates in: the cluster's, or UTC (only to go on checking) when unknown. */
  ZoneId zoneOrUtc() {
    return timeZone != null ? timeZone : ZoneId.of("UTC");
  }
}
