package org.zhanqun.cms.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A site's freshness radar as of a day: every column's last update against its category's limit,
 * and the early warnings before the vetoes.
 *
 * @param asOf the day (cluster time zone) it is computed for: today by the server's clock
 * @param columns every column, depth first in display order
 * @param warnings the vetoes whose warning level is reached, in the rules' order
 */
public record FreshnessView(
    String site, LocalDate asOf, List<Column> columns, List<Warning> warnings) {

  /**
   * One column.
   *
   * @param id the column's id in the API
   * @param path codes from the top-level column down, e.g. {@code policy/normative}
   * @param name in the site's first language
   * @param depth 0 for a top-level column
   * @param lastUpdate the publication day of the newest item of the column and its sub-columns in
   *     the site's first language; null when it has none
   * @param limitDays the category's update limit in days counted back from {@code asOf}; null
   *     without a limit
   * @param daysLeft days until the limit runs out, negative when past it; null when empty or
   *     without a limit
   * @param state ok, due-soon, stale, empty or no-limit
   */
  public record Column(
      Long id,
      String code,
      String path,
      String name,
      String category,
      int depth,
      LocalDate lastUpdate,
      Long limitDays,
      Long daysLeft,
      String state) {}

  /**
   * An early warning.
   *
   * @param rule the veto rule it warns of
   * @param message in Chinese (the console's first language); {@code messages} has it in zh-CN and
   *     en
   * @param value days without a new item on the home page, or columns counted; null when the home
   *     page shows no item at all
   * @param warnAt the rule's warning level (the rules data's {@code warnAt}), same unit
   * @param vetoAt the veto level, same unit
   * @param vetoed whether the veto level is reached
   */
  public record Warning(
      String rule,
      String message,
      Map<String, String> messages,
      Long value,
      long warnAt,
      long vetoAt,
      boolean vetoed) {}
}
