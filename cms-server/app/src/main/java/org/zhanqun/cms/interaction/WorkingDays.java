package org.zhanqun.cms.interaction;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.holidays")
  Optional<String> operatorFile;

  private volatile WorkingCalendar calendar;
  private volatile String unusable;

  @PostConstruct
  void load() {
    calendar = WorkingCalendar.builtIn();
    if (operatorFile.isPresent() && !operatorFile.get().isBlank()) {
      try {
        calendar = calendar.withYearsOf(WorkingCalendar.read(Path.of(operatorFile.get().strip())));
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

  @Override
  public Optional<String> problem() {
    return Optional.ofNullable(unusable);
  }
}
