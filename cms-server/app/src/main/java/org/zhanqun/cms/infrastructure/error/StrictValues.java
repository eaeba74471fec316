package org.zhanqun.cms.infrastructure.error;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one way request text becomes a date or a date-time: exactly the ISO form with a four-digit
 * year from 0001 to 9999, or a field error naming why not. {@link LocalDate#parse} alone accepts
 * {@code +10000-01-01}, which the database cannot store and Solr cannot read.
 */
public final class StrictValues {

  /** The first day a request may name. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

  /** The last day a request may name: the last one the database (DATETIME) stores. */
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final int SHOWN = 40;

  private StrictValues() {}

  /**
   * {@code text} as a day {@code YYYY-MM-DD} from {@link #FIRST_DAY} to {@link #LAST_DAY}; null,
   * with an error on {@code field}, when it is not one.
   */
  public static LocalDate date(String field, String text, FieldErrors errors) {
    return date(field, text, FIRST_DAY, LAST_DAY, errors);
  }

  /** {@code text} as a day {@code YYYY-MM-DD} from {@code first} to {@code last}, else null. */
  public static LocalDate date(
      String field, String text, LocalDate first, LocalDate last, FieldErrors errors) {
    String value = text.strip();
    LocalDate day = null;
    if (DATE.matcher(value).matches()) {
      try {
        day = LocalDate.parse(value, STRICT_DATE);
      } catch (DateTimeParseException e) {
        day = null;
      }
    }
    if (day == null) {
      errors.add(field, "'" + shown(text) + "' is not a date YYYY-MM-DD");
      return null;
    }
    if (day.isBefore(first) || day.isAfter(last)) {
      errors.add(field, "must be from " + first + " to " + last + ", not " + day);
      return null;
    }
    return day;
  }

  /**
   * {@code text} as an ISO date-time with offset ({@code 2026-11-01T09:00:00+08:00}) whose instant
   * lies in the years 0001 to 9999 (UTC); null, with an error on {@code field}, when it is not one.
   */
  public static Instant dateTime(String field, String text, FieldErrors errors) {
    String value = text.strip();
    OffsetDateTime parsed = null;
    if (DATE_TIME.matcher(value).matches()) {
      try {
        parsed = OffsetDateTime.parse(value);
      } catch (DateTimeParseException e) {
        parsed = null;
      }
    }
    if (parsed == null) {
      errors.add(
          field,
          "'" + shown(text) + "' is not a date-time with offset, e.g. 2026-11-01T09:00:00+08:00");
      return null;
    }
    OffsetDateTime utc = parsed.withOffsetSameInstant(ZoneOffset.UTC);
    if (utc.toLocalDate().isBefore(FIRST_DAY) || utc.toLocalDate().isAfter(LAST_DAY)) {
      errors.add(field, "must lie in the years 0001 to 9999 (UTC), not " + utc);
      return null;
    }
    return parsed.toInstant();
  }

  /** {@code text} cut to a length fit for an error message. */
  public static String shown(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }
}
