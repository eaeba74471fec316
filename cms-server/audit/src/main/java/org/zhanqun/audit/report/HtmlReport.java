package org.zhanqun.audit.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.ColumnFreshness;
import org.zhanqun.audit.NotEvaluated;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.Trends;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.FindingKey;

/**
 * Writes the audit as one self-contained HTML page (inline CSS and SVG, no script, no external
 * file): the summary, the sleeping sites first, the ranking as a bar chart, the score trend lines
 * across runs, a category × site freshness heat map, each site's findings with evidence and links,
 * and the rules not evaluated. Equal inputs give identical bytes. Thread-safe.
 */
public final class HtmlReport {

  private static final String[] CATEGORIES = {
    "dynamic", "notice", "policy", "interpretation", "personnel", "planning"
  };
  private static final String[] LINE_COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf"
  };

  /**
   * Writes the report of the latest of {@code runs} (by as-of date); the others give the trends.
   *
   * @param runs at least one result; typically the stored results of one cluster over time
   */
  public void write(List<AuditResult> runs, Writer out) throws IOException {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no audit result to report");
    }
    AuditResult latest = runs.stream().max(Comparator.comparing(AuditResult::asOf)).orElseThrow();
    Trends trends = Trends.of(runs);
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>网站普查报告 Wake-up audit — ")
        .append(esc(latest.cluster()))
        .append(" — ")
        .append(latest.asOf())
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    summary(h, latest);
    sleeping(h, latest);
    ranking(h, latest);
    trendLines(h, trends);
    heatMap(h, latest);
    sites(h, latest);
    notEvaluated(h, latest);
    h.append("</body>\n</html>\n");
    out.write(h.toString());
    out.flush();
  }

  private static void summary(StringBuilder h, AuditResult r) {
    long vetoed = r.sites().stream().filter(SiteResult::vetoed).count();
    h.append("<header>\n<h1>网站普查（唤醒工程）报告 <span class=\"en\">Wake-up audit</span></h1>\n");
    h.append("<p>集群 Cluster <b>")
        .append(esc(r.cluster()))
        .append("</b> · 检查日 As of <b>")
        .append(r.asOf())
        .append("</b> (")
        .append(esc(r.timeZone()))
        .append(") · 规则 Rules <b>")
        .append(esc(r.rulesVersion()))
        .append("</b>")
        .append(r.site().map(s -> " · 站点 Site <b>" + esc(s) + "</b>").orElse(""))
        .append("</p>\n<div class=\"cards\">\n");
    card(h, "站点 Sites", Integer.toString(r.sites().size()), "");
    card(
        h,
        "沉睡站点 Sleeping",
        Integer.toString(r.sleeping().size()),
        r.sleeping().isEmpty() ? "" : "bad");
    card(h, "单项否决 Vetoed", Long.toString(vetoed), vetoed == 0 ? "" : "bad");
    card(h, "问题 Findings", Integer.toString(r.findings().size()), "");
    h.append("</div>\n</header>\n");
  }

  private static void card(StringBuilder h, String label, String value, String cls) {
    h.append("<div class=\"card ").append(cls).append("\"><div class=\"value\">").append(value);
    h.append("</div><div class=\"label\">").append(label).append("</div></div>\n");
  }

  private static void sleeping(StringBuilder h, AuditResult r) {
    h.append("<section>\n<h2>沉睡站点 <span class=\"en\">Sleeping sites</span></h2>\n");
    if (r.sleeping().isEmpty()) {
      h.append("<p>无。None.</p>\n</section>\n");
      return;
    }
    h.append(
        "<table>\n<tr><th>站点 Site</th><th>得分 Score</th><th>否决项 Vetoes</th><th>原因 Why</th></tr>\n");
    for (String id : r.sleeping()) {
      SiteResult s = r.site(id).orElseThrow();
      h.append("<tr><td><a href=\"#site-")
          .append(esc(id))
          .append("\">")
          .append(esc(id))
          .append("</a> ");
      h.append(esc(s.names().zh()))
          .append("</td><td class=\"num\">")
          .append(s.score().toPlainString());
      h.append("</td><td>").append(esc(String.join(", ", s.vetoes()))).append("</td><td>");
      List<String> why = new ArrayList<>();
      for (Finding f : s.findings()) {
        if (f.severity().code().equals("veto")) {
          why.add(
              esc(f.evidence().zh())
                  + "<br><span class=\"en\">"
                  + esc(f.evidence().en())
                  + "</span>");
        }
      }
      if (why.isEmpty()) {
        why.add("得分低于合格线 Score below the pass mark");
      }
      h.append(String.join("<hr>", why)).append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void ranking(StringBuilder h, AuditResult r) {
    int rowHeight = 22;
    int labelWidth = 70;
    int barWidth = 500;
    int height = r.ranking().size() * rowHeight + 30;
    h.append("<section>\n<h2>排名 <span class=\"en\">Ranking</span></h2>\n");
    h.append("<svg class=\"chart\" role=\"img\" aria-label=\"ranking\" viewBox=\"0 0 ")
        .append(labelWidth + barWidth + 60)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(labelWidth + barWidth + 60)
        .append("\" height=\"")
        .append(height)
        .append("\">\n");
    int y = 5;
    for (String id : r.ranking()) {
      SiteResult s = r.site(id).orElseThrow();
      int width =
          s.score()
              .multiply(BigDecimal.valueOf(barWidth))
              .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
              .intValue();
      String colour = s.sleeping() ? "#c0392b" : "#2e8b57";
      h.append("<text x=\"")
          .append(labelWidth - 6)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" text-anchor=\"end\">")
          .append(esc(id))
          .append("</text>");
      h.append("<rect x=\"")
          .append(labelWidth)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(rowHeight - 6)
          .append("\" fill=\"")
          .append(colour)
          .append("\"><title>")
          .append(esc(id))
          .append(' ')
          .append(s.score().toPlainString())
          .append(s.vetoed() ? " (veto)" : "")
          .append("</title></rect>");
      h.append("<text x=\"")
          .append(labelWidth + width + 4)
          .append("\" y=\"")
          .append(y + 15)
          .append("\">")
          .append(s.score().toPlainString())
          .append(s.vetoed() ? " ✗" : "")
          .append("</text>\n");
      y += rowHeight;
    }
    int pass = labelWidth + barWidth * 60 / 100;
    h.append("<line x1=\"")
        .append(pass)
        .append("\" y1=\"0\" x2=\"")
        .append(pass)
        .append("\" y2=\"")
        .append(y)
        .append("\" class=\"passmark\"/><text x=\"")
        .append(pass + 3)
        .append("\" y=\"")
        .append(y + 15)
        .append("\" class=\"small\">60 合格线 pass mark</text>\n</svg>\n");
    h.append(
        "<p class=\"note\">红色：沉睡（否决或低于合格线）；✗ 单项否决。Red: sleeping; ✗: vetoed. Vetoed sites rank after all others.</p>\n</section>\n");
  }

  private static void trendLines(StringBuilder h, Trends trends) {
    h.append("<section>\n<h2>得分趋势 <span class=\"en\">Score trends</span></h2>\n");
    List<java.time.LocalDate> days =
        trends.sites().stream()
            .flatMap(s -> s.points().stream())
            .map(Trends.ScorePoint::asOf)
            .distinct()
            .sorted()
            .toList();
    if (days.size() < 2) {
      h.append("<p>只有一次检查，尚无趋势。One run only: no trend yet.</p>\n</section>\n");
      return;
    }
    int width = 640;
    int height = 260;
    int left = 40;
    int top = 10;
    int plotW = width - left - 120;
    int plotH = height - top - 30;
    h.append("<svg class=\"chart\" role=\"img\" aria-label=\"score trends\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\">\n");
    for (int score = 0; score <= 100; score += 20) {
      int yy = top + plotH - plotH * score / 100;
      h.append("<line x1=\"")
          .append(left)
          .append("\" y1=\"")
          .append(yy)
          .append("\" x2=\"")
          .append(left + plotW)
          .append("\" y2=\"")
          .append(yy)
          .append("\" class=\"grid\"/><text x=\"")
          .append(left - 4)
          .append("\" y=\"")
          .append(yy + 4)
          .append("\" text-anchor=\"end\" class=\"small\">")
          .append(score)
          .append("</text>\n");
    }
    for (int i = 0; i < days.size(); i++) {
      int xx = left + plotW * i / (days.size() - 1);
      h.append("<text x=\"")
          .append(xx)
          .append("\" y=\"")
          .append(height - 8)
          .append("\" text-anchor=\"middle\" class=\"small\">")
          .append(days.get(i))
          .append("</text>\n");
    }
    int legend = 0;
    for (Trends.SiteTrend site : trends.sites()) {
      String colour = LINE_COLOURS[legend % LINE_COLOURS.length];
      StringBuilder points = new StringBuilder();
      for (Trends.ScorePoint p : site.points()) {
        int xx = left + plotW * days.indexOf(p.asOf()) / (days.size() - 1);
        int yy =
            top
                + plotH
                - p.score()
                    .multiply(BigDecimal.valueOf(plotH))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                    .intValue();
        points.append(points.length() == 0 ? "" : " ").append(xx).append(',').append(yy);
      }
      h.append("<polyline fill=\"none\" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"2\" points=\"")
          .append(points)
          .append("\"><title>")
          .append(esc(site.site()))
          .append("</title></polyline>");
      h.append("<text x=\"")
          .append(left + plotW + 8)
          .append("\" y=\"")
          .append(top + 12 + 14 * legend)
          .append("\" fill=\"")
          .append(colour)
          .append("\" class=\"small\">")
          .append(esc(site.site()))
          .append("</text>\n");
      legend++;
    }
    h.append("</svg>\n");
    h.append("<p>自 ")
        .append(trends.previous())
        .append(" 以来 Since the previous run: 新增 opened <b>")
        .append(trends.opened().size())
        .append("</b>, 已整改 fixed <b>")
        .append(trends.fixed().size())
        .append("</b></p>\n");
    keys(h, "已整改 Fixed", trends.fixed());
    keys(h, "新增 Opened", trends.opened());
    h.append("</section>\n");
  }

  private static void keys(StringBuilder h, String title, List<FindingKey> keys) {
    if (keys.isEmpty()) {
      return;
    }
    h.append("<details><summary>")
        .append(title)
        .append(" (")
        .append(keys.size())
        .append(")</summary><ul>\n");
    for (FindingKey k : keys) {
      h.append("<li>").append(esc(k.site())).append(" · ").append(esc(k.rule()));
      if (!k.column().isEmpty()) {
        h.append(" · ").append(esc(k.column()));
      }
      if (!k.item().isEmpty()) {
        h.append(" · ").append(esc(k.item()));
      }
      h.append("</li>\n");
    }
    h.append("</ul></details>\n");
  }

  private static void heatMap(StringBuilder h, AuditResult r) {
    h.append(
        "<section>\n<h2>栏目新鲜度热力图 <span class=\"en\">Freshness by category and site</span></h2>\n");
    h.append("<table class=\"heat\">\n<tr><th>站点 Site</th>");
    for (String c : CATEGORIES) {
      h.append("<th>").append(c).append("</th>");
    }
    h.append("<th>站点 site</th></tr>\n");
    for (SiteResult s : r.sites()) {
      h.append("<tr><td><a href=\"#site-")
          .append(esc(s.site()))
          .append("\">")
          .append(esc(s.site()))
          .append("</a></td>");
      Map<String, List<ColumnFreshness>> byCategory = new LinkedHashMap<>();
      for (ColumnFreshness c : s.columns()) {
        byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
      }
      for (String category : CATEGORIES) {
        List<ColumnFreshness> columns = byCategory.getOrDefault(category, List.of());
        if (columns.isEmpty()) {
          h.append("<td class=\"none\">—</td>");
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
        h.append(cell(mean.intValue(), tip.toString().strip()));
      }
      h.append(
          s.freshness() == null
              ? "<td class=\"none\">—</td>"
              : cell(s.freshness().setScale(0, RoundingMode.HALF_UP).intValue(), "site"));
      h.append("</tr>\n");
    }
    h.append(
        "</table>\n<p class=\"note\">新鲜度 0–100：在更新期限一半以内为 100，至两倍期限线性降为 0；空栏目为 0。"
            + " Freshness 0–100: 100 up to half the limit, falling linearly to 0 at twice the limit; empty columns 0.</p>\n</section>\n");
  }

  private static String cell(int value, String title) {
    // red (0) to amber to green (100)
    int hue = Math.max(0, Math.min(120, value * 120 / 100));
    return "<td class=\"num\" style=\"background:hsl("
        + hue
        + ",70%,78%)\" title=\""
        + esc(title)
        + "\">"
        + value
        + "</td>";
  }

  private static void sites(StringBuilder h, AuditResult r) {
    h.append("<section>\n<h2>各站点问题 <span class=\"en\">Findings by site</span></h2>\n");
    List<SiteResult> ordered = new ArrayList<>();
    r.sleeping().forEach(id -> ordered.add(r.site(id).orElseThrow()));
    r.ranking().stream()
        .map(id -> r.site(id).orElseThrow())
        .filter(s -> !s.sleeping())
        .forEach(ordered::add);
    for (SiteResult s : ordered) {
      h.append("<details id=\"site-")
          .append(esc(s.site()))
          .append("\"")
          .append(s.sleeping() ? " open" : "")
          .append(">\n<summary>");
      h.append("<b>")
          .append(esc(s.site()))
          .append("</b> ")
          .append(esc(s.names().zh()))
          .append(" · ")
          .append(s.score().toPlainString())
          .append(" · ")
          .append(esc(s.grade()))
          .append(s.sleeping() ? " · <span class=\"bad\">沉睡 sleeping</span>" : "")
          .append(" · ")
          .append(s.findings().size())
          .append(" findings</summary>\n");
      h.append("<p>维度 Dimensions: ");
      List<String> dims = new ArrayList<>();
      s.dimensions()
          .forEach(
              d ->
                  dims.add(
                      esc(d.names().zh())
                          + " "
                          + (d.applicable() ? d.score().toPlainString() : "n/a")));
      h.append(String.join(" · ", dims))
          .append(" · 绩效 performance ")
          .append(s.performance().toPlainString());
      h.append(" · 新鲜度 freshness ")
          .append(s.freshness() == null ? "—" : s.freshness().toPlainString())
          .append("</p>\n");
      if (s.findings().isEmpty()) {
        h.append("<p>无问题。No finding.</p>\n</details>\n");
        continue;
      }
      h.append(
          "<table>\n<tr><th>规则 Rule</th><th>栏目 / 内容 Column / item</th><th>证据 Evidence</th><th>扣分 Points</th></tr>\n");
      for (Finding f : s.findings()) {
        h.append("<tr class=\"")
            .append(f.severity().code())
            .append("\"><td>")
            .append(esc(f.rule()))
            .append("<br><span class=\"small\">")
            .append(f.severity().code())
            .append("</span></td><td>");
        String where =
            f.item() != null ? f.item().toString() : f.column() != null ? f.column() : "";
        if (f.url() != null) {
          h.append("<a href=\"")
              .append(esc(f.url()))
              .append("\">")
              .append(esc(where.isEmpty() ? f.url() : where))
              .append("</a>");
        } else {
          h.append(esc(where));
        }
        h.append("</td><td>")
            .append(esc(f.evidence().zh()))
            .append("<br><span class=\"en\">")
            .append(esc(f.evidence().en()))
            .append("</span></td><td class=\"num\">")
            .append(f.points().toPlainString());
        if (f.points().compareTo(f.nominalPoints()) != 0) {
          h.append(" <span class=\"small\">(")
              .append(f.nominalPoints().toPlainString())
              .append(")</span>");
        }
        h.append("</td></tr>\n");
      }
      h.append("</table>\n</details>\n");
    }
    h.append(
        "<p class=\"note\">括号内为封顶或避免重复扣分前的分值。In brackets: the points before caps and the no-double-penalty rule.</p>\n</section>\n");
  }

  private static void notEvaluated(StringBuilder h, AuditResult r) {
    h.append("<section>\n<h2>未评估的规则 <span class=\"en\">Rules not evaluated</span></h2>\n");
    if (r.notEvaluated().isEmpty()) {
      h.append("<p>无。None.</p>\n");
    } else {
      h.append("<ul>\n");
      for (NotEvaluated n : r.notEvaluated()) {
        h.append("<li><b>")
            .append(esc(n.rule()))
            .append("</b> ")
            .append(esc(n.title().zh()))
            .append("：")
            .append(esc(n.reason().zh()))
            .append(" <span class=\"en\">")
            .append(esc(n.reason().en()))
            .append("</span></li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  /** Escapes text for HTML content and attribute values. */
  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS =
      """
      body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2em; color: #222; }
      h1 { font-size: 1.6em; } h2 { font-size: 1.25em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
      .en { color: #666; font-size: .9em; } .small { font-size: 11px; color: #555; } .note { color: #666; font-size: .85em; }
      .cards { display: flex; gap: 1em; flex-wrap: wrap; }
      .card { border: 1px solid #ddd; border-radius: 6px; padding: .6em 1.2em; min-width: 7em; }
      .card .value { font-size: 1.8em; font-weight: bold; } .card.bad .value, .bad { color: #c0392b; }
      table { border-collapse: collapse; margin: .5em 0; } th, td { border: 1px solid #ddd; padding: .3em .5em; vertical-align: top; text-align: left; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; } td.none { color: #aaa; text-align: center; }
      tr.veto td { background: #fdecea; }
      .chart text { font-size: 12px; fill: #222; } .chart .grid { stroke: #eee; } .chart .passmark { stroke: #c0392b; stroke-dasharray: 4 3; }
      details { margin: .4em 0; } summary { cursor: pointer; }
      """;
}
