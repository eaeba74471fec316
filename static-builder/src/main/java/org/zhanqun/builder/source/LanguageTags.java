package org.zhanqun.builder.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.zhanqun.builder.site.LocalizedText;

/**
 * BCP 47 language tags as the content format accepts them (docs/content-format.md, Language tags):
 * a language of 2–3 letters, an optional script of 4 letters and an optional region of 2 letters or
 * 3 digits, in any case on input and canonicalised ({@code zh-cn} → {@code zh-CN}). Extensions,
 * private use and underscores are refused.
 */
final class LanguageTags {

  private static final Pattern TAG =
      Pattern.compile("([a-zA-Z]{2,3})(?:-([a-zA-Z]{4}))?(?:-([a-zA-Z]{2}|[0-9]{3}))?");

  private LanguageTags() {}

  /** The canonical form of {@code tag}, empty when it is not an accepted tag. */
  static Optional<String> canonical(String tag) {
    Matcher m = TAG.matcher(tag);
    if (!m.matches()) {
      return Optional.empty();
    }
    StringBuilder canonical = new StringBuilder(m.group(1).toLowerCase(Locale.ROOT));
    if (m.group(2) != null) {
      canonical
          .append('-')
          .append(m.group(2).substring(0, 1).toUpperCase(Locale.ROOT))
          .append(m.group(2).substring(1).toLowerCase(Locale.ROOT));
    }
    if (m.group(3) != null) {
      canonical.append('-').append(m.group(3).toUpperCase(Locale.ROOT));
    }
    return Optional.of(canonical.toString());
  }

  /** Why {@code tag} is refused. */
  static String refusal(String tag) {
    String hint = tag.contains("_") ? ": use '-', not '_'" : "";
    return "'"
        + tag
        + "' is not a language tag such as zh-CN, en or zh-Hant-TW (language, optional script,"
        + " optional region; no extensions)"
        + hint;
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
