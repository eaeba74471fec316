package org.zhanqun.cms.content;

import java.util.Optional;

/**
 * The order of an item list: a field and a direction, read from the API's {@code field[,asc|desc]}.
 *
 * @param field what to sort by; ties are broken by id in the same direction
 * @param descending largest first
 */
public record ItemSort(Field field, boolean descending) {

  /** The editors' list's order when none is asked for: the latest change first. */
  static final ItemSort LATEST_CHANGE = new ItemSort(Field.UPDATED, true);

  /** The public list's order when none is asked for: the newest publication first. */
  static final ItemSort NEWEST_PUBLICATION = new ItemSort(Field.PUBLISHED, true);

  public ItemSort {
    if (field == null) {
      throw new IllegalArgumentException("a sort names its field");
    }
  }

  /** {@code text} as an order, {@code title} and {@code title,asc} ascending; empty if not one. */
  public static Optional<ItemSort> parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length > 2 || (parts.length == 2 && !parts[1].matches("asc|desc"))) {
      return Optional.empty();
    }
    boolean descending = parts.length == 2 && parts[1].equals("desc");
    for (Field field : Field.values()) {
      if (field.apiName.equals(parts[0])) {
        return Optional.of(new ItemSort(field, descending));
      }
    }
    return Optional.empty();
  }

  /** Why {@code text} is not an order. */
  public static String reason(String text) {
    return "'"
        + text
        + "': a field (updatedAt, createdAt, published, title, id), optionally"
        + " followed by ,asc or ,desc";
  }

  /** The fields a list can be sorted by, with their names in the API. */
  public enum Field {
    UPDATED("updatedAt", "updatedAt"),
    CREATED("createdAt", "createdAt"),
    PUBLISHED("published", "firstPublishedAt"),
    TITLE("title", "title"),
    ID("id", "id");

    final String apiName;
    final String attribute;

    Field(String apiName, String attribute) {
      this.apiName = apiName;
      this.attribute = attribute;
    }
  }
}
