package org.zhanqun.cms.search;

import java.time.LocalDate;
import java.util.Optional;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/**
 * A search as the public asks for it, checked: every bad parameter is reported with its field and
 * reason (400), never passed on to Solr. The text is kept as typed; {@link SearchService} escapes
 * it.
 *
 * @param text the words searched for; empty lists everything, newest first
 * @param page 1-based
 * @param size results per page, 1 to {@link #MAX_SIZE}
 * @param byDate newest first instead of best match first
 */
public record SearchQuery(
    String text,
    Optional<String> site,
    Optional<Long> column,
    Optional<String> type,
    Optional<String> language,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> issuer,
    boolean byDate,
    int page,
    int size) {

  public static final int MAX_SIZE = 50;
  public static final int DEFAULT_SIZE = 10;

  /** How deep paging may go: page × size beyond this is refused. */
  public static final int MAX_DEPTH = 10_000;

  /** The earliest publication date a search may name. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);

  /** The latest publication date a search may name; far beyond any document. */
  public static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

  /** The longest query text accepted. */
  public static final int MAX_TEXT = 200;

  /**
   * Parses the raw query parameters (any may be null).
   *
   * @throws org.zhanqun.cms.infrastructure.error.InvalidInputException naming every bad parameter
   */
  public static SearchQuery parse(
      String q,
      String site,
      String column,
      String type,
      String lang,
      String from,
      String to,
      String issuer,
      String sort,
      String page,
      String size) {
    FieldErrors errors = new FieldErrors();
    String text = q == null ? "" : q.strip();
    if (text.length() > MAX_TEXT) {
      errors.add("q", "is " + text.length() + " characters long; at most " + MAX_TEXT);
    }
    Optional<Long> columnId = Optional.empty();
    if (present(column)) {
      try {
        long id = Long.parseLong(column.strip());
        if (id < 1) {
          errors.add("column", "'" + column + "' is not a column id (a number from 1)");
        } else {
          columnId = Optional.of(id);
        }
      } catch (NumberFormatException e) {
        errors.add("column", "'" + column + "' is not a column id (a number)");
      }
    }
    if (present(type) && ContentType.fromCode(type.strip()).isEmpty()) {
      errors.add("type", "'" + type + "' is not a content type (" + ContentType.codes() + ")");
    }
    Optional<String> language = Optional.empty();
    if (present(lang)) {
      Optional<Language> parsed = Language.parse(lang.strip()).value();
      if (parsed.isEmpty()) {
        errors.add("lang", Language.parse(lang).reason().orElseThrow());
      } else {
        language = Optional.of(parsed.get().tag());
      }
    }
    Optional<LocalDate> fromDate = date("from", from, errors);
    Optional<LocalDate> toDate = date("to", to, errors);
    if (fromDate.isPresent() && toDate.isPresent() && toDate.get().isBefore(fromDate.get())) {
      errors.add("to", "is before from");
    }
    boolean byDate = false;
    if (present(sort)) {
      switch (sort.strip()) {
        case "relevance" -> byDate = false;
        case "date" -> byDate = true;
        default -> errors.add("sort", "'" + sort + "' is not a sort order (relevance, date)");
      }
    }
    int pageNumber = number("page", page, 1, MAX_DEPTH, 1, errors);
    int pageSize = number("size", size, 1, MAX_SIZE, DEFAULT_SIZE, errors);
    if (errors.isEmpty() && (long) pageNumber * pageSize > MAX_DEPTH) {
      errors.add(
          "page",
          "page "
              + pageNumber
              + " of "
              + pageSize
              + " goes beyond the first "
              + MAX_DEPTH
              + " results; narrow the search instead");
    }
    errors.throwIfAny();
    return new SearchQuery(
        text,
        trimmed(site),
        columnId,
        trimmed(type),
        language,
        fromDate,
        toDate,
        trimmed(issuer),
        byDate,
        pageNumber,
        pageSize);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static Optional<String> trimmed(String value) {
    return present(value) ? Optional.of(value.strip()) : Optional.empty();
  }

  private static Optional<LocalDate> date(String field, String value, FieldErrors errors) {
    if (!present(value)) {
      return Optional.empty();
    }
    return Optional.ofNullable(StrictValues.date(field, value, FIRST_DAY, LAST_DAY, errors));
  }

  private static int number(
      String field, String value, int min, int max, int fallback, FieldErrors errors) {
    if (!present(value)) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number < min || number > max) {
        errors.add(field, "must be from " + min + " to " + max + ", not " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      errors.add(field, "'" + value + "' is not a whole number from " + min + " to " + max);
      return fallback;
    }
  }
}
