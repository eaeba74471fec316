package org.zhanqun.cms.content;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/**
 * The filters, page and order of an item list, read from the request at the edge (see {@link
 * ItemListParameters}); each filter is null when the list is not filtered by it.
 *
 * @param site the site's id
 * @param updatedSince editors' lists: changed since; public lists: published since
 * @param text stripped, lower-case text that title, slug, summary, 文号 or 索引号 contain; 1 to {@link
 *     #MAX_TEXT} characters
 * @param page 1-based, at most {@link #MAX_PAGE}
 * @param size 1 to {@link #MAX_SIZE}
 * @param sort the order; null for the list's own default
 */
public record ItemFilters(
    String site,
    Long column,
    ContentType type,
    Language language,
    ItemStatus status,
    Instant updatedSince,
    String text,
    int page,
    int size,
    ItemSort sort) {

  /** The highest page number a list request may ask for. */
  public static final int MAX_PAGE = 100_000;

  /** The most items one page holds. */
  public static final int MAX_SIZE = 100;

  /** The longest text filter, in characters. */
  public static final int MAX_TEXT = 100;

  static final int DEFAULT_SIZE = 20;

  public ItemFilters {
    if (page < 1 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
    }
  }

  /**
   * The filters a request sent as text, every value parsed; the page and size are checked by Bean
   * Validation before this runs, null meaning the first page of {@link #DEFAULT_SIZE}.
   *
   * @throws InvalidInputException naming every parameter that is not valid
   */
  static ItemFilters read(
      String site,
      Long column,
      String type,
      String language,
      String status,
      String updatedSince,
      String q,
      Integer page,
      Integer size,
      String sort) {
    FieldErrors errors = new FieldErrors();
    ContentType parsedType = null;
    if (type != null) {
      parsedType = ContentType.fromCode(type).orElse(null);
      if (parsedType == null) {
        errors.add("type", "unknown type '" + type + "'; one of " + ContentType.codes());
      }
    }
    Language parsedLanguage = null;
    if (language != null) {
      Optional<Language> parsed = Language.parse(language).value();
      if (parsed.isEmpty()) {
        errors.add("language", Language.parse(language).reason().orElseThrow());
      } else {
        parsedLanguage = parsed.get();
      }
    }
    ItemStatus parsedStatus = null;
    if (status != null) {
      parsedStatus = ItemStatus.fromCode(status).orElse(null);
      if (parsedStatus == null) {
        errors.add(
            "status",
            "unknown status '"
                + status
                + "'; one of draft, in_review, scheduled, published, withdrawn");
      }
    }
    Instant since = null;
    if (updatedSince != null) {
      since = StrictValues.dateTime("updatedSince", updatedSince, errors);
    }
    String text = null;
    if (q != null) {
      text = q.strip().toLowerCase(Locale.ROOT);
      int length = text.codePointCount(0, text.length());
      if (length < 1 || length > MAX_TEXT) {
        errors.add("q", "from 1 to " + MAX_TEXT + " characters (not counting spaces around)");
      }
    }
    ItemSort parsedSort = null;
    if (sort != null) {
      parsedSort = ItemSort.parse(sort).orElse(null);
      if (parsedSort == null) {
        errors.add("sort", ItemSort.reason(sort));
      }
    }
    errors.throwIfAny();
    return new ItemFilters(
        site,
        column,
        parsedType,
        parsedLanguage,
        parsedStatus,
        since,
        text,
        page == null ? 1 : page,
        size == null ? DEFAULT_SIZE : size,
        parsedSort);
  }

  /** The query over {@code sites} (null: every site), in {@code sort} unless another was asked. */
  ItemQuery query(Set<String> sites, boolean liveOnly, ItemSort defaultSort) {
    ItemSort order = sort == null ? defaultSort : sort;
    return new ItemQuery(
        sites,
        column,
        type,
        language == null ? null : language.tag(),
        status,
        updatedSince,
        text,
        liveOnly,
        page,
        size,
        order.field(),
        order.descending());
  }
}
