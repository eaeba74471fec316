package org.zhanqun.cms.interaction;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.builder.source.HolidayCalendars;
import org.zhanqun.cms.infrastructure.rest.HealthCheck;
import org.zhanqun.model.calendar.InvalidCalendarException;
import org.zhanqun.model.calendar.WorkingCalendar;

/**
 * The working-day calendar letters' deadlines count in: the built-in State Council notices, with
 * the years of the operator's file {@code zhanqun.interaction.holidays} (same format) in place of
 * the built-in ones. An unusable file keeps the built-in calendar and shows on {@code /health} as
 * {@code letter-calendar} DOWN until fixed and restarted; letters still get due dates.
 */
@ApplicationScoped
public class WorkingDays implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(WorkingDays.class.getName());

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.holidays")
  Optional<String> operatorFile;

  private volatile WorkingCalendar calendar;
  private volatile String unusable;

  @PostConstruct
  void load() {
    calendar = HolidayCalendars.builtIn();
    if (operatorFile.isPresent() && !operatorFile.get().isBlank()) {
      try {
        calendar = calendar.withYearsOf(HolidayCalendars.read(Path.of(operatorFile.get().strip())));
      } catch (IOException | InvalidCalendarException e) {
        unusable = "zhanqun.interaction.holidays: " + e.getMessage();
        LOG.severe(unusable + " (the built-in calendar is used)");
      }
    }
  }

  /** The calendar in use. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  @Override
  public String name() {
    return "letter-calendar";
  }

  /**
   * An unusable operator's file, or a current year no notice covers (deadlines then count Monday to
   * Friday, which a holiday would make wrong).
   */
  @Override
  public Optional<String> problem() {
    if (unusable != null) {
      return Optional.of(unusable);
    }
    int year = LocalDate.now(clock).getYear();
    if (!calendar.covers(year)) {
      return Optional.of(
          "no State Council holiday notice for "
              + year
              + " in the calendar: deadlines count Monday to Friday; add the year to the file"
              + " zhanqun.interaction.holidays names");
    }
    return Optional.empty();
  }
}
