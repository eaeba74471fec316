package org.zhanqun.cms.proofreading;

import org.zhanqun.proofreading.Finding;

/**
 * One proofreading finding as the API shows it (in a 422's {@code findings}, in a workflow answer,
 * in the trail and from {@code POST /proofread}).
 *
 * @param category the category's code: {@code serious-error}, {@code official-name}, {@code
 *     outdated-name}, {@code classified-marking}, {@code personal-data}, {@code typo}
 * @param severity {@code block} or {@code warn}
 * @param field the field of the item the text is in: {@code title}, {@code body}, {@code
 *     policy.issuer} ...
 * @param line 1-based line within that field's text
 * @param offset 0-based UTF-16 code units from the start of that line (as JavaScript counts)
 * @param text the matched text as written
 * @param suggestion what to write instead, or what to do
 * @param context a short stretch of the line around the match
 */
public record FindingView(
    String category,
    String severity,
    String field,
    int line,
    int offset,
    String text,
    String suggestion,
    String context) {

  public static FindingView of(Finding finding) {
    return new FindingView(
        finding.category().code(),
        finding.severity().code(),
        finding.field(),
        finding.line(),
        finding.offset(),
        finding.text(),
        finding.suggestion(),
        finding.context());
  }

  public boolean blocks() {
    return "block".equals(severity);
  }

  /** {@code <category>: '<text>' — <suggestion> (line L, offset O)}: a finding in one sentence. */
  public String reason() {
    return category
        + ": '"
        + text
        + "' — "
        + suggestion
        + " (line "
        + line
        + ", offset "
        + offset
        + ")";
  }
}
