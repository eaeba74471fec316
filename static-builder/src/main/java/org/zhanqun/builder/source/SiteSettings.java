package org.zhanqun.builder.source;

import java.util.List;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteKind;

/**
 * What a site's {@code site.yaml} says, as far as it could be read: a missing or invalid value is
 * null (a list: empty), and a problem has been reported for it.
 *
 * @param languages canonical tags, the first is the source language; empty when not known
 * @param kindLine the line of {@code kind}, for a second portal
 * @param pathLine the line of {@code path}, for a path used twice
 */
record SiteSettings(
    String id,
    SiteKind kind,
    LocalizedText names,
    String department,
    String path,
    String theme,
    List<String> languages,
    Identification identification,
    int kindLine,
    int pathLine) {

  static final String FILE = "site.yaml";

  /** The file, relative to the content folder. */
  String file() {
    return id + "/" + FILE;
  }

  Site toSite(List<Column> columns) {
    return new Site(id, kind, names, department, path, theme, languages, identification, columns);
  }
}
