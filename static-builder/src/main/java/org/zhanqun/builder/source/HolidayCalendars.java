package org.zhanqun.builder.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhanqun.model.calendar.InvalidCalendarException;
import org.zhanqun.model.calendar.WorkingCalendar;

/** Reads working-day calendars: the one shipped with the content model, and an operator's file. */
public final class HolidayCalendars {

  private HolidayCalendars() {}

  /** The calendar of the State Council's notices shipped with Zhanqun. */
  public static WorkingCalendar builtIn() {
    try (InputStream in = WorkingCalendar.class.getResourceAsStream(WorkingCalendar.BUILT_IN)) {
      return WorkingCalendar.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), WorkingCalendar.BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidCalendarException e) {
      throw new IllegalStateException("the built-in holiday calendar is invalid: " + e, e);
    }
  }

  /**
   * An operator's calendar file, in the form of the built-in one.
   *
   * @throws InvalidCalendarException naming the file, line and reason of every problem
   * @throws IOException when the file cannot be read
   */
  public static WorkingCalendar read(Path file) throws IOException, InvalidCalendarException {
    return WorkingCalendar.parse(Files.readString(file), file.getFileName().toString());
  }
}
