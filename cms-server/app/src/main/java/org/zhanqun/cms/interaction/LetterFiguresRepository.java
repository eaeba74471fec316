package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhanqun.cms.interaction.LetterRepository.SiteFigures;

/**
 * The statistics' figures per responsible site, counted from the letters or kept per whole past
 * month ({@code letter_month_figures}): a month is counted once and kept until a step on one of its
 * letters forgets it ({@link #forgetMonthOf}, in the step's transaction), so statistics over years
 * of letters read a few rows per month. The current month is always counted afresh: new letters
 * arrive in it without forgetting anything, so that submissions never touch these tables.
 */
@ApplicationScoped
class LetterFiguresRepository {

  private static final String AWAITING = "('received','accepted','in-review')";
  private static final String SATISFIED = "('satisfied','basically-satisfied')";

  /**
   * The figures' columns over the letters, in the order of {@link SiteFigures}; a sum over no
   * matching row is 0, not NULL (a month without a rating).
   */
  private static final String COUNTS =
      "COUNT(*), COALESCE(SUM(replied_on IS NOT NULL), 0), COALESCE(SUM(on_time = 1), 0),"
          + " COALESCE(SUM(working_days_to_reply), 0), COUNT(working_days_to_reply),"
          + " COALESCE(SUM(published_on IS NOT NULL), 0), COUNT(rating),"
          + " COALESCE(SUM(rating IN "
          + SATISFIED
          + "), 0)";

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  /** Forgets the kept figures of the month of {@code received}: a letter of it is changing. */
  void forgetMonthOf(LocalDate received) {
    em.createNativeQuery("DELETE FROM letter_month_computed WHERE month = ?")
        .setParameter(1, Date.valueOf(received.withDayOfMonth(1)))
        .executeUpdate();
  }

  /** The figures of the letters received from {@code start} to {@code end}, counted now. */
  List<SiteFigures> counted(String site, LocalDate start, LocalDate end) {
    Query query =
        em.createNativeQuery(
            // by day of receipt: the index by site would be read whole to group by site
            "SELECT site_id, "
                + COUNTS
                + " FROM letter FORCE INDEX (ix_letter_received) WHERE received_on BETWEEN ? AND ?"
                + (site == null ? "" : " AND site_id = ?")
                + " GROUP BY site_id");
    query.setParameter(1, Date.valueOf(start)).setParameter(2, Date.valueOf(end));
    if (site != null) {
      query.setParameter(3, site);
    }
    return figures(query);
  }

  /** The figures of whole past {@code months}, counting and keeping those not kept yet. */
  List<SiteFigures> ofMonths(String site, List<YearMonth> months) {
    if (months.isEmpty()) {
      return List.of();
    }
    String days = months.stream().map(m -> "'" + m.atDay(1) + "'").collect(Collectors.joining(","));
    @SuppressWarnings("unchecked")
    List<Object> kept =
        em.createNativeQuery(
                "SELECT month FROM letter_month_computed WHERE month IN (" + days + ")")
            .getResultList();
    Set<LocalDate> keptMonths = new HashSet<>();
    kept.forEach(value -> keptMonths.add(LetterRepository.date(value)));
    for (YearMonth month : months) {
      if (!keptMonths.contains(month.atDay(1))) {
        keep(month);
      }
    }
    Query query =
        em.createNativeQuery(
            "SELECT site_id, SUM(received), SUM(answered), SUM(on_time), SUM(working_days_sum),"
                + " SUM(working_days_count), SUM(published), SUM(rated), SUM(satisfied)"
                + " FROM letter_month_figures WHERE month IN ("
                + days
                + ")"
                + (site == null ? "" : " AND site_id = ?")
                + " GROUP BY site_id");
    if (site != null) {
      query.setParameter(1, site);
    }
    return figures(query);
  }

  /** Letters waiting for their reply past their due date on {@code today}, per site. */
  Map<String, Integer> overdue(String site, LocalDate from, LocalDate to, LocalDate today) {
    Query query =
        em.createNativeQuery(
            // the waiting letters are few: read them by status (an index that covers the query),
            // never the period's letters
            "SELECT site_id, COUNT(*) FROM letter FORCE INDEX (ix_letter_status_due)"
                + " WHERE status IN "
                + AWAITING
                + " AND due_on < ? AND received_on BETWEEN ? AND ?"
                + (site == null ? "" : " AND site_id = ?")
                + " GROUP BY site_id");
    query
        .setParameter(1, Date.valueOf(today))
        .setParameter(2, Date.valueOf(from))
        .setParameter(3, Date.valueOf(to));
    if (site != null) {
      query.setParameter(4, site);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    Map<String, Integer> counts = new LinkedHashMap<>();
    rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
    return counts;
  }

  /** Counts the month's letters per site and keeps the figures. */
  private void keep(YearMonth month) {
    Date first = Date.valueOf(month.atDay(1));
    em.createNativeQuery("DELETE FROM letter_month_figures WHERE month = ?")
        .setParameter(1, first)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO letter_month_figures (month, site_id, received, answered, on_time,"
                + " working_days_sum, working_days_count, published, rated, satisfied)"
                + " SELECT ?, site_id, "
                + COUNTS
                + " FROM letter FORCE INDEX (ix_letter_received)"
                + " WHERE received_on BETWEEN ? AND ? GROUP BY site_id")
        .setParameter(1, first)
        .setParameter(2, first)
        .setParameter(3, Date.valueOf(month.atEndOfMonth()))
        .executeUpdate();
    em.createNativeQuery("INSERT IGNORE INTO letter_month_computed (month) VALUES (?)")
        .setParameter(1, first)
        .executeUpdate();
  }

  private static List<SiteFigures> figures(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new SiteFigures(
                    (String) row[0],
                    number(row[1]),
                    number(row[2]),
                    number(row[3]),
                    0,
                    row[4] == null ? 0 : ((Number) row[4]).longValue(),
                    number(row[5]),
                    number(row[6]),
                    number(row[7]),
                    number(row[8])))
        .toList();
  }

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
