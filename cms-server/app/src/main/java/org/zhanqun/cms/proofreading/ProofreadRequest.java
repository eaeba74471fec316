package org.zhanqun.cms.proofreading;

import java.util.List;

/**
 * Texts to proofread, as an editor types them.
 *
 * @param site the site the editor writes for (optional): then only its editors and reviewers may
 *     ask; without it any editor or reviewer of some site may
 * @param language the texts' language, one the site offers (optional; the same lists apply to every
 *     language)
 * @param fields 1 to 200 texts, each with the field the findings name
 */
public record ProofreadRequest(String site, String language, List<Field> fields) {

  /** The most texts one request takes. */
  public static final int MAX_FIELDS = 200;

  /**
   * One text.
   *
   * @param field the item field it is, as findings name it ({@code title}, {@code body}, {@code
   *     policy.issuer}, ...); 1 to 200 characters
   * @param text the text, Markdown allowed; up to an item body's limit; empty is checked as nothing
   */
  public record Field(String field, String text) {}
}
