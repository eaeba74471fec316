package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.COLUMNS_NOT_UPDATED;
import static org.zhanqun.audit.rule.RuleCatalog.COLUMN_STALE;
import static org.zhanqun.audit.rule.RuleCatalog.EMPTY_COLUMNS;
import static org.zhanqun.audit.rule.RuleCatalog.HOME_NOT_UPDATED;
import static org.zhanqun.audit.rule.RuleCatalog.INTERACTION_UNANSWERED;
import static org.zhanqun.audit.rule.RuleCatalog.SHOULD_UPDATE_COLUMNS_STALE;
import static org.zhanqun.audit.rule.RuleCatalog.WARN_AT;
import static org.zhanqun.audit.rule.RuleCatalog.WARN_WITHIN;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.item.Item;

/**
 * The freshness radar of one site as of a day: every column's last update, limit and days left, and
 * early warnings before the vetoes that count column dates ({@code home-not-updated}, {@code
 * empty-columns}, {@code columns-not-updated}, {@code should-update-columns-stale}), each at its
 * rule's {@code warnAt}, and, with the server's interaction record, before {@code
 * interaction-unanswered} (letters waiting longer than its {@code warnAt}). Reads only the column
 * dates the checks read; checks no link. Immutable.
 *
 * @param columns every column, depth first in display order
 * @param warnings the vetoes whose warning level is reached (or passed), in the rules' order
 */
public record FreshnessRadar(List<RadarColumn> columns, List<Warning> warnings) {

  public FreshnessRadar {
    columns = List.copyOf(columns);
    warnings = List.copyOf(warnings);
  }

  /** How fresh a column is for its editors. */
  public enum State {
    /** Within its limit, not yet due soon. */
    OK("ok"),
    /** Its limit runs out within {@code column-stale}'s {@code warnWithin}. */
    DUE_SOON("due-soon"),
    /** Past its limit. */
    STALE("stale"),
    /** No item ever (in the site's source language). */
    EMPTY("empty"),
    /** Has items; its category has no update limit. */
    NO_LIMIT("no-limit");

    private final String code;

