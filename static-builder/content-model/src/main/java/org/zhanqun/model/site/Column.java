package org.zhanqun.model.site;

import java.util.List;
import java.util.stream.Stream;

/**
 * A column (栏目) and its sub-columns.
 *
 * @param code unique within its site; also the column's folder name
 * @param path the codes from the site's top column down to this one, joined by {@code /}, e.g.
 *     {@code policy/normative}: the column's folder under the site and its URL path
 * @param types what the column may hold, never empty
 * @param children sub-columns in display order, never null
 */
public record Column(
    String code,
    String path,
    LocalizedText names,
    ColumnCategory category,
    List<ContentType> types,
    List<Column> children) {

  public Column {
    types = List.copyOf(types);
    children = List.copyOf(children);
  }

  /** This column and all its descendants, depth first, in display order. */
  public Stream<Column> selfAndDescendants() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Column::selfAndDescendants));
  }
}
