package org.zhanqun.proofreading;

/**
 * One thing the proofreader found.
 *
 * @param category what kind of mistake
 * @param severity {@code block} stops publication; {@code warn} only tells
 * @param field where, as the API names the field: {@code title}, {@code summary}, {@code body},
 *     {@code tags[0]}, {@code policy.issuer}, {@code guide.materials[1].name}, {@code form.file}
 *     and so on
 * @param line 1-based line within the field's text where the match starts
 * @param offset 0-based characters from the start of that line (UTF-16 code units, as Java and
 *     JavaScript count them)
 * @param text the matched text exactly as written (it may hold the line break or markup the match
 *     ran across)
 * @param suggestion what to write instead, or what to do ("remove the marking"); never null
 * @param context a short stretch of the text around the match on one line, for reports
 */
public record Finding(
    Category category,
    Severity severity,
    String field,
    int line,
    int offset,
    String text,
    String suggestion,
    String context) {

  public boolean blocks() {
    return severity == Severity.BLOCK;
  }
}
