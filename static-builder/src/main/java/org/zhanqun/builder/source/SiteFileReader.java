package org.zhanqun.builder.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.SiteCode;
import org.zhanqun.model.site.SiteKind;
import org.zhanqun.model.site.SitePath;
import org.zhanqun.model.yaml.Problems;
import org.zhanqun.model.yaml.Texts;
import org.zhanqun.model.yaml.YamlDocument;
import org.zhanqun.model.yaml.YamlMap;

/** Reads a site's {@code site.yaml} (docs/content-format.md, site.yaml). */
final class SiteFileReader {

  private static final List<String> KEYS =
      List.of("kind", "names", "department", "path", "theme", "languages", "identification");
  private static final List<String> IDENTIFICATION_KEYS =
      List.of("siteCode", "icp", "publicSecurity", "contact");
  private static final List<String> CONTACT_KEYS = List.of("phone", "email", "address");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private SiteFileReader() {}

  /**
   * @param clusterLanguages empty when not known
   */
  static SiteSettings read(
      Path siteFolder, String id, List<String> clusterLanguages, Problems problems) {
    Path file = siteFolder.resolve(SiteSettings.FILE);
    SiteSettings unknown =
        new SiteSettings(id, null, null, null, null, null, List.of(), Identification.NONE, 0, 0);
    if (!Files.isRegularFile(file)) {
      problems.add(0, "missing: every site folder needs a site.yaml");
      return unknown;
    }
    try {
      return YamlDocument.compose(Files.readString(file), 1, problems)
          .flatMap(node -> YamlMap.of(node, "", SiteSettings.FILE, 1, problems))
          .map(yaml -> read(yaml, id, clusterLanguages))
          .orElseGet(
              () -> {
                if (problems.isEmpty()) {
                  problems.add(1, "is empty");
                }
                return unknown;
              });
    } catch (IOException e) {
      problems.add(0, "cannot be read: " + e.getMessage());
      return unknown;
    }
  }

  private static SiteSettings read(YamlMap yaml, String id, List<String> clusterLanguages) {
    yaml.allowOnly(KEYS);
    SiteKind kind =
        yaml.requiredText("kind")
            .flatMap(
                text -> {
                  switch (text) {
                    case "portal":
                      return Optional.of(SiteKind.PORTAL);
                    case "department":
                      return Optional.of(SiteKind.DEPARTMENT);
                    default:
                      yaml.problem("kind", "'" + text + "' is neither portal nor department");
                      return Optional.empty();
                  }
                })
            .orElse(null);
    List<String> languages = LanguageTags.readList(yaml, clusterLanguages);
    LocalizedText names =
        LanguageTags.names(yaml, "names", languages, "the site", 200)
            .filter(
                n -> {
                  if (!languages.isEmpty()
                      && !n.has(languages.get(0))
                      && !n.byLanguage().isEmpty()) {
                    yaml.problem(
                        "names", "must include the site's first language, " + languages.get(0));
                  }
                  return true;
                })
            .orElse(null);
    String department =
        yaml.requiredText("department")
            .filter(text -> Texts.fits(yaml, "department", text, 200))
            .orElse(null);
    String path = path(yaml, kind);
    String theme = yaml.requiredText("theme").orElse(null);
    Identification identification =
        yaml.has("identification")
            ? yaml.map("identification").map(SiteFileReader::identification).orElse(null)
            : Identification.NONE;
    return new SiteSettings(
        id,
        kind,
        names,
        department,
        path,
        theme,
        languages,
        identification,
        yaml.line("kind"),
        yaml.line("path"));
  }

  private static String path(YamlMap yaml, SiteKind kind) {
    if (!yaml.has("path")) {
      // "path:" alone is YAML null, which a portal may mean as ""
      if (kind == SiteKind.PORTAL && yaml.keys().contains("path")) {
        return "";
      }
      yaml.missing("path");
      return null;
    }
    Optional<String> path = yaml.text("path");
    if (path.isEmpty()) {
      return null;
    }
    String text = path.get();
    Parsed<SitePath> sitePath = SitePath.parse(text);
    if (!sitePath.isValid()) {
      yaml.problem("path", sitePath.reason().orElseThrow());
      return null;
    }
    if (kind == SiteKind.PORTAL && !text.isEmpty()) {
      yaml.problem("path", "the portal is published at the base URL: its path is \"\"");
      return null;
    }
    if (kind == SiteKind.DEPARTMENT && text.isEmpty()) {
      yaml.problem("path", "only the portal has the path \"\"; a department needs one, e.g. fgw/");
      return null;
    }
    return text;
  }

  private static Identification identification(YamlMap yaml) {
    yaml.allowOnly(IDENTIFICATION_KEYS);
    String siteCode = yaml.value("siteCode", SiteCode::parse).map(SiteCode::value).orElse(null);
    String icp = optional(yaml, "icp", 100);
    String publicSecurity = optional(yaml, "publicSecurity", 100);
    Optional<YamlMap> contact = yaml.map("contact");
    contact.ifPresent(c -> c.allowOnly(CONTACT_KEYS));
    String phone = contact.map(c -> optional(c, "phone", 50)).orElse(null);
    String address = contact.map(c -> optional(c, "address", 500)).orElse(null);
    String email =
        contact
            .map(c -> optional(c, "email", 200))
            .filter(
                mail -> {
                  if (!EMAIL.matcher(mail).matches()) {
                    contact.get().problem("email", "'" + mail + "' is not an e-mail address");
                    return false;
                  }
                  return true;
                })
            .orElse(null);
    return new Identification(siteCode, icp, publicSecurity, phone, email, address);
  }

  private static String optional(YamlMap yaml, String key, int max) {
    return yaml.text(key)
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .filter(text -> Texts.fits(yaml, key, text, max))
        .orElse(null);
  }
}
