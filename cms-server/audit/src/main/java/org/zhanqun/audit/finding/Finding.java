package org.zhanqun.audit.finding;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import org.zhanqun.audit.rule.RuleKind;
import org.zhanqun.audit.rule.Text;

/**
 * One thing a rule found on a site, with the evidence an evaluator needs to check it by hand.
 *
 * @param rule the rule's id
 * @param severity the rule's kind: a veto fails the site, a deduction takes points
 * @param column the column's path in the site; null when the finding is about the whole site
 * @param item null when the finding is not about one item
 * @param url the published URL of the item, else of the column, else of the site's home page
 *     (root-relative, as the static builder publishes it); null for none
 * @param evidence what was found, in words and numbers, in Chinese and English
 * @param expected what the rule expects, e.g. {@code new item within P14D}
 * @param found what the content shows, e.g. {@code last item 2026-08-12 (96 days)}
 * @param points the points this finding takes off the score after caps and the no-double-penalty
 *     rule; 0 for vetoes
 * @param nominalPoints the rule's points per occurrence, before caps
 * @param proofreading where in the item the proofreader found it, for the proofreading rules; null
 *     for the others
 */
public record Finding(
    String rule,
    RuleKind severity,
    String site,
    String column,
    ItemRef item,
    String url,
    Text evidence,
    String expected,
    String found,
    BigDecimal points,
    BigDecimal nominalPoints,
    ProofreadingEvidence proofreading) {

  /** Site, rule, column, item, URL: the order of every list of findings in a result. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::key);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(nominalPoints, "nominalPoints");
    if (points.signum() < 0 || points.compareTo(nominalPoints) > 0) {
      throw new IllegalArgumentException(
          "points must be between 0 and " + nominalPoints + ", found " + points);
    }
  }

  /** A finding without proofreading evidence (every rule but the proofreading ones). */
  public Finding(
      String rule,
      RuleKind severity,
      String site,
      String column,
      ItemRef item,
      String url,
      Text evidence,
      String expected,
      String found,
      BigDecimal points,
      BigDecimal nominalPoints) {
    this(
        rule,
        severity,
        site,
        column,
        item,
        url,
        evidence,
        expected,
        found,
        points,
        nominalPoints,
        null);
  }

  /** The identity of this finding across runs. */
  public FindingKey key() {
    return new FindingKey(
        rule,
        site,
        column,
        item == null ? null : item.toString(),
        url,
        proofreading == null ? null : proofreading.identity());
  }

  /** This finding counting {@code counted} points instead. */
  public Finding counting(BigDecimal counted) {
    return new Finding(
        rule,
        severity,
        site,
        column,
        item,
        url,
        evidence,
        expected,
        found,
        counted,
        nominalPoints,
        proofreading);
  }

  /** This finding with where the proofreader found it. */
  public Finding withProofreading(ProofreadingEvidence where) {
    return new Finding(
        rule,
        severity,
        site,
        column,
        item,
        url,
        evidence,
        expected,
        found,
        points,
        nominalPoints,
        where);
  }
}
