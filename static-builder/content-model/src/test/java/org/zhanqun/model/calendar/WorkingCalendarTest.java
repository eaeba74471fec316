package org.zhanqun.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = builtIn();

  /** The shipped file, read as the builder's HolidayCalendars reads it. */
  private static WorkingCalendar builtIn() {
    try (var in = WorkingCalendar.class.getResourceAsStream(WorkingCalendar.BUILT_IN)) {
      return WorkingCalendar.parse(
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          WorkingCalendar.BUILT_IN);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void weekendsAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-09"))).isTrue(); // Monday
  }

  @Test
  void holidaysAreNotWorkingDaysAndMakeUpDaysAre() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-05"))).isFalse(); // 国庆, Monday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue(); // Saturday, 上班
    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-26"))).isTrue(); // Sunday, 上班
  }

  @Test
  void dueDateSkipsTheWeekendAndTheStartDay() {
    // received Friday 2026-03-06, 5 working days: Mon 9 .. Fri 13
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-03-06"), 5))
        .isEqualTo(LocalDate.parse("2026-03-13"));
  }

  @Test
  void dueDateAcrossTheNationalDayCountsTheMakeUpSaturday() {
    // received Tue 2026-09-29: Wed 30 (1), holiday 1-7 Oct, Thu 8 (2), Fri 9 (3), Sat 10 (4, 上班)
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-29"), 4))
        .isEqualTo(LocalDate.parse("2026-10-10"));
    assertThat(
            calendar.workingDaysBetween(
                LocalDate.parse("2026-09-29"), LocalDate.parse("2026-10-12")))
        .isEqualTo(5);
  }

  @Test
  void aLetterArrivingOnAHolidayStartsAfterIt() {
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-02-15"), 1))
        .isEqualTo(LocalDate.parse("2026-02-24"));
  }

  @Test
  void workingDaysBetweenIsZeroForTheSameOrAnEarlierDay() {
    LocalDate day = LocalDate.parse("2026-03-09");
    assertThat(calendar.workingDaysBetween(day, day)).isZero();
    assertThat(calendar.workingDaysBetween(day, day.minusDays(3))).isZero();
  }

  @Test
  void theBuiltInCalendarCoversTheNoticesItShips() {
    assertThat(calendar.covers(2024)).isTrue();
    assertThat(calendar.covers(2026)).isTrue();
    assertThat(calendar.covers(2027)).isFalse();
    assertThat(calendar.notice(2026)).contains("国办发明电〔2025〕7号");
    // a year without a notice counts Monday to Friday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
  }

  @Test
  void anOperatorsYearReplacesTheBuiltInYear() throws Exception {
    WorkingCalendar next =
        WorkingCalendar.parse(
            """
            years:
              - year: 2027
                notice: 国办发明电〔2026〕1号
                holidays: [2027-01-01]
                workdays: [2027-01-02]
            """,
            "holidays.yaml");
    WorkingCalendar merged = calendar.withYearsOf(next);
    assertThat(merged.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(merged.isWorkingDay(LocalDate.parse("2027-01-02"))).isTrue();
    assertThat(merged.covers(2026)).isTrue();
  }

  @Test
  void refusesAMakeUpDayThatIsAWeekdayAndADateOutsideTheYear() {
    assertThatThrownBy(
            () ->
                WorkingCalendar.parse(
                    """
                    years:
                      - year: 2027
                        notice: test
                        holidays: [2026-12-31]
                        workdays: [2027-01-04]
                    """,
                    "holidays.yaml"))
        .isInstanceOf(InvalidCalendarException.class)
        .hasMessageContaining("holidays.yaml:4: years[].holidays: '2026-12-31' is not within 2027")
        .hasMessageContaining("2027-01-04 is a MONDAY");
  }
}
