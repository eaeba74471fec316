package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.COLUMNS_NOT_UPDATED;
import static org.zhanqun.audit.rule.RuleCatalog.COLUMN_STALE;
import static org.zhanqun.audit.rule.RuleCatalog.SHOULD_UPDATE_COLUMNS_STALE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;

/**
 * Columns past their category's update limit (栏目不更新). Two vetoes count them: {@code
 * columns-not-updated} (its categories, top-level only for those in {@code topLevelOnly}; veto at
 * {@code vetoCount}) and {@code should-update-columns-stale} (every category with a limit; veto at
 * its {@code vetoCount}). Below those counts each stale column is a {@code column-stale} deduction;
 * a column a veto already counts is not deducted again.
 */
final class ColumnUpdateCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(COLUMNS_NOT_UPDATED, SHOULD_UPDATE_COLUMNS_STALE, COLUMN_STALE);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    List<Finding> findings = new ArrayList<>();
    Set<String> coveredByVeto = new HashSet<>();
    Optional<Rule> main = site.enabled(COLUMNS_NOT_UPDATED);
    if (main.isPresent()) {
      veto(site, main.get(), staleCounted(site, main.get()), coveredByVeto)
          .ifPresent(findings::add);
    }
    Optional<Rule> all = site.enabled(SHOULD_UPDATE_COLUMNS_STALE);
    if (all.isPresent()) {
      veto(site, all.get(), staleCounted(site, all.get()), coveredByVeto).ifPresent(findings::add);
    }
    site.enabled(COLUMN_STALE)
        .ifPresent(
            rule ->
                site.columns().stream()
                    .filter(ColumnState::stale)
                    .filter(c -> rule.appliesTo(c.column().category()))
                    .filter(c -> !coveredByVeto.contains(c.path()))
                    .map(c -> stale(site, rule, c))
                    .forEach(findings::add));
    return findings;
  }

  /**
   * The stale columns a veto rule counts: of its categories; for {@code columns-not-updated} only
   * top-level ones of the categories in its {@code topLevelOnly}.
   */
  static List<ColumnState> staleCounted(SiteContent site, Rule rule) {
    List<String> topLevelOnly =
        rule.id().equals(COLUMNS_NOT_UPDATED) ? rule.parameters().texts("topLevelOnly") : List.of();
    return site.columns().stream()
        .filter(ColumnState::stale)
        .filter(c -> rule.appliesTo(c.column().category()))
        .filter(c -> c.topLevel() || !topLevelOnly.contains(c.column().category().code()))
        .toList();
  }

  private static Optional<Finding> veto(
      SiteContent site, Rule rule, List<ColumnState> counted, Set<String> coveredByVeto) {
    int threshold = rule.parameters().count("vetoCount");
    if (counted.size() < threshold || counted.isEmpty()) {
      return Optional.empty();
    }
    counted.forEach(c -> coveredByVeto.add(c.path()));
    String en =
        String.join(
            "; ",
            counted.stream()
                .map(
                    c ->
                        c.path()
                            + " last "
                            + c.lastPublished()
                            + " ("
                            + c.ageDays()
                            + " days, limit "
                            + Wording.period(c.limit()).en()
                            + ")")
                .toList());
    String zh =
        String.join(
            "；",
            counted.stream()
                .map(
                    c ->
                        c.path()
                            + " 最近 "
                            + c.lastPublished()
                            + "（"
                            + c.ageDays()
                            + " 天，期限 "
                            + Wording.period(c.limit()).zh()
                            + "）")
                .toList());
    return Optional.of(
        site.finding(
            rule,
            null,
            null,
            site.homeUrl(),
            new Text(
                counted.size() + " 个栏目超期未更新（否决线 " + threshold + " 个）：" + zh,
                counted.size()
                    + " columns past their update limit (veto at "
                    + threshold
                    + "): "
                    + en),
            "fewer than " + threshold + " stale columns",
            counted.size()
                + " stale columns: "
                + String.join(", ", counted.stream().map(ColumnState::path).toList())));
  }

  private static Finding stale(SiteContent site, Rule rule, ColumnState c) {
    Text limit = Wording.period(c.limit());
    return site.finding(
        rule,
        c.path(),
        null,
        site.columnUrl(c.column()),
        new Text(
            "最近更新 "
                + c.lastPublished()
                + "，距检查日 "
                + site.asOf()
                + " 已 "
                + c.ageDays()
                + " 天，更新期限 "
                + limit.zh()
                + "（"
                + c.limitDays()
                + " 天）",
            "last update "
                + c.lastPublished()
                + ", "
                + c.ageDays()
                + " days before "
                + site.asOf()
                + ", limit "
                + limit.en()
                + " ("
                + c.limitDays()
                + " days)"),
        "new item within " + c.limit() + " (since " + site.asOf().minus(c.limit()) + ")",
        "last item " + c.lastPublished() + " (" + c.ageDays() + " days)");
  }
}
