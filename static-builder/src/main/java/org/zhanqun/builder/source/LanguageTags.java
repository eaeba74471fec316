package org.zhanqun.builder.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.zhanqun.model.site.Language;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.yaml.Texts;
import org.zhanqun.model.yaml.YamlMap;

/**
 * Reads language tags ({@link Language}) and texts by language from YAML, reporting each refused
 * tag with its line.
 */
final class LanguageTags {

  private LanguageTags() {}

  /** The canonical form of {@code tag}, empty when it is not an accepted tag. */
  static Optional<String> canonical(String tag) {
    return Language.parse(tag).value().map(Language::tag);
  }

  /** Why {@code tag} is refused. */
  static String refusal(String tag) {
    return Language.parse(tag).reason().orElse("");
  }

  /**
   * Reads a map of language → text under {@code key}, each text non-blank and at most {@code
   * maxLength} characters.
   *
   * @param languages the languages the keys must be among; empty when not known (then any valid tag
   *     is accepted)
   * @param whose for the message: "the cluster", "the site"
   */
  static Optional<LocalizedText> names(
      YamlMap map, String key, List<String> languages, String whose, int maxLength) {
    if (!map.has(key)) {
      map.missing(key);
      return Optional.empty();
    }
    return map.map(key)
        .map(
            names -> {
              Map<String, String> byLanguage = new LinkedHashMap<>();
              for (String written : names.keys()) {
                Optional<String> language = canonical(written);
                if (language.isEmpty()) {
                  names
                      .problems()
                      .add(names.line(written), names.path(written) + ": " + refusal(written));
                  continue;
                }
                if (!languages.isEmpty() && !languages.contains(language.get())) {
                  names
                      .problems()
                      .add(
                          names.line(written),
                          names.path(written)
                              + ": "
                              + language.get()
                              + " is not a language of "
                              + whose
                              + " ("
                              + String.join(", ", languages)
                              + ")");
                  continue;
                }
                names
                    .requiredText(written)
                    .filter(text -> Texts.fits(names, written, text, maxLength))
                    .ifPresent(text -> byLanguage.put(language.get(), text));
              }
              if (names.keys().isEmpty()) {
                map.problem(key, "must give a name in at least one language");
              }
              return new LocalizedText(byLanguage);
            });
  }

  /**
   * The {@code languages} list of {@code yaml}, canonical and without duplicates; each problem is
   * reported with its line. {@code allowed}, when not empty, is the only languages it may name (a
   * site's must be the cluster's). Empty when the list is missing or invalid.
   */
  static List<String> readList(YamlMap yaml, List<String> allowed) {
    if (!yaml.has("languages")) {
      yaml.missing("languages");
      return List.of();
    }
    List<String> languages = new ArrayList<>();
    boolean valid = true;
    for (Node element : yaml.sequence("languages").orElse(List.of())) {
      Optional<String> written = yaml.text(element, "languages");
      if (written.isEmpty()) {
        valid = false;
        continue;
      }
      Optional<String> tag = canonical(written.get());
      int line = yaml.line(element);
      if (tag.isEmpty()) {
        yaml.problems().add(line, "languages: " + refusal(written.get()));
        valid = false;
      } else if (!allowed.isEmpty() && !allowed.contains(tag.get())) {
        yaml.problems()
            .add(
                line,
                "languages: "
                    + tag.get()
                    + " is not a language of the cluster ("
                    + String.join(", ", allowed)
                    + ")");
        valid = false;
      } else if (languages.contains(tag.get())) {
        yaml.problems().add(line, "languages: " + tag.get() + " is listed twice");
      } else {
        languages.add(tag.get());
      }
    }
    if (languages.isEmpty() && valid) {
      yaml.problem("languages", "must list at least one language");
    }
    return valid ? languages : List.of();
  }
}