    State(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * One column.
   *
   * @param state the column as {@link ColumnState} has it, with days left
   * @param limitDays the limit counted back from the as-of day; null without a limit
   * @param daysLeft days until the limit runs out (negative when past it); null when empty or
   *     without a limit
   */
  public record RadarColumn(ColumnState state, Long limitDays, Long daysLeft, State freshness) {}

  /**
   * An early warning.
   *
   * @param rule the veto rule
   * @param value days without a new item on the home page, columns counted, or days the oldest
   *     letter has waited for a reply; null when the home page shows no item at all
   * @param warnAt the rule's warning level, in the same unit
   * @param vetoAt the rule's veto level, in the same unit
   * @param vetoed whether the veto level is reached
   */
  public record Warning(
      String rule, Text message, Long value, long warnAt, long vetoAt, boolean vetoed) {}

  /** The radar of {@code site} as of its as-of day. */
  public static FreshnessRadar of(SiteContent site) {
    Optional<Period> dueSoon =
        site.enabled(COLUMN_STALE).map(r -> r.parameters().period(WARN_WITHIN));
    List<RadarColumn> columns = new ArrayList<>();
    for (ColumnState c : site.columns()) {
      columns.add(column(site.asOf(), c, dueSoon));
    }
    List<Warning> warnings = new ArrayList<>();
    site.enabled(HOME_NOT_UPDATED).flatMap(rule -> home(site, rule)).ifPresent(warnings::add);
    site.enabled(EMPTY_COLUMNS)
        .flatMap(
            rule ->
                count(rule, EmptyColumnCheck.empty(site, rule), new Text("个空白栏目", "empty columns")))
        .ifPresent(warnings::add);
    site.enabled(COLUMNS_NOT_UPDATED)
        .flatMap(
            rule ->
                count(
                    rule,
                    ColumnUpdateCheck.staleCounted(site, rule),
                    new Text(
                        "个栏目超期未更新（通知公告、政策文件只计一级栏目）",
                        "columns past their limit (top-level notice and policy columns)")))
        .ifPresent(warnings::add);
    site.enabled(SHOULD_UPDATE_COLUMNS_STALE)
        .flatMap(
            rule ->
                count(
                    rule,
                    ColumnUpdateCheck.staleCounted(site, rule),
                    new Text("个应更新栏目超期未更新", "columns that should be updated are past their limit")))
        .ifPresent(warnings::add);
    site.enabled(INTERACTION_UNANSWERED)
        .flatMap(
            rule -> site.evidence().interaction().flatMap(data -> unanswered(site, data, rule)))
        .ifPresent(warnings::add);
    return new FreshnessRadar(columns, warnings);
  }

  /**
   * The letters waiting longer than {@code interaction-unanswered}'s {@code warnAt}: the value is
   * the days the oldest has waited; vetoed when one has waited more than {@code unansweredLimit}.
   * Only with the server's interaction record.
   */
  private static Optional<Warning> unanswered(SiteContent site, InteractionRecord data, Rule rule) {
    LocalDate asOf = site.asOf();
    Period limit = rule.parameters().period("unansweredLimit");
    List<InteractionRecord.Letter> waiting =
        InteractionCheck.unanswered(site, data, rule.parameters().period(WARN_AT), rule);
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    long warnAt = days(asOf, rule.parameters().period(WARN_AT));
    long vetoAt = days(asOf, limit);
    long oldest = ChronoUnit.DAYS.between(waiting.get(0).received(), asOf);
    boolean vetoed = !InteractionCheck.unanswered(site, data, limit, rule).isEmpty();
    List<String> letters =
        waiting.stream()
            .map(
                l ->
                    l.number()
                        + " "
                        + l.received()
                        + " ("
                        + ChronoUnit.DAYS.between(l.received(), asOf)
                        + ")")
            .toList();
    return Optional.of(
        new Warning(
            rule.id(),
            new Text(
                waiting.size()
                    + " 封信件等待答复超过 "
                    + Wording.period(rule.parameters().period(WARN_AT)).zh()
                    + "（否决 "
                    + Wording.period(limit).zh()
                    + "）："
                    + String.join("，", letters),
                Wording.plural(waiting.size(), "letter")
                    + " waiting for a reply more than "
                    + Wording.period(rule.parameters().period(WARN_AT)).en()
                    + " (veto after "
                    + Wording.period(limit).en()
                    + "): "
                    + String.join(", ", letters)),
            oldest,
            warnAt,
            vetoAt,
            vetoed));
  }

  private static RadarColumn column(LocalDate asOf, ColumnState c, Optional<Period> dueSoon) {
    Long limitDays = c.hasLimit() ? c.limitDays() : null;
    if (c.empty()) {
      return new RadarColumn(c, limitDays, null, State.EMPTY);
    }
    if (!c.hasLimit()) {
      return new RadarColumn(c, null, null, State.NO_LIMIT);
    }
    long daysLeft = c.limitDays() - c.ageDays();
    State state;
    if (c.stale()) {
      state = State.STALE;
    } else if (dueSoon.isPresent()
        && !c.lastPublished().plus(c.limit()).isAfter(asOf.plus(dueSoon.get()))) {
      state = State.DUE_SOON;
    } else {
      state = State.OK;
    }
    return new RadarColumn(c, limitDays, daysLeft, state);
  }

  private static Optional<Warning> home(SiteContent site, Rule rule) {
    LocalDate asOf = site.asOf();
    long vetoAt = days(asOf, rule.parameters().period("window"));
    long warnAt = days(asOf, rule.parameters().period(WARN_AT));
    Optional<Item> newest = HomePageCheck.newest(site, rule);
    if (newest.isEmpty()) {
      return Optional.of(
          new Warning(
              rule.id(),
              new Text("首页没有任何带发布日期的内容", "the home page shows no item with a publication date"),
              null,
              warnAt,
              vetoAt,
              true));
    }
    LocalDate last = site.cluster().publishedOn(newest.get());
    long age = ChronoUnit.DAYS.between(last, asOf);
    if (age < warnAt) {
      return Optional.empty();
    }
    // the veto: nothing published on or after as-of minus the window
    boolean vetoed = last.isBefore(asOf.minus(rule.parameters().period("window")));
    return Optional.of(
        new Warning(
            rule.id(),
            new Text(
                "首页已 " + age + " 天没有新内容（最近 " + last + "；预警 " + warnAt + " 天，否决 " + vetoAt + " 天）",
                "no new item on the home page for "
                    + age
                    + " days (last "
                    + last
                    + "; warning at "
                    + warnAt
                    + ", veto at "
                    + vetoAt
                    + " days)"),
            age,
            warnAt,
            vetoAt,
            vetoed));
  }

  private static Optional<Warning> count(Rule rule, List<ColumnState> counted, Text what) {
    int warnAt = rule.parameters().count(WARN_AT);
    int vetoAt = rule.parameters().count("vetoCount");
    if (counted.size() < warnAt) {
      return Optional.empty();
    }
    List<String> paths = counted.stream().map(ColumnState::path).toList();
    return Optional.of(
        new Warning(
            rule.id(),
            new Text(
                counted.size()
                    + " "
                    + what.zh()
                    + "（预警 "
                    + warnAt
                    + " 个，否决 "
                    + vetoAt
                    + " 个）："
                    + String.join("，", paths),
                counted.size()
                    + " "
                    + what.en()
                    + " (warning at "
                    + warnAt
                    + ", veto at "
                    + vetoAt
                    + "): "
                    + String.join(", ", paths)),
            (long) counted.size(),
            warnAt,
            vetoAt,
            counted.size() >= vetoAt));
  }

  /** A period in days counted back from the as-of day, as the checks count limits. */
  private static long days(LocalDate asOf, Period period) {
    return ChronoUnit.DAYS.between(asOf.minus(period), asOf);
  }
}
