package org.zhanqun.audit.rule;

import java.util.Set;
import org.zhanqun.model.site.ColumnCategory;

/**
 * One check of the rules file, validated.
 *
 * @param id e.g. {@code column-stale}; one of the {@link RuleCatalog} ids
 * @param title what the rule checks, in both languages
 * @param dimension the id of the {@link Dimension} its deductions count against
 * @param categories the column categories it applies to, sorted; empty for rules about a whole site
 * @param enabled false: switched off by the evaluator, reported as not evaluated
 */
public record Rule(
    String id,
    Text title,
    RuleKind kind,
    String dimension,
    Set<ColumnCategory> categories,
    boolean enabled,
    Parameters parameters) {

  public Rule {
    categories = Set.copyOf(categories);
  }

  public boolean appliesTo(ColumnCategory category) {
    return categories.contains(category);
  }
}
