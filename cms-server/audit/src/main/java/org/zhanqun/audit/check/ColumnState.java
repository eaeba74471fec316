package org.zhanqun.audit.check;

import java.time.LocalDate;
import java.time.Period;
import org.zhanqun.model.site.Column;

/**
 * How up to date one column is as of the audit date, counting the items of its whole subtree in the
 * site's source language (what its list page shows).
 *
 * @param depth 0 for a top-level column
 * @param lastPublished the day of its newest item; null when it has none (empty)
 * @param ageDays days from {@code lastPublished} to the as-of date; -1 when empty
 * @param limit the category's update limit; null when it has none or is excluded
 * @param limitDays the limit in days counted back from the as-of date (P6M on 2026-11-16: 184); -1
 *     without a limit
 * @param stale whether it has items but the newest is older than as-of minus the limit
 * @param freshness 0 to 100 on the rules' curve; 0 when empty; -1 without a limit
 */
public record ColumnState(
    Column column,
    int depth,
    LocalDate lastPublished,
    long ageDays,
    Period limit,
    long limitDays,
    boolean stale,
    double freshness) {

  public boolean empty() {
    return lastPublished == null;
  }

  public boolean hasLimit() {
    return limit != null;
  }

  public boolean topLevel() {
    return depth == 0;
  }

  public String path() {
    return column.path();
  }
}
