package org.zhanqun.proofreading;

import java.util.List;
import org.zhanqun.model.item.Item;

/**
 * Finds serious wording errors, wrong official names and titles, outdated names, classified
 * markings, personal data and typos in text. Immutable and safe to share between threads; build one
 * per {@link Dictionary} and keep it (building compiles the dictionary into one automaton).
 *
 * <p>Text is matched after normalisation (full-width to half-width, spaces, line breaks and inline
 * Markdown or HTML markup inside a phrase ignored), so a phrase split by a line break or by {@code
 * **bold**} is still found; findings point back into the text as written. Allow-list entries
 * silence any finding inside them.
 */
public final class Proofreader {

  private Proofreader() {}

  public static Proofreader of(Dictionary dictionary) {
    throw new UnsupportedOperationException("to be written");
  }

  /** The findings in one text, in the order they occur. */
  public List<Finding> check(String field, String text) {
    throw new UnsupportedOperationException("to be written");
  }

  /** The findings in several texts, field by field in the order given. */
  public List<Finding> check(List<FieldText> texts) {
    throw new UnsupportedOperationException("to be written");
  }

  /** The findings in every text of the item ({@link ItemTexts}). */
  public List<Finding> check(Item item) {
    return check(ItemTexts.of(item));
  }
}
