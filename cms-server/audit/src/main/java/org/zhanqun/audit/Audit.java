package org.zhanqun.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhanqun.audit.check.Check;
import org.zhanqun.audit.check.ClusterAsOf;
import org.zhanqun.audit.check.ColumnState;
import org.zhanqun.audit.check.FreshnessRadar;
import org.zhanqun.audit.check.SiteContent;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Dimension;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.RuleCatalog;
import org.zhanqun.audit.rule.RuleKind;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.model.site.Site;

/**
 * The wake-up audit engine: runs every check of the rules on the cluster (or one site) as of a day,
 * then scores, grades and ranks the sites. Stateless and thread-safe; share one.
 *
 * <p>Deterministic: the result depends only on the request (no clock, no hash order); findings are
 * sorted and every number is a decimal rounded half-up.
 */
public final class Audit {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Text DISABLED =
      new Text("评估规则文件中已停用（enabled: false）", "switched off in the rules file (enabled: false)");

  private final List<Check> checks = Check.all();

  /**
   * Audits {@code request}.
   *
   * @throws UnknownSiteException when the request names a site the cluster does not have
   */
  public AuditResult run(AuditRequest request) {
    Rules rules = request.rules();
    List<Site> all = request.content().cluster().sites();
    List<Site> sites = all;
    if (request.site().isPresent()) {
      String id = request.site().get();
      Site site =
          request
              .content()
              .cluster()
              .site(id)
              .orElseThrow(() -> new UnknownSiteException(id, all.stream().map(Site::id).toList()));
      sites = List.of(site);
    }
    // The order: the as-of view of the cluster first (every check reads it), then each site's
    // checks, then per-site scoring (caps, no double penalty), then the ranking across sites.
    ClusterAsOf cluster = new ClusterAsOf(request.content(), request.asOf());
    UrlScheme urls = new UrlScheme(request.content().cluster());
    List<SiteResult> results =
        sites.parallelStream()
            .map(
                site ->
                    score(new SiteContent(site, cluster, rules, urls, request.evidence()), rules))
            .toList();
    List<String> ranking =
        results.stream()
            .sorted(
                Comparator.comparing(SiteResult::vetoed)
                    .thenComparing(SiteResult::score, Comparator.reverseOrder())
                    .thenComparing(SiteResult::site))
            .map(SiteResult::site)
            .toList();
    List<String> sleeping =
        results.stream().filter(SiteResult::sleeping).map(SiteResult::site).toList();
    return new AuditResult(
        request.content().cluster().id(),
        request.content().cluster().timeZone().getId(),
        request.asOf(),
        rules.version(),
        request.site(),
        results,
        ranking,
        sleeping,
        notEvaluated(rules, request));
  }

  /**
   * The freshness radar of the request's site as of its day: column dates and early warnings only,
   * no other check (no link is followed).
   *
   * @throws IllegalArgumentException when the request names no site
   * @throws UnknownSiteException when the cluster does not have it
   */
  public FreshnessRadar radar(AuditRequest request) {
    String id =
        request
            .site()
            .orElseThrow(() -> new IllegalArgumentException("the radar is of one site: name it"));
    List<Site> all = request.content().cluster().sites();
    Site site =
        request
            .content()
            .cluster()
            .site(id)
            .orElseThrow(() -> new UnknownSiteException(id, all.stream().map(Site::id).toList()));
    ClusterAsOf cluster = new ClusterAsOf(request.content(), request.asOf());
    UrlScheme urls = new UrlScheme(request.content().cluster());
    return FreshnessRadar.of(
        new SiteContent(site, cluster, request.rules(), urls, request.evidence()));
  }

