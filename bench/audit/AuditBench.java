import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.report.JsonReport;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteKind;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.InterpretationPart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;

/**
 * Audit benchmark: builds a synthetic cluster in memory (no disk, no external links) and audits it
 * as of 2026-11-16 several times in one JVM. Prints one Markdown table row per measurement.
 *
 * <p>Usage: java -cp <module classes and jars> AuditBench.java [--sites 200] [--items 200000]
 * [--runs 5] [--seed 42]
 */
public final class AuditBench {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 16);
  private static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

  private record Col(String code, ColumnCategory category, ContentType type) {}

  private static final List<Col> COLUMNS =
      List.of(
          new Col("news", ColumnCategory.DYNAMIC, ContentType.NEWS),
          new Col("notice", ColumnCategory.NOTICE, ContentType.NEWS),
          new Col("policy", ColumnCategory.POLICY, ContentType.POLICY),
          new Col("interpretation", ColumnCategory.INTERPRETATION, ContentType.INTERPRETATION),
          new Col("personnel", ColumnCategory.PERSONNEL, ContentType.NEWS),
          new Col("planning", ColumnCategory.PLANNING, ContentType.NEWS),
          new Col("guide", ColumnCategory.GUIDE, ContentType.GUIDE),
          new Col("forms", ColumnCategory.FORMS, ContentType.FORM),
          new Col("interaction", ColumnCategory.INTERACTION, ContentType.PAGE),
          new Col("about", ColumnCategory.STATIC, ContentType.PAGE),
          new Col("special", ColumnCategory.SPECIAL, ContentType.NEWS));

  /** Share of the items per column, in the order of COLUMNS (news-heavy, as real sites are). */
  private static final double[] SHARE = {0.55, 0.12, 0.08, 0.05, 0.04, 0.04, 0.04, 0.02, 0.01, 0.02, 0.03};

  public static void main(String[] args) {
    Map<String, String> options = options(args);
    int sites = Integer.parseInt(options.getOrDefault("--sites", "200"));
    int items = Integer.parseInt(options.getOrDefault("--items", "200000"));
    int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
    long seed = Long.parseLong(options.getOrDefault("--seed", "42"));

    long t0 = System.nanoTime();
    ContentSet content = generate(sites, items, seed);
    long generated = System.nanoTime() - t0;
    Rules rules = RulesFile.nationalDefault();
    Audit audit = new Audit();
    System.out.printf("| step | time (ms) |%n|---|---:|%n");
    System.out.printf("| generate %d sites, %d items in memory | %.0f |%n", sites, content.items().size(), generated / 1e6);
    List<Double> times = new ArrayList<>();
    AuditResult result = null;
    for (int run = 1; run <= runs; run++) {
      long start = System.nanoTime();
      result = audit.run(AuditRequest.of(content, rules, AS_OF));
      double ms = (System.nanoTime() - start) / 1e6;
      times.add(ms);
      System.out.printf("| audit run %d%s | %.0f |%n", run, run == 1 ? " (cold JIT)" : "", ms);
    }
    long start = System.nanoTime();
    StringWriter json = new StringWriter();
    new JsonReport().write(result, json);
    double jsonMs = (System.nanoTime() - start) / 1e6;
    System.out.printf("| JSON report (%.1f MB) | %.0f |%n", json.getBuffer().length() / 1e6, jsonMs);
    List<Double> warm = times.size() > 1 ? times.subList(1, times.size()) : times;
    double[] sorted = warm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println();
    System.out.printf("- audit, cold (first run, JIT warming up): %.0f ms%n", times.get(0));
    System.out.printf("- audit, warm median of %d runs: %.0f ms%n", warm.size(), median);
    System.out.printf("- findings: %d; sleeping sites: %d of %d%n", result.findings().size(), result.sleeping().size(), result.sites().size());
    System.out.printf("- peak heap (sum of the heap pools' peaks): %.0f MB; max heap %d MB; %d CPUs%n",
        peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000, Runtime.getRuntime().availableProcessors());
  }

  private static ContentSet generate(int siteCount, int itemCount, long seed) {
    List<Site> sites = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    int perSite = itemCount / siteCount;
    for (int s = 0; s < siteCount; s++) {
      Random random = new Random(seed * 31 + s);
      String id = s == 0 ? "portal" : String.format("d%03d", s);
      boolean bilingual = s % 4 == 0;
      List<String> languages = bilingual ? List.of("zh-CN", "en") : List.of("zh-CN");
      List<Column> columns = new ArrayList<>();
      for (Col c : COLUMNS) {
        columns.add(new Column(c.code(), c.code(), LocalizedText.of("zh-CN", c.code()), c.category(), List.of(c.type()), List.of()));
      }
      sites.add(new Site(id, s == 0 ? SiteKind.PORTAL : SiteKind.DEPARTMENT, LocalizedText.of("zh-CN", "站点" + s), "单位" + s,
          s == 0 ? "" : id + "/", s == 0 ? "portal" : "department", languages,
          new Identification("22010000" + String.format("%02d", s % 100), "吉ICP备", s % 7 == 0 ? null : "公网安备", "0431", null, null), columns));
      // a sleeping site now and then: its newest items are months old
      int staleDays = s % 10 == 9 ? 120 : 0;
      List<ItemReference> policies = new ArrayList<>();
      for (int c = 0; c < COLUMNS.size(); c++) {
        Col col = COLUMNS.get(c);
        int n = Math.max(1, (int) Math.round(perSite * SHARE[c]));
        for (int i = 0; i < n; i++) {
          String slug = col.code() + "-" + i;
          int age = staleDays + (int) Math.min(3 * 365, Math.abs(random.nextGaussian()) * (col.category() == ColumnCategory.DYNAMIC ? 60 : 300));
          OffsetDateTime published = AS_OF.minusDays(age).atTime(9, random.nextInt(60)).atOffset(OFFSET);
          PolicyPart policy = null;
          InterpretationPart interpretation = null;
          GuidePart guide = null;
          if (col.type() == ContentType.POLICY) {
            policy = new PolicyPart("11220100MB1234567X/2026-" + (10000 + i), "单位" + s, null, published.toLocalDate().minusDays(3),
                null, List.of(), i % 9 == 0 ? "repealed" : "valid", i % 13 == 0 ? AS_OF.minusDays(30) : null);
            policies.add(new ItemReference(id, slug));
          } else if (col.type() == ContentType.INTERPRETATION) {
            List<ItemReference> targets = policies.isEmpty() ? List.of(new ItemReference(id, "policy-0")) : List.of(policies.get(i % policies.size()));
            interpretation = new InterpretationPart(targets, "text");
          } else if (col.type() == ContentType.GUIDE) {
            guide = new GuidePart("1", "行政许可", "依据", "条件", List.of(new GuidePart.Material("材料", null, 1, true, true)),
                List.of("申请", "受理"), new GuidePart.TimeLimit(20, 5), i % 5 == 0 ? null : "不收费", "地点", "时间", "机构", "电话", "监督",
                null, List.of());
          }
          items.add(new Item(id, col.code(), slug, "zh-CN", col.type(), "标题" + i, slug, null, null, List.of(), published, null,
              false, "正文", policy, interpretation, guide, null, id + "/" + col.code() + "/" + slug + ".zh-CN.md", "0"));
          if (bilingual && i % 5 == 0 && col.type() != ContentType.POLICY && col.type() != ContentType.INTERPRETATION && col.type() != ContentType.GUIDE) {
            items.add(new Item(id, col.code(), slug, "en", col.type(), "Title " + i, slug, null, null, List.of(), published, null,
                false, "Body", null, null, null, null, id + "/" + col.code() + "/" + slug + ".en.md", "0"));
          }
        }
      }
    }
    Cluster cluster = new Cluster("bench", LocalizedText.of("zh-CN", "基准"), URI.create("https://www.example.gov.cn/"), "zh-CN",
        List.of("zh-CN", "en"), ZoneId.of("Asia/Shanghai"), sites);
    return new ContentSet(cluster, items);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
