package org.zhanqun.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.zhanqun.model.yaml.Problems;
import org.zhanqun.model.yaml.YamlDocument;
import org.zhanqun.model.yaml.YamlMap;

/**
 * Which days are working days (工作日): Monday to Friday, except the public holidays of the State
 * Council's notice for the year, plus its make-up working days (调休上班). The notices are data: {@code
 * holidays.yaml} in this package holds 2024 to 2026, and an operator's file of the same form adds
 * later years ({@link #withYearsOf}). A year no notice covers counts Monday to Friday, which {@link
 * #covers} lets a caller point out. Immutable and thread-safe.
 */
public final class WorkingCalendar {

  /** The built-in file's name, a resource beside this class. */
  public static final String BUILT_IN = "holidays.yaml";

  private static final List<String> KEYS = List.of("years");
  private static final List<String> YEAR_KEYS = List.of("year", "notice", "holidays", "workdays");

  /** The year's holidays and make-up working days, per year given. */
  private final Map<Integer, Year> years;

  private record Year(String notice, Set<LocalDate> holidays, Set<LocalDate> workdays) {}

  private WorkingCalendar(Map<Integer, Year> years) {
    this.years = Map.copyOf(years);
  }

  /**
   * Reads a calendar from text.
   *
   * @param name the file's name, for problems
   */
  public static WorkingCalendar parse(String text, String name) throws InvalidCalendarException {
    Problems problems = new Problems(name);
    Map<Integer, Year> years = new TreeMap<>();
    YamlDocument.mapping(text, name, 1, problems)
        .ifPresentOrElse(
            root -> {
              root.allowOnly(KEYS);
              root.elements("years").ifPresent(list -> list.forEach(y -> readYear(y, years)));
              if (!root.has("years")) {
                root.missing("years");
              }
            },
            () -> problems.add(1, "is empty: expected years: with one entry per year"));
    if (!problems.isEmpty()) {
      throw new InvalidCalendarException(problems.list());
    }
    return new WorkingCalendar(years);
  }

  private static void readYear(YamlMap yaml, Map<Integer, Year> years) {
    yaml.allowOnly(YEAR_KEYS);
    Optional<Integer> year = yaml.count("year");
    if (!yaml.has("year")) {
      yaml.missing("year");
    }
    String notice = yaml.requiredText("notice").orElse("");
    if (year.isEmpty()) {
      return;
    }
    if (years.containsKey(year.get())) {
      yaml.problem("year", year.get() + " is given twice");
      return;
    }
    Set<LocalDate> holidays = new HashSet<>();
    yaml.texts("holidays")
        .ifPresent(
            texts -> texts.forEach(t -> days(yaml, "holidays", t, year.get(), holidays, false)));
    Set<LocalDate> workdays = new HashSet<>();
    yaml.texts("workdays")
        .ifPresent(
            texts -> texts.forEach(t -> days(yaml, "workdays", t, year.get(), workdays, true)));
    for (LocalDate day : workdays) {
      if (holidays.contains(day)) {
        yaml.problem("workdays", day + " is also a holiday");
      }
    }
    years.put(year.get(), new Year(notice, Set.copyOf(holidays), Set.copyOf(workdays)));
  }

  /** Adds the day or range {@code text} to {@code into}, reporting what does not fit the year. */
  private static void days(
      YamlMap yaml, String key, String text, int year, Set<LocalDate> into, boolean weekendOnly) {
    String[] ends = text.split("/", -1);
    if (ends.length > 2 || (weekendOnly && ends.length != 1)) {
      yaml.problem(key, "'" + text + "' is neither a day (2026-01-04) nor a range (a/b)");
      return;
    }
    LocalDate first;
    LocalDate last;
    try {
      first = LocalDate.parse(ends[0].strip());
      last = ends.length == 2 ? LocalDate.parse(ends[1].strip()) : first;
    } catch (DateTimeParseException e) {
      yaml.problem(key, "'" + text + "' is not a date in the form 2026-01-04");
      return;
    }
    if (last.isBefore(first) || first.getYear() != year || last.getYear() != year) {
      yaml.problem(key, "'" + text + "' is not within " + year + " or ends before it starts");
      return;
    }
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (weekendOnly && !isWeekend(day)) {
        yaml.problem(key, day + " is a " + day.getDayOfWeek() + ", a working day anyway");
      } else if (!into.add(day)) {
        yaml.problem(key, day + " is given twice");
      }
    }
  }

  /** This calendar with the years of {@code other}, which replace the same years of this. */
  public WorkingCalendar withYearsOf(WorkingCalendar other) {
    Map<Integer, Year> merged = new TreeMap<>(years);
    merged.putAll(other.years);
    return new WorkingCalendar(merged);
  }

  /** Whether a State Council notice for {@code year} is known. */
  public boolean covers(int year) {
    return years.containsKey(year);
  }

  /** The notice for {@code year}, e.g. 国办发明电〔2025〕7号. */
  public Optional<String> notice(int year) {
    return Optional.ofNullable(years.get(year)).map(Year::notice);
  }

  public boolean isWorkingDay(LocalDate day) {
    Year year = years.get(day.getYear());
    if (year != null) {
      if (year.workdays().contains(day)) {
        return true;
      }
      if (year.holidays().contains(day)) {
        return false;
      }
    }
    return !isWeekend(day);
  }

  /**
   * The day on which {@code days} working days after {@code start} have passed: the due date of a
   * letter received on {@code start} with a limit of {@code days}. The start day never counts, as a
   * letter arriving in the afternoon is handled from the next working day.
   */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days " + days);
    }
    LocalDate day = start;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The working days in {@code (from, to]}: 0 when {@code to} is not after {@code from}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private static boolean isWeekend(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
  }
}
