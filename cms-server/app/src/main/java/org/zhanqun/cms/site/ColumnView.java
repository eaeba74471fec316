package org.zhanqun.cms.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A column as the API shows it; in a tree listing, {@code children} holds its sub-columns, else it
 * is empty.
 *
 * @param updateLimit the category's default update limit as an ISO period ({@code P14D}), or null
 */
public record ColumnView(
    long id,
    String site,
    String code,
    Long parentId,
    Map<String, String> names,
    String category,
    String updateLimit,
    List<String> types,
    int position,
    int version,
    List<ColumnView> children) {

  static ColumnView of(SiteColumn column, List<ColumnView> children) {
    return new ColumnView(
        column.id(),
        column.siteId(),
        column.code(),
        column.parentId(),
        new TreeMap<>(column.names()),
        column.category().code(),
        column.category().defaultLimit().map(Object::toString).orElse(null),
        column.types().stream().sorted().map(ContentType::code).toList(),
        column.position(),
        column.version(),
        children);
  }
}
