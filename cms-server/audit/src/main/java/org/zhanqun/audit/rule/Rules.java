package org.zhanqun.audit.rule;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.model.site.ColumnCategory;

/**
 * A validated rules file: every rule of the {@link RuleCatalog} with its parameters, the category
 * limits, the freshness curve, the dimensions, the pass mark and the grades. Immutable; read one
 * with {@link RulesFile}.
 *
 * @param version identifies the rules in every result, e.g. {@code national-2019.1}
 * @param source where the indicators come from, may be empty
 * @param passMark a site below it sleeps, even without a veto
 * @param grades highest minimum score first
 * @param categories one entry per {@link ColumnCategory}
 * @param dimensions in file order
 * @param rules in file order
 */
public record Rules(
    String version,
    String source,
    BigDecimal passMark,
    List<Grade> grades,
    FreshnessCurve freshness,
    Map<ColumnCategory, CategoryLimit> categories,
    List<Dimension> dimensions,
    List<Rule> rules) {

  public Rules {
    grades = grades.stream().sorted(Comparator.comparing(Grade::minScore).reversed()).toList();
    categories = Map.copyOf(categories);
    dimensions = List.copyOf(dimensions);
    rules = List.copyOf(rules);
  }

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The rule {@code id}, which every valid rules file has (the catalog requires it). */
  public Rule require(String id) {
    return rule(id).orElseThrow(() -> new IllegalStateException("no rule " + id));
  }

  public CategoryLimit category(ColumnCategory category) {
    return categories.get(category);
  }

  /** The update limit of {@code category}, empty when it has none or is excluded. */
  public Optional<Period> limit(ColumnCategory category) {
    CategoryLimit limit = categories.get(category);
    return limit == null || limit.excluded() ? Optional.empty() : limit.updateLimit();
  }

  public Optional<Dimension> dimension(String id) {
    return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The highest grade whose minimum {@code score} reaches; the lowest grade otherwise. */
  public Grade gradeFor(BigDecimal score) {
    return grades.stream()
        .filter(g -> score.compareTo(g.minScore()) >= 0)
        .findFirst()
        .orElse(grades.get(grades.size() - 1));
  }

  /** The lowest grade: what a vetoed site gets whatever its score. */
  public Grade failingGrade() {
    return grades.get(grades.size() - 1);
  }
}
