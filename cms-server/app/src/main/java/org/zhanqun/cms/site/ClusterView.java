package org.zhanqun.cms.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.model.site.Language;

/** The cluster as the API shows it. */
public record ClusterView(
    String id,
    Map<String, String> names,
    String baseUrl,
    String defaultLanguage,
    List<String> languages,
    String timeZone,
    int version) {

  static ClusterView of(Cluster cluster) {
    return new ClusterView(
        cluster.id(),
        new TreeMap<>(cluster.names()),
        cluster.baseUrl(),
        cluster.defaultLanguage().tag(),
        cluster.languages().stream().map(Language::tag).toList(),
        cluster.timeZone().getId(),
        cluster.version());
  }
}
