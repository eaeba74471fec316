package org.zhanqun.audit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How fresh one column with an update limit is.
 *
 * @param column the column's path in its site
 * @param lastPublished null when empty
 * @param ageDays days since {@code lastPublished}; null when empty
 * @param limit ISO period, e.g. {@code P14D}
 * @param limitDays the limit counted back from the as-of date, in days
 * @param freshness 0 to 100 on the rules' curve (0 when empty), one decimal
 */
public record ColumnFreshness(
    String column,
    String category,
    LocalDate lastPublished,
    Long ageDays,
    String limit,
    long limitDays,
    boolean stale,
    boolean empty,
    BigDecimal freshness) {}
