package org.zhanqun.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.FindingKey;

/**
 * What changed across audit runs: each site's score over time, and the findings opened and fixed
 * between the last two runs (a finding is the same across runs when its {@link FindingKey} is). A
 * pure function of stored results; immutable.
 *
 * @param sites one trend per site that appears in any run, sorted by site id
 * @param previous the as-of date of the second-latest run; null with fewer than two runs
 * @param latest the as-of date of the latest run; null without runs
 * @param opened findings of the latest run that the previous one did not have (all of them with a
 *     single run), sorted
 * @param fixed findings of the previous run that the latest no longer has, sorted
 */
public record Trends(
    List<SiteTrend> sites,
    LocalDate previous,
    LocalDate latest,
    List<FindingKey> opened,
    List<FindingKey> fixed) {

  public Trends {
    sites = List.copyOf(sites);
    opened = List.copyOf(opened);
    fixed = List.copyOf(fixed);
  }

  /** One site's scores, oldest run first. */
  public record SiteTrend(String site, List<ScorePoint> points) {
    public SiteTrend {
      points = List.copyOf(points);
    }
  }

  /** A site's standing in one run. */
  public record ScorePoint(
      LocalDate asOf, BigDecimal score, boolean vetoed, boolean sleeping, BigDecimal freshness) {}

  /**
   * The trends of {@code runs}, in any order: they are ordered by as-of date (runs of the same day
   * keep their given order, the later one counting as later).
   */
  public static Trends of(List<AuditResult> runs) {
    List<AuditResult> ordered =
        runs.stream().sorted(Comparator.comparing(AuditResult::asOf)).toList();
    Map<String, List<ScorePoint>> bySite = new LinkedHashMap<>();
    for (AuditResult run : ordered) {
      for (SiteResult site : run.sites()) {
        bySite
            .computeIfAbsent(site.site(), s -> new ArrayList<>())
            .add(
                new ScorePoint(
                    run.asOf(), site.score(), site.vetoed(), site.sleeping(), site.freshness()));
      }
    }
    List<SiteTrend> sites =
        bySite.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new SiteTrend(e.getKey(), e.getValue()))
            .toList();
    if (ordered.isEmpty()) {
      return new Trends(sites, null, null, List.of(), List.of());
    }
    AuditResult latest = ordered.get(ordered.size() - 1);
    Set<FindingKey> now = keys(latest);
    if (ordered.size() == 1) {
      return new Trends(sites, null, latest.asOf(), List.copyOf(now), List.of());
    }
    AuditResult previous = ordered.get(ordered.size() - 2);
    Set<FindingKey> before = keys(previous);
    Set<FindingKey> opened = new TreeSet<>(now);
    opened.removeAll(before);
    Set<FindingKey> fixed = new TreeSet<>(before);
    fixed.removeAll(now);
    return new Trends(
        sites, previous.asOf(), latest.asOf(), List.copyOf(opened), List.copyOf(fixed));
  }

  private static Set<FindingKey> keys(AuditResult run) {
    Set<FindingKey> keys = new TreeSet<>();
    for (Finding finding : run.findings()) {
      keys.add(finding.key());
    }
    return keys;
  }
}
