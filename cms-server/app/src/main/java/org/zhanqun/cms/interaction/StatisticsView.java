package org.zhanqun.cms.interaction;

import java.time.LocalDate;
import java.util.List;

/**
 * The letter figures of a period, per responsible site, for the letters received in it.
 *
 * @param from first day (inclusive)
 * @param to last day (inclusive)
 * @param sites one row per site that received letters in the period
 */
public record StatisticsView(LocalDate from, LocalDate to, List<SiteRow> sites) {

  /**
   * @param received letters received in the period
   * @param answered of them, replied (答复)
   * @param onTime of them, replied within the channel's limit
   * @param overdue of them, waiting for the reply past the due date today
   * @param averageWorkingDays mean working days from receipt to reply; null when none replied
   * @param published of them, published (公开)
   * @param rated of them, rated by the citizen
   * @param satisfaction share (0..1) of satisfied and basically satisfied among the rated; null
   *     when none rated
   */
  public record SiteRow(
      String site,
      int received,
      int answered,
      int onTime,
      int overdue,
      Double averageWorkingDays,
      int published,
      int rated,
      Double satisfaction) {}
}
