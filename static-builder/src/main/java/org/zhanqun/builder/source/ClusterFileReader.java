package org.zhanqun.builder.source;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.SiteId;
import org.zhanqun.model.yaml.Problems;
import org.zhanqun.model.yaml.YamlDocument;
import org.zhanqun.model.yaml.YamlMap;

/** Reads {@code cluster.yaml} (docs/content-format.md, cluster.yaml). */
final class ClusterFileReader {

  private static final List<String> KEYS =
      List.of("id", "names", "baseUrl", "defaultLanguage", "languages", "timeZone", "sites");
  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  private ClusterFileReader() {}

  static ClusterSettings read(Path folder, Problems problems) {
    Path file = folder.resolve(ClusterSettings.FILE);
    if (!Files.isRegularFile(file)) {
      problems.add(0, "missing: the content folder needs a cluster.yaml");
      return unknown();
    }
    Optional<YamlMap> root;
    try {
      root =
          YamlDocument.compose(Files.readString(file), 1, problems)
              .flatMap(node -> YamlMap.of(node, "", ClusterSettings.FILE, 1, problems));
    } catch (IOException e) {
      problems.add(0, "cannot be read: " + e.getMessage());
      return unknown();
    }
    if (root.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(1, "is empty");
      }
      return unknown();
    }
    return read(root.get());
  }

  private static ClusterSettings unknown() {
    return new ClusterSettings(null, null, null, null, List.of(), null, List.of(), Map.of(), 0);
  }

  private static ClusterSettings read(YamlMap yaml) {
    yaml.allowOnly(KEYS);
    String id = yaml.requiredText("id").orElse(null);
    List<String> languages = LanguageTags.readList(yaml, List.of());
    LocalizedText names =
        LanguageTags.names(yaml, "names", languages, "the cluster", 200).orElse(null);
    URI baseUrl = yaml.requiredText("baseUrl").flatMap(text -> baseUrl(yaml, text)).orElse(null);
    String defaultLanguage =
        yaml.requiredText("defaultLanguage")
            .flatMap(
                text -> {
                  Optional<String> tag = LanguageTags.canonical(text);
                  if (tag.isEmpty()) {
                    yaml.problem("defaultLanguage", LanguageTags.refusal(text));
                  } else if (!languages.isEmpty() && !languages.contains(tag.get())) {
                    yaml.problem(
                        "defaultLanguage",
                        tag.get()
                            + " is not one of languages ("
                            + String.join(", ", languages)
                            + ")");
                    return Optional.empty();
                  }
                  return tag;
                })
            .orElse(null);
    ZoneId zone =
        yaml.requiredText("timeZone")
            .flatMap(
                text -> {
                  if (!ZONES.contains(text)) {
                    yaml.problem(
                        "timeZone",
                        "'" + text + "' is not an IANA time zone such as Asia/Shanghai");
                    return Optional.empty();
                  }
                  return Optional.of(ZoneId.of(text));
                })
            .orElse(null);
    List<String> sites = new ArrayList<>();
    Map<String, Integer> siteLines = new LinkedHashMap<>();
    if (!yaml.has("sites")) {
      yaml.missing("sites");
    }
    for (Node element : yaml.sequence("sites").orElse(List.of())) {
      yaml.text(element, "sites")
          .ifPresent(
              site -> {
                int line = yaml.line(element);
                Parsed<SiteId> siteId = SiteId.parse(site);
                if (!siteId.isValid()) {
                  yaml.problems().add(line, "sites: " + siteId.reason().orElseThrow());
                } else if (siteLines.containsKey(site)) {
                  yaml.problems().add(line, "sites: '" + site + "' is listed twice");
                } else {
                  sites.add(site);
                  siteLines.put(site, line);
                }
              });
    }
    return new ClusterSettings(
        id, names, baseUrl, defaultLanguage, languages, zone, sites, siteLines, yaml.line("sites"));
  }

  private static Optional<URI> baseUrl(YamlMap yaml, String text) {
    try {
      URI uri = new URI(text);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null
          || uri.getQuery() != null
          || uri.getFragment() != null
          || !text.endsWith("/")) {
        yaml.problem("baseUrl", "'" + text + "' is not an http:// or https:// URL ending in '/'");
        return Optional.empty();
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      yaml.problem("baseUrl", "'" + text + "' is not a URL: " + e.getReason());
      return Optional.empty();
    }
  }
}
