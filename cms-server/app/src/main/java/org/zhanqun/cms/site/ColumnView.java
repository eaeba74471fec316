package org.zhanqun.cms.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.model.site.ContentType;

/**
 * A column as the API shows it; in a tree listing, {@code children} holds its sub-columns, else it
 * is empty.
 *
 * @param updateLimit the category's update limit in the national inspection rules (the audit's
 *     {@code national-2019.yaml}) as an ISO period ({@code P14D}), or null when it has none
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

  /** Where category limits are kept: the audit's rules data, never code (ADR 0013). */
  private static final Rules NATIONAL_RULES = RulesFile.nationalDefault();

  static ColumnView of(SiteColumn column, List<ColumnView> children) {
    return new ColumnView(
        column.id(),
        column.siteId(),
        column.code(),
        column.parentId(),
        new TreeMap<>(column.names()),
        column.category().code(),
        NATIONAL_RULES.limit(column.category()).map(Object::toString).orElse(null),
        column.types().stream().sorted().map(ContentType::code).toList(),
        column.position(),
        column.version(),
        children);
  }
}
