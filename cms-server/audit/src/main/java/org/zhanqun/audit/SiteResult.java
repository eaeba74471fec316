package org.zhanqun.audit;

import java.math.BigDecimal;
import java.util.List;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Text;

/**
 * One site's audit result.
 *
 * @param names the site's name in Chinese and English (the source language's when it has no English
 *     name)
 * @param kind {@code portal} or {@code department}
 * @param score 0 to 100, two decimals: 100 minus the counted deductions, scaled to 100 when the
 *     site has no services; computed for vetoed sites too, for information
 * @param grade the id of the grade; the lowest grade when vetoed
 * @param vetoed whether any veto finding exists
 * @param sleeping vetoed, or score below the pass mark
 * @param vetoes the ids of the veto rules found, sorted
 * @param withServices whether the site offers external services (scored on online services)
 * @param freshness mean freshness of its columns with a limit, one decimal; null when none has one
 * @param performance the weighted mean of the applicable dimension scores, two decimals
 * @param deductions the sum of the counted points of its findings
 * @param findings sorted by rule, column, item, URL
 */
public record SiteResult(
    String site,
    Text names,
    String kind,
    BigDecimal score,
    String grade,
    boolean vetoed,
    boolean sleeping,
    List<String> vetoes,
    boolean withServices,
    BigDecimal freshness,
    BigDecimal performance,
    BigDecimal deductions,
    List<DimensionScore> dimensions,
    List<ColumnFreshness> columns,
    List<Finding> findings) {

  public SiteResult {
    vetoes = List.copyOf(vetoes);
    dimensions = List.copyOf(dimensions);
    columns = List.copyOf(columns);
    findings = List.copyOf(findings);
  }
}
