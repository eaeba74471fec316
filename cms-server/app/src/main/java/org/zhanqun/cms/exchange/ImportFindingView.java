package org.zhanqun.cms.exchange;

import org.zhanqun.cms.proofreading.FindingView;

/**
 * A proofreading finding in an imported file.
 *
 * @param file the item file, relative to the imported folder
 * @param field the field of the item, {@code line} and {@code offset} within it, and the rest as in
 *     {@link FindingView}
 */
public record ImportFindingView(
    String file,
    String field,
    int line,
    int offset,
    String category,
    String severity,
    String text,
    String suggestion,
    String context) {

  static ImportFindingView of(String file, FindingView finding) {
    return new ImportFindingView(
        file,
        finding.field(),
        finding.line(),
        finding.offset(),
        finding.category(),
        finding.severity(),
        finding.text(),
        finding.suggestion(),
        finding.context());
  }
}
