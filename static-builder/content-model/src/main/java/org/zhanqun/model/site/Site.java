package org.zhanqun.model.site;

import java.util.List;
import java.util.Optional;

/**
 * One site of the cluster: the portal or a department's site.
 *
 * @param id the folder name, {@code [a-z][a-z0-9-]{1,31}}
 * @param department 主办单位, the organisation responsible
 * @param path where the site is published under the cluster's base URL: {@code ""} for the portal,
 *     e.g. {@code fgw/} for a department
 * @param theme a theme folder of {@code site-templates/}
 * @param languages the languages the site offers; the first is its source language
 * @param columns the top-level columns in display order
 */
public record Site(
    String id,
    SiteKind kind,
    LocalizedText names,
    String department,
    String path,
    String theme,
    List<String> languages,
    Identification identification,
    List<Column> columns) {

  public Site {
    languages = List.copyOf(languages);
    columns = List.copyOf(columns);
  }

  /** The site's source language, in which every item should exist. */
  public String sourceLanguage() {
    return languages.get(0);
  }

  /** Every column of the tree, depth first, in display order. */
  public List<Column> allColumns() {
    return columns.stream().flatMap(Column::selfAndDescendants).toList();
  }

  public Optional<Column> column(String code) {
    return allColumns().stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