  private List<NotEvaluated> notEvaluated(Rules rules, AuditRequest request) {
    Map<String, Text> reasons = new HashMap<>();
    for (Check check : checks) {
      check
          .notEvaluated(request.evidence())
          .ifPresent(reason -> check.rules().forEach(r -> reasons.put(r, reason)));
    }
    List<NotEvaluated> list = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      if (!rule.enabled()) {
        list.add(new NotEvaluated(rule.id(), rule.title(), DISABLED));
      } else if (reasons.containsKey(rule.id())) {
        list.add(new NotEvaluated(rule.id(), rule.title(), reasons.get(rule.id())));
      }
    }
    return list;
  }

  private SiteResult score(SiteContent site, Rules rules) {
    List<Finding> raw = new ArrayList<>();
    for (Check check : checks) {
      raw.addAll(check.run(site));
    }
    raw.sort(Finding.ORDER);
    boolean withServices = site.offersServices(rules.require(RuleCatalog.NO_SERVICES));
    Map<String, Dimension> dimensionOfRule = new HashMap<>();
    for (Rule rule : rules.rules()) {
      rules.dimension(rule.dimension()).ifPresent(d -> dimensionOfRule.put(rule.id(), d));
    }
    // A column already penalised as empty or stale takes no points under another indicator.
    Set<String> penalisedColumns = new HashSet<>();
    for (Finding f : raw) {
      if (f.column() != null
          && (f.rule().equals(RuleCatalog.COLUMN_EMPTY)
              || f.rule().equals(RuleCatalog.COLUMN_STALE))) {
        penalisedColumns.add(f.column());
      }
    }
    Map<String, BigDecimal> usedByRule = new HashMap<>();
    Map<String, BigDecimal> usedByDimension = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Finding f : raw) {
      if (f.severity() == RuleKind.VETO) {
        findings.add(f);
        continue;
      }
      Dimension dimension = dimensionOfRule.get(f.rule());
      BigDecimal counted = f.nominalPoints();
      // ... but what the proofreader found is not a matter of updates: a leak counts anyway
      boolean otherIndicatorOnPenalisedColumn =
          f.proofreading() == null
              && f.column() != null
              && penalisedColumns.contains(f.column())
              && !f.rule().equals(RuleCatalog.COLUMN_EMPTY)
              && !f.rule().equals(RuleCatalog.COLUMN_STALE);
      if (otherIndicatorOnPenalisedColumn || (dimension.onlyWithServices() && !withServices)) {
        counted = BigDecimal.ZERO;
      }
      BigDecimal cap = rules.require(f.rule()).parameters().cap();
      counted =
          counted.min(
              cap.subtract(usedByRule.getOrDefault(f.rule(), BigDecimal.ZERO))
                  .max(BigDecimal.ZERO));
      counted =
          counted.min(
              dimension
                  .points()
                  .subtract(usedByDimension.getOrDefault(dimension.id(), BigDecimal.ZERO))
                  .max(BigDecimal.ZERO));
      usedByRule.merge(f.rule(), counted, BigDecimal::add);
      usedByDimension.merge(dimension.id(), counted, BigDecimal::add);
      findings.add(f.counting(counted));
    }
    BigDecimal available = BigDecimal.ZERO;
    BigDecimal deducted = BigDecimal.ZERO;
    List<DimensionScore> dimensions = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Dimension d : rules.dimensions()) {
      boolean applicable = withServices || !d.onlyWithServices();
      BigDecimal used = usedByDimension.getOrDefault(d.id(), BigDecimal.ZERO);
      BigDecimal dimensionScore =
          d.points().signum() == 0
              ? HUNDRED
              : d.points()
                  .subtract(used)
                  .multiply(HUNDRED)
                  .divide(d.points(), 2, RoundingMode.HALF_UP);
      dimensions.add(
          new DimensionScore(
              d.id(), d.names(), d.points(), used, dimensionScore, d.weight(), applicable));
      if (applicable) {
        available = available.add(d.points());
        deducted = deducted.add(used);
        weighted = weighted.add(d.weight().multiply(dimensionScore));
        weights = weights.add(d.weight());
      }
    }
    // Without services the score out of the remaining points is scaled to 100 (75 × 4/3).
    BigDecimal score =
        available.signum() == 0
            ? HUNDRED.setScale(2)
            : available
                .subtract(deducted)
                .max(BigDecimal.ZERO)
                .multiply(HUNDRED)
                .divide(available, 2, RoundingMode.HALF_UP);
    BigDecimal performance =
        weights.signum() == 0
            ? HUNDRED.setScale(2)
            : weighted.divide(weights, 2, RoundingMode.HALF_UP);
    List<String> vetoes =
        findings.stream()
            .filter(f -> f.severity() == RuleKind.VETO)
            .map(Finding::rule)
            .distinct()
            .sorted()
            .toList();
    boolean vetoed = !vetoes.isEmpty();
    String grade = vetoed ? rules.failingGrade().id() : rules.gradeFor(score).id();
    boolean sleeping = vetoed || score.compareTo(rules.passMark()) < 0;
    List<ColumnFreshness> columns = new ArrayList<>();
    for (ColumnState c : site.columns()) {
      if (c.hasLimit()) {
        columns.add(
            new ColumnFreshness(
                c.path(),
                c.column().category().code(),
                c.lastPublished(),
                c.empty() ? null : c.ageDays(),
                c.limit().toString(),
                c.limitDays(),
                c.stale(),
                c.empty(),
                BigDecimal.valueOf(c.freshness()).setScale(1, RoundingMode.HALF_UP)));
      }
    }
    BigDecimal freshness =
        columns.isEmpty()
            ? null
            : BigDecimal.valueOf(
                    site.columns().stream()
                        .filter(ColumnState::hasLimit)
                        .mapToDouble(ColumnState::freshness)
                        .sum())
                .divide(BigDecimal.valueOf(columns.size()), 1, RoundingMode.HALF_UP);
    Site s = site.site();
    return new SiteResult(
        s.id(),
        new Text(
            s.names().in("zh-CN", List.of(s.sourceLanguage())),
            s.names().in("en", List.of(s.sourceLanguage()))),
        s.kind().name().toLowerCase(java.util.Locale.ROOT),
        score,
        grade,
        vetoed,
        sleeping,
        vetoes,
        withServices,
        freshness,
        performance,
        findings.stream().map(Finding::points).reduce(BigDecimal.ZERO, BigDecimal::add),
        dimensions,
        columns,
        findings);
  }
}
