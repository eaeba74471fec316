package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.PROOFREADING_CATEGORIES;
import static org.zhanqun.audit.rule.RuleCatalog.PROOFREADING_RULES;
import static org.zhanqun.audit.rule.RuleCatalog.SEVERITIES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.ProofreadingEvidence;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Column;
import org.zhanqun.proofreading.Category;
import org.zhanqun.proofreading.Proofreader;

/**
 * {@code serious-error}, {@code classified-marking} and {@code personal-data}: the proofreader run
 * over the site's published items (every language, as the other checks see them: no draft, nothing
 * published after the as-of day), each of its findings counted by the rule whose {@code
 * proofreadingCategories} and {@code severities} name it, in a column of the rule's categories. One
 * audit finding per proofreader finding, with the field, line, text, suggestion and context;
 * personal data is masked in all of it.
 */
final class ProofreadingCheck implements Check {

  private static final Text NO_PROOFREADER =
      new Text(
          "未提供校对器（内置词库及内容目录的 proofreading.yaml）",
          "no proofreader was given (the built-in lists and the content folder's"
              + " proofreading.yaml)");

  @Override
  public List<String> rules() {
    return PROOFREADING_RULES;
  }

  @Override
  public Optional<Text> notEvaluated(ExternalEvidence evidence) {
    return evidence.proofreader().isPresent() ? Optional.empty() : Optional.of(NO_PROOFREADER);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    List<Rule> rules =
        PROOFREADING_RULES.stream().map(site::enabled).flatMap(Optional::stream).toList();
    Optional<Proofreader> proofreader = site.evidence().proofreader();
    if (rules.isEmpty() || proofreader.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (Item item : site.items().stream().sorted(Comparator.comparing(Item::file)).toList()) {
      Optional<Column> column = site.column(item.column());
      if (column.isEmpty()) {
        continue;
      }
      List<Rule> applying =
          rules.stream().filter(r -> r.appliesTo(column.get().category())).toList();
      if (applying.isEmpty()) {
        continue;
      }
      for (org.zhanqun.proofreading.Finding found : proofreader.get().check(item)) {
        applying.stream()
            .filter(rule -> counts(rule, found))
            .findFirst()
            .ifPresent(rule -> findings.add(finding(site, rule, item, found)));
      }
    }
    return findings;
  }

  private static boolean counts(Rule rule, org.zhanqun.proofreading.Finding found) {
    return rule.parameters().texts(PROOFREADING_CATEGORIES).contains(found.category().code())
        && rule.parameters().texts(SEVERITIES).contains(found.severity().code());
  }

  private static Finding finding(
      SiteContent site, Rule rule, Item item, org.zhanqun.proofreading.Finding found) {
    boolean personal = found.category() == Category.PERSONAL_DATA;
    String text = personal ? PersonalDataMask.mask(found.text()) : found.text();
    String context = PersonalDataMask.hideContext(found.context(), personal ? found.text() : null);
    String suggestion = PersonalDataMask.hideLongNumbers(found.suggestion());
    String title = item.title() == null ? "" : item.title();
    title =
        personal
            ? PersonalDataMask.hide(title, found.text())
            : PersonalDataMask.hideLongNumbers(title);
    ProofreadingEvidence where =
        new ProofreadingEvidence(
            found.category().code(),
            found.severity().code(),
            found.field(),
            found.line(),
            found.offset(),
            text,
            suggestion,
            context);
    int character = found.offset() + 1;
    Text evidence =
        new Text(
            "「"
                + title
                + "」"
                + found.field()
                + " 第 "
                + found.line()
                + " 行第 "
                + character
                + " 个字："
                + "「"
                + text
                + "」（"
                + found.category().code()
                + "）；建议："
                + suggestion
                + "；上下文：「"
                + context
                + "」",
            "\""
                + title
                + "\", "
                + found.field()
                + " line "
                + found.line()
                + ", character "
                + character
                + ": \""
                + text
                + "\" ("
                + found.category().code()
                + "); suggestion: "
                + suggestion
                + "; context: \""
                + context
                + "\"");
    return site.itemFinding(rule, item, evidence, suggestion, text).withProofreading(where);
  }
}
