package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.TRANSLATION_MISSING;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.ItemRef;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.item.Item;

/**
 * {@code translation-missing}: on a site offering several languages, a source-language item (of the
 * rule's {@code types}, in a column of its categories) without a visible version in another
 * language the site offers. One deduction per item and language; the finding names the missing
 * version (its would-be language) and links the source version.
 */
final class TranslationCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(TRANSLATION_MISSING);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(TRANSLATION_MISSING);
    List<String> languages = site.site().languages();
    if (enabled.isEmpty() || languages.size() < 2) {
      return List.of();
    }
    Rule rule = enabled.get();
    List<String> types = rule.parameters().texts("types");
    List<Finding> findings = new ArrayList<>();
    List<Item> sources =
        site.sourceItems().stream()
            .filter(i -> types.contains(i.type().code()))
            .filter(
                i -> site.column(i.column()).map(c -> rule.appliesTo(c.category())).orElse(false))
            .sorted(Comparator.comparing(Item::file))
            .toList();
    for (Item source : sources) {
      List<Item> group = site.cluster().group(source.reference());
      for (String language : languages.subList(1, languages.size())) {
        if (group.stream().noneMatch(i -> i.language().equals(language))) {
          ItemRef ref = site.ref(source);
          findings.add(
              site.finding(
                  rule,
                  ref.column(),
                  new ItemRef(ref.site(), ref.column(), ref.slug(), language),
                  site.itemUrl(source),
                  new Text(
                      "「"
                          + source.title()
                          + "」没有 "
                          + language
                          + " 版本（站点提供 "
                          + String.join("、", languages)
                          + "）",
                      "\""
                          + source.title()
                          + "\" has no "
                          + language
                          + " version (the site offers "
                          + String.join(", ", languages)
                          + ")"),
                  language + " version",
                  "none"));
        }
      }
    }
    return findings;
  }
}
