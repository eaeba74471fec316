package org.zhanqun.cms.interaction.intake;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * What an HTML answer to a plain form post shows, already in the form's language (see {@link
 * FormAnswers#text}); the page itself is {@code answer.ftlh}.
 *
 * @param title the page's heading
 * @param lead one sentence under the heading; empty for none
 * @param facts label and value pairs (number, query code, status ...), in order
 * @param steps a table of label and value rows (the letter's steps with their dates); may be empty
 * @param errors the fields at fault; empty on success
 * @param action an optional small form on the page (the rating form of a replied letter); null for
 *     none
 */
public record FormAnswer(
    String title,
    String lead,
    List<Fact> facts,
    List<Fact> steps,
    List<FieldError> errors,
    FormAction action) {

  public FormAnswer {
    facts = List.copyOf(facts);
    steps = List.copyOf(steps);
    errors = List.copyOf(errors);
  }

  /** A label with its value. */
  public record Fact(String label, String value) {}

  /**
   * A form the answer page offers: posts {@code hidden} (label = field name) and one choice of
   * {@code options} (label shown, value sent) under {@code field}, and optionally a comment.
   */
  public record FormAction(
      String heading,
      String url,
      List<Fact> hidden,
      String field,
      List<Fact> options,
      String commentLabel,
      String submitLabel) {

    public FormAction {
      hidden = List.copyOf(hidden);
      options = List.copyOf(options);
    }
  }
}
