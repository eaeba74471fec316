package org.zhanqun.audit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.ColumnFreshness;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.Trends;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.FindingKey;
import org.zhanqun.audit.finding.ProofreadingEvidence;
import org.zhanqun.audit.rule.Text;

/**
 * The read-only model that {@code html-report.ftlh} sees: every number already formatted, every
 * chart coordinate already computed, so the template only lays out markup and FreeMarker escapes
 * every text. The records are public only because FreeMarker reads them by reflection; nothing
 * outside this package uses them.
 */
final class HtmlReportModel {

  private static final List<String> CATEGORIES =
      List.of("dynamic", "notice", "policy", "interpretation", "personnel", "planning");
  private static final List<String> LINE_COLOURS =
      List.of(
          "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
          "#bcbd22", "#17becf");

  private HtmlReportModel() {}

  /** The whole page; {@code site} is null for a cluster-wide run, {@code trends} with one run. */
  public record Page(
      String cluster,
      String asOf,
      String timeZone,
      String rulesVersion,
      String site,
      List<Card> cards,
      List<SleepingSite> sleeping,
      Ranking ranking,
      ScoreTrends trends,
      HeatMap heatMap,
      List<SiteFindings> sites,
      List<NotEvaluatedRule> notEvaluated) {}

  /** A summary figure; {@code style} is "bad" when it needs attention, else empty. */
  public record Card(String label, String value, String style) {}

  /**
   * A sleeping site and why: its veto evidence, or none when it only scored below the pass mark.
   */
  public record SleepingSite(
      String site, String name, String score, String vetoes, List<Text> why) {}

  /** The ranking bar chart. */
  public record Ranking(
      int width,
      int height,
      List<Bar> bars,
      int passX,
      int passY2,
      int passLabelX,
      int passLabelY) {}

  /** One site's bar; {@code labelX}, {@code textY} place its id, {@code scoreX} its score. */
  public record Bar(
      String site,
      String score,
      boolean vetoed,
      String colour,
      int labelX,
      int textY,
      int x,
      int y,
      int width,
      int height,
      int scoreX) {}

  /** The score trend lines, drawn only with runs on at least two days. */
  public record ScoreTrends(
      int width,
      int height,
      List<GridLine> grid,
      List<DayLabel> days,
      List<TrendLine> lines,
      String previous,
      List<String> opened,
      List<String> fixed) {}

  public record GridLine(int x1, int x2, int y, int labelX, int labelY, int score) {}

  public record DayLabel(int x, int y, String day) {}

  public record TrendLine(String site, String colour, String points, int legendX, int legendY) {}

  /** The category × site freshness table. */
  public record HeatMap(List<String> categories, List<HeatRow> rows) {}

  /** One site's row: one cell per category, then the site's own freshness. */
  public record HeatRow(String site, List<HeatCell> categories, HeatCell overall) {}

  /** A freshness from 0 to 100 with its colour; not {@code measured} when nothing was measured. */
  public record HeatCell(boolean measured, int value, int hue, String title) {

    static final HeatCell NONE = new HeatCell(false, 0, 0, "");

    static HeatCell of(int value, String title) {
      // red (0) to amber to green (100)
      return new HeatCell(true, value, Math.max(0, Math.min(120, value * 120 / 100)), title);
    }
  }

  /** A site's findings section, open when the site sleeps. */
  public record SiteFindings(
      String site,
      String name,
      String score,
      String grade,
      boolean sleeping,
      int findingCount,
      List<String> dimensions,
      String performance,
      String freshness,
      List<FindingRow> findings) {}

  /**
   * One finding: {@code where} is the item or column (empty for the site), {@code url} null when
   * there is no page to link, {@code nominalPoints} null when no cap changed the points.
   */
  public record FindingRow(
      String severity,
      String rule,
      String where,
      String url,
      Text evidence,
      String points,
      String nominalPoints,
      Proofread proofreading) {}

  /**
   * Where the proofreader found a proofreading finding, the context split around the matched text
   * so that the page can highlight it; {@code character} is 1-based.
   */
  public record Proofread(
      String category,
      String field,
      int line,
      int character,
      String before,
      String text,
      String after,
      String suggestion) {

    static Proofread of(ProofreadingEvidence p) {
      int at = p.context().indexOf(p.text());
      String before = at < 0 ? p.context() : p.context().substring(0, at);
      String text = at < 0 ? "" : p.text();
      String after = at < 0 ? "" : p.context().substring(at + p.text().length());
      return new Proofread(
          p.category(), p.field(), p.line(), p.offset() + 1, before, text, after, p.suggestion());
    }
  }

