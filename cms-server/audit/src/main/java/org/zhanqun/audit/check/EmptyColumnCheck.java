package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.COLUMN_EMPTY;
import static org.zhanqun.audit.rule.RuleCatalog.EMPTY_COLUMNS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;

/**
 * Columns that never had content (空白栏目): no visible item in the column or its sub-columns, in the
 * site's source language. {@code empty-columns} vetoes at {@code vetoCount}; below it each empty
 * column is a {@code column-empty} deduction.
 */
final class EmptyColumnCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(EMPTY_COLUMNS, COLUMN_EMPTY);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    List<Finding> findings = new ArrayList<>();
    boolean vetoed = false;
    Optional<Rule> veto = site.enabled(EMPTY_COLUMNS);
    if (veto.isPresent()) {
      List<ColumnState> empty = empty(site, veto.get());
      int threshold = veto.get().parameters().count("vetoCount");
      if (!empty.isEmpty() && empty.size() >= threshold) {
        vetoed = true;
        List<String> paths =
            empty.stream().map(c -> c.path() + " (" + c.column().category().code() + ")").toList();
        findings.add(
            site.finding(
                veto.get(),
                null,
                null,
                site.homeUrl(),
                new Text(
                    empty.size() + " 个空白栏目（否决线 " + threshold + " 个）：" + String.join("，", paths),
                    empty.size()
                        + " empty columns (veto at "
                        + threshold
                        + "): "
                        + String.join(", ", paths)),
                "fewer than " + threshold + " empty columns",
                empty.size()
                    + " empty columns: "
                    + String.join(", ", empty.stream().map(ColumnState::path).toList())));
      }
    }
    if (!vetoed) {
      site.enabled(COLUMN_EMPTY)
          .ifPresent(
              rule ->
                  empty(site, rule).stream()
                      .map(
                          c ->
                              site.finding(
                                  rule,
                                  c.path(),
                                  null,
                                  site.columnUrl(c.column()),
                                  new Text(
                                      "栏目「"
                                          + c.path()
                                          + "」（"
                                          + c.column().category().code()
                                          + "）截至 "
                                          + site.asOf()
                                          + " 没有任何内容",
                                      "column "
                                          + c.path()
                                          + " ("
                                          + c.column().category().code()
                                          + ") has had no item up to "
                                          + site.asOf()),
                                  "at least one item",
                                  "no item"))
                      .forEach(findings::add));
    }
    return findings;
  }

  /** The empty columns the rule counts. */
  static List<ColumnState> empty(SiteContent site, Rule rule) {
    return site.columns().stream()
        .filter(ColumnState::empty)
        .filter(c -> rule.appliesTo(c.column().category()))
        .toList();
  }
}
