package org.zhanqun.audit.finding;

import java.util.Objects;

/**
 * Where the proofreader found what a proofreading rule counts ({@code serious-error}, {@code
 * classified-marking}, {@code personal-data}), so that an evaluator can find it in the item.
 * Personal data is already masked here ({@code 2201**********1234}): a report must not republish
 * what it found.
 *
 * @param category the proofreader's category code, e.g. {@code serious-error}, {@code
 *     official-name}
 * @param severity the proofreader's severity code, {@code block} or {@code warn}
 * @param field the item's field as the API names it: {@code title}, {@code body}, {@code
 *     policy.issuer}, {@code guide.materials[1].name} …
 * @param line 1-based line within the field
 * @param offset 0-based characters from the start of that line
 * @param text the matched text (masked for personal data)
 * @param suggestion what to write instead, or what to do
 * @param context a short stretch of the line around the match (personal data in it masked)
 */
public record ProofreadingEvidence(
    String category,
    String severity,
    String field,
    int line,
    int offset,
    String text,
    String suggestion,
    String context) {

  public ProofreadingEvidence {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(suggestion, "suggestion");
    Objects.requireNonNull(context, "context");
  }

  /**
   * What tells this finding from another of the same rule in the same item across runs: the field
   * and the matched text, not the line, which an edit above it moves.
   */
  String identity() {
    return field + ": " + text;
  }
}