  public record NotEvaluatedRule(String rule, Text title, Text reason) {}

  /** The model of the latest of {@code runs} (by as-of date); the others give the trends. */
  static Page of(List<AuditResult> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no audit result to report");
    }
    AuditResult latest = runs.stream().max(Comparator.comparing(AuditResult::asOf)).orElseThrow();
    return new Page(
        latest.cluster(),
        latest.asOf().toString(),
        latest.timeZone(),
        latest.rulesVersion(),
        latest.site().orElse(null),
        cards(latest),
        sleeping(latest),
        ranking(latest),
        trends(Trends.of(runs)),
        heatMap(latest),
        sites(latest),
        latest.notEvaluated().stream()
            .map(n -> new NotEvaluatedRule(n.rule(), n.title(), n.reason()))
            .toList());
  }

  private static List<Card> cards(AuditResult r) {
    long vetoed = r.sites().stream().filter(SiteResult::vetoed).count();
    return List.of(
        new Card("站点 Sites", Integer.toString(r.sites().size()), ""),
        new Card(
            "沉睡站点 Sleeping",
            Integer.toString(r.sleeping().size()),
            r.sleeping().isEmpty() ? "" : "bad"),
        new Card("单项否决 Vetoed", Long.toString(vetoed), vetoed == 0 ? "" : "bad"),
        new Card("问题 Findings", Integer.toString(r.findings().size()), ""));
  }

  private static List<SleepingSite> sleeping(AuditResult r) {
    List<SleepingSite> sleeping = new ArrayList<>();
    for (String id : r.sleeping()) {
      SiteResult s = r.site(id).orElseThrow();
      List<Text> why =
          s.findings().stream()
              .filter(f -> f.severity().code().equals("veto"))
              .map(Finding::evidence)
              .toList();
      sleeping.add(
          new SleepingSite(
              id, s.names().zh(), s.score().toPlainString(), String.join(", ", s.vetoes()), why));
    }
    return sleeping;
  }

  private static Ranking ranking(AuditResult r) {
    int rowHeight = 22;
    int labelWidth = 70;
    int barWidth = 500;
    List<Bar> bars = new ArrayList<>();
    int y = 5;
    for (String id : r.ranking()) {
      SiteResult s = r.site(id).orElseThrow();
      int width = percentOf(s.score(), barWidth);
      bars.add(
          new Bar(
              id,
              s.score().toPlainString(),
              s.vetoed(),
              s.sleeping() ? "#c0392b" : "#2e8b57",
              labelWidth - 6,
              y + 15,
              labelWidth,
              y + 3,
              width,
              rowHeight - 6,
              labelWidth + width + 4));
      y += rowHeight;
    }
    int pass = labelWidth + barWidth * 60 / 100;
    return new Ranking(
        labelWidth + barWidth + 60,
        r.ranking().size() * rowHeight + 30,
        bars,
        pass,
        y,
        pass + 3,
        y + 15);
  }

  private static ScoreTrends trends(Trends trends) {
    List<LocalDate> days =
        trends.sites().stream()
            .flatMap(s -> s.points().stream())
            .map(Trends.ScorePoint::asOf)
            .distinct()
            .sorted()
            .toList();
    if (days.size() < 2) {
      return null;
    }
    int width = 640;
    int height = 260;
    int left = 40;
    int top = 10;
    int plotW = width - left - 120;
    int plotH = height - top - 30;
    List<GridLine> grid = new ArrayList<>();
    for (int score = 0; score <= 100; score += 20) {
      int y = top + plotH - plotH * score / 100;
      grid.add(new GridLine(left, left + plotW, y, left - 4, y + 4, score));
    }
    List<DayLabel> dayLabels = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      dayLabels.add(
          new DayLabel(left + plotW * i / (days.size() - 1), height - 8, days.get(i).toString()));
    }
    List<TrendLine> lines = new ArrayList<>();
    for (Trends.SiteTrend site : trends.sites()) {
      int legend = lines.size();
      List<String> points = new ArrayList<>();
      for (Trends.ScorePoint p : site.points()) {
        int x = left + plotW * days.indexOf(p.asOf()) / (days.size() - 1);
        int y = top + plotH - percentOf(p.score(), plotH);
        points.add(x + "," + y);
      }
      lines.add(
          new TrendLine(
              site.site(),
              LINE_COLOURS.get(legend % LINE_COLOURS.size()),
              String.join(" ", points),
              left + plotW + 8,
              top + 12 + 14 * legend));
    }
    return new ScoreTrends(
        width,
        height,
        grid,
        dayLabels,
        lines,
        String.valueOf(trends.previous()),
        keys(trends.opened()),
        keys(trends.fixed()));
  }

  private static List<String> keys(List<FindingKey> keys) {
    return keys.stream()
        .map(
            k -> {
              List<String> parts = new ArrayList<>(List.of(k.site(), k.rule()));
              if (!k.column().isEmpty()) {
                parts.add(k.column());
              }
              if (!k.item().isEmpty()) {
                parts.add(k.item());
              }
              if (!k.detail().isEmpty()) {
                parts.add(k.detail());
              }
              return String.join(" · ", parts);
            })
        .toList();
  }

  private static HeatMap heatMap(AuditResult r) {
    List<HeatRow> rows = new ArrayList<>();
    for (SiteResult s : r.sites()) {
      Map<String, List<ColumnFreshness>> byCategory = new LinkedHashMap<>();
      for (ColumnFreshness c : s.columns()) {
        byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
      }
      List<HeatCell> cells = new ArrayList<>();
      for (String category : CATEGORIES) {
        List<ColumnFreshness> columns = byCategory.getOrDefault(category, List.of());
        if (columns.isEmpty()) {
          cells.add(HeatCell.NONE);
          continue;
        }
        BigDecimal mean =
            columns.stream()
                .map(ColumnFreshness::freshness)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(columns.size()), 0, RoundingMode.HALF_UP);
        StringBuilder tip = new StringBuilder();
        for (ColumnFreshness c : columns) {
          tip.append(c.column())
              .append(": ")
              .append(c.empty() ? "empty" : c.lastPublished() + " (" + c.ageDays() + " d)")
              .append(c.stale() ? " stale" : "")
              .append("; ");
        }
        cells.add(HeatCell.of(mean.intValue(), tip.toString().strip()));
      }
      HeatCell overall =
          s.freshness() == null
              ? HeatCell.NONE
              : HeatCell.of(s.freshness().setScale(0, RoundingMode.HALF_UP).intValue(), "site");
      rows.add(new HeatRow(s.site(), cells, overall));
    }
    return new HeatMap(CATEGORIES, rows);
  }

  private static List<SiteFindings> sites(AuditResult r) {
    List<SiteResult> ordered = new ArrayList<>();
    r.sleeping().forEach(id -> ordered.add(r.site(id).orElseThrow()));
    r.ranking().stream()
        .map(id -> r.site(id).orElseThrow())
        .filter(s -> !s.sleeping())
        .forEach(ordered::add);
    return ordered.stream()
        .map(
            s ->
                new SiteFindings(
                    s.site(),
                    s.names().zh(),
                    s.score().toPlainString(),
                    s.grade(),
                    s.sleeping(),
                    s.findings().size(),
                    s.dimensions().stream()
                        .map(
                            d ->
                                d.names().zh()
                                    + " "
                                    + (d.applicable() ? d.score().toPlainString() : "n/a"))
                        .toList(),
                    s.performance().toPlainString(),
                    s.freshness() == null ? "—" : s.freshness().toPlainString(),
                    s.findings().stream().map(HtmlReportModel::row).toList()))
        .toList();
  }

  private static FindingRow row(Finding f) {
    String where = f.item() != null ? f.item().toString() : f.column() != null ? f.column() : "";
    return new FindingRow(
        f.severity().code(),
        f.rule(),
        where,
        f.url(),
        f.evidence(),
        f.points().toPlainString(),
        f.points().compareTo(f.nominalPoints()) != 0 ? f.nominalPoints().toPlainString() : null,
        f.proofreading() == null ? null : Proofread.of(f.proofreading()));
  }

  /** {@code percent} (0–100) of {@code length}, rounded half up to a whole pixel. */
  private static int percentOf(BigDecimal percent, int length) {
    return percent
        .multiply(BigDecimal.valueOf(length))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
        .intValue();
  }
}
