package org.zhanqun.audit.rule;

import java.time.Period;
import java.util.Optional;

/**
 * What the rules expect of the columns of one category. Which categories must not be empty is the
 * {@code categories} list of the empty-column rules, not a property of the category.
 *
 * @param limit how long a column may go without a new item; null when the category has none
 * @param excluded whether the category is left out of update checks altogether (专题)
 */
public record CategoryLimit(Period limit, boolean excluded) {

  public Optional<Period> updateLimit() {
    return Optional.ofNullable(limit);
  }
}
