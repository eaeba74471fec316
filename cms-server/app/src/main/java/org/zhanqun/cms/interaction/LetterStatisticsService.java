package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.site.SiteService;

/**
 * The letter statistics for evaluators and the annual website report: whole past months from kept
 * figures, the rest counted from the letters ({@link LetterRepository#statistics}), so a million
 * letters answer well within a second.
 */
@ApplicationScoped
@Transactional
public class LetterStatisticsService {

  @Inject LetterRepository repository;
  @Inject CurrentCaller currentCaller;
  @Inject SiteService sites;
  @Inject Clock clock;

  /**
   * The figures of {@code site} (its editors and reviewers, evaluators, administrators) or of every
   * site (evaluators, administrators) for the letters received from {@code from} to {@code to}; the
   * current year to today when left out.
   */
  public StatisticsView statistics(String site, String from, String to) {
    String siteId = site == null || site.isBlank() ? null : site.strip();
    if (siteId == null) {
      currentCaller.requireEvaluator();
    } else {
      currentCaller.requireAuditReader(siteId);
    }
    ZoneId zone = sites.clusterSettings().timeZone();
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    FieldErrors errors = new FieldErrors();
    LocalDate first =
        from == null || from.isBlank()
            ? today.withDayOfYear(1)
            : StrictValues.date("from", from, errors);
    LocalDate last = to == null || to.isBlank() ? today : StrictValues.date("to", to, errors);
    if (first != null && last != null && last.isBefore(first)) {
      errors.add("to", "is before from");
    }
    errors.throwIfAny();
    return new StatisticsView(
        first,
        last,
        repository.statistics(siteId, first, last, today).stream()
            .map(
                row ->
                    new StatisticsView.SiteRow(
                        row.site(),
                        row.received(),
                        row.answered(),
                        row.onTime(),
                        row.overdue(),
                        row.averageWorkingDays().isPresent()
                            ? round(row.averageWorkingDays().getAsDouble())
                            : null,
                        row.published(),
                        row.rated(),
                        row.rated() == 0 ? null : round((double) row.satisfied() / row.rated())))
            .toList());
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
