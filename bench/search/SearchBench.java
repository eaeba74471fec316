import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.zhanqun.cms.search.SearchQuery;
import org.zhanqun.cms.search.SolrGateway;
import org.zhanqun.cms.search.SolrSearchRequest;

/**
 * The search benchmark, in two steps that run.sh separates by waiting until the Solr node is idle:
 *
 * <p>{@code index <solr url> <items>}: creates the core {@code bench} from the Zhanqun configset and
 * sends generated items (documents shaped as the server's SearchDocuments) in batches of 500 from
 * two threads, as the server's indexer drains a backlog, with the server's SolrJ client.
 *
 * <p>{@code query <solr url> <items> <seconds> <distinct searches> <warm-up seconds>}: a mixed query set from 8 concurrent clients through
 * the server's own {@link SolrGateway} (its client, its retry, its {@code QueryAdmission}) with the
 * Solr requests the server builds ({@link SolrSearchRequest} from a parsed {@link SearchQuery}: the
 * same fields, facets, highlighting and spelling suggestions), after a warm-up that is reported but
 * not counted (a node that has only indexed needs about a minute of searches before its query code
 * is compiled).
 * Only the Payara hop of {@code GET /api/v1/search} (JSON of the answer) is not included.
 */
public class SearchBench {

  static final String[] ZH_WORDS = {
    "政府", "信息", "公开", "办事", "指南", "通知", "关于", "进一步", "加强", "管理", "工作", "实施",
    "意见", "办法", "发展", "改革", "委员会", "教育", "卫生", "健康", "交通", "运输", "农业", "农村",
    "生态", "环境", "保护", "市场", "监督", "民政", "文化", "旅游", "住房", "城乡", "建设", "人力资源",
    "社会保障", "公安", "营商环境", "优化", "政策", "解读", "年度", "报告", "招聘", "公告", "项目", "审批",
    "价格", "监测", "安全", "生产", "应急", "预案", "学校", "医疗", "保险", "养老", "就业", "创业"
  };
  static final String[] EN_WORDS = {
    "government", "information", "disclosure", "notice", "service", "guide", "policy", "reform",
    "development", "education", "health", "transport", "agriculture", "environment", "market",
    "culture", "tourism", "housing", "security", "employment", "insurance", "annual", "report",
    "project", "approval", "safety", "emergency", "school", "medical", "business"
  };
  static final String[] SITES = {
    "portal", "fgw", "jyj", "wsj", "gaj", "rsj", "zjj", "jtj", "nyj", "sthjj", "scjgj", "mzj", "wlj"
  };
  static final String[] TYPES = {"news", "policy", "interpretation", "guide", "form", "page"};
  static final String CORE = "bench";
  static final int CLIENTS = 8;

  /** Indexing threads, as the server drains a backlog: the scheduled drainer and one more. */
  static final int INDEXING_THREADS = 2;

  static final int BATCH = 500;

  public static void main(String[] args) throws Exception {
    String url = args[1];
    int items = Integer.parseInt(args[2]);
    switch (args[0]) {
      case "index" -> {
        try (SolrClient solr = SolrGateway.client(url, Optional.empty(), Optional.empty())) {
          CoreAdminRequest.Create create = new CoreAdminRequest.Create();
          create.setCoreName(CORE);
          create.setInstanceDir(CORE);
          create.setConfigSet("zhanqun");
          create.process(solr);
          index(solr, items);
        }
      }
      case "query" -> {
        SolrGateway gateway = SolrGateway.connect(url, CORE, 1, 1);
        try {
          query(gateway, items, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
              Integer.parseInt(args[5]));
        } finally {
          gateway.close();
        }
      }
      default -> throw new IllegalArgumentException("index or query, not " + args[0]);
    }
  }

  static void index(SolrClient solr, int items) throws Exception {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(INDEXING_THREADS);
    List<Future<?>> sent = new ArrayList<>();
    for (int thread = 0; thread < INDEXING_THREADS; thread++) {
      int first = thread;
      sent.add(pool.submit(() -> {
        // thread t sends batches t, t + threads, ...; documents depend only on their id
        for (int start = 1 + first * BATCH; start <= items; start += INDEXING_THREADS * BATCH) {
          List<SolrInputDocument> batch = new ArrayList<>();
          for (int i = start; i < start + BATCH && i <= items; i++) {
            batch.add(document(i, new Random(i)));
          }
          solr.add(CORE, batch);
        }
        return null;
      }));
    }
    for (Future<?> f : sent) {
      f.get();
    }
    pool.shutdown();
    solr.commit(CORE, true, true);
    double secs = (System.nanoTime() - started) / 1e9;
    System.out.printf("indexed %d items in %.1f s: %.0f docs/s (batches of %d from %d threads, commit included)%n",
        items, secs, items / secs, BATCH, INDEXING_THREADS);
  }

  static SolrInputDocument document(int id, Random random) {
    boolean english = id % 5 == 0;
    String lang = english ? "en" : "zh";
    String type = TYPES[id % TYPES.length];
    SolrInputDocument d = new SolrInputDocument();
    d.setField("id", Integer.toString(id));
    d.setField("item_id", id);
    d.setField("site", SITES[id % SITES.length]);
    d.setField("column", 1000 + id % 97);
    d.setField("type", type);
    d.setField("language", english ? "en" : "zh-CN");
    d.setField("url", "/" + SITES[id % SITES.length] + "/news/item-" + id + ".html");
    Instant published = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(id * 1500L);
    d.setField("published", Date.from(published));
    d.setField("published_year", Integer.toString(2020 + (int) (id * 1500L / 31_536_000L)));
    if (type.equals("policy")) {
      d.setField("issuer", "长春市" + ZH_WORDS[id % 20] + "局");
      String docNo = "长发改发〔" + (2020 + id % 6) + "〕" + id + "号";
      d.setField("doc_number", docNo);
      d.setField("doc_number_key", "长发改发" + (2020 + id % 6) + id + "号");
      d.setField("index_number", "11220100MB1234567X/2024-" + String.format("%08d", id));
      d.setField("index_number_key", "11220100MB1234567X2024" + String.format("%08d", id));
    }
    d.setField("title_" + lang, text(random, english, 6 + random.nextInt(8)));
    d.setField("body_" + lang, text(random, english, 120 + random.nextInt(250)));
    return d;
  }

  static String text(Random random, boolean english, int words) {
    StringBuilder text = new StringBuilder();
    String[] vocabulary = english ? EN_WORDS : ZH_WORDS;
    for (int i = 0; i < words; i++) {
      text.append(vocabulary[random.nextInt(vocabulary.length)]);
      if (english) {
        text.append(' ');
      } else if (i % 9 == 8) {
        text.append('。');
      }
    }
    return text.toString();
  }

  /** One search of the mix: its kind (for the per-kind figures) and the server's Solr request. */
  record Search(String kind, ModifiableSolrParams params) {}

  /**
   * {@code count} searches, used in turn: two-word Chinese, two-word English, 文号 typed with other brackets, one-word
   * Chinese; three in four carry the page's language (as the search pages send it), one in three
   * is limited to a site, one in four sorted by date. 200 come round every few hundred milliseconds,
   * so Solr answers them from its caches; 20,000 hardly ever repeat within a run.
   */
  static List<Search> searches(int items, int count) {
    List<Search> searches = new ArrayList<>();
    Random random = new Random(11);
    for (int i = 0; i < count; i++) {
      String kind;
      String text;
      switch (i % 5) {
        case 0, 1 -> {
          kind = "zh two words";
          text = ZH_WORDS[random.nextInt(ZH_WORDS.length)] + ZH_WORDS[random.nextInt(ZH_WORDS.length)];
        }
        case 2 -> {
          kind = "en two words";
          text = EN_WORDS[random.nextInt(EN_WORDS.length)] + " " + EN_WORDS[random.nextInt(EN_WORDS.length)];
        }
        case 3 -> {
          kind = "文号";
          int id = 6 * (1 + random.nextInt(items / 6 - 1)) + 1; // a policy id (id % 6 == 1)
          text = "长发改发[" + (2020 + id % 6) + "]" + id + "号";
        }
        default -> {
          kind = "zh one word";
          text = ZH_WORDS[random.nextInt(ZH_WORDS.length)];
        }
      }
      String lang = i % 4 == 3 ? null : kind.startsWith("en") ? "en" : "zh-CN";
      String site = i % 3 == 0 ? SITES[i % SITES.length] : null;
      String sort = i % 4 == 1 ? "date" : "relevance";
      SearchQuery query = SearchQuery.parse(text, site, null, null, lang, null, null, null, sort, null, null);
      searches.add(new Search(kind, SolrSearchRequest.of(query)));
    }
    return searches;
  }

  static void query(SolrGateway gateway, int items, int seconds, int distinct, int warmUp)
      throws Exception {
    List<Search> searches = searches(items, distinct);
    Map<String, List<Long>> warming = new ConcurrentHashMap<>();
    run(gateway, searches, warmUp, warming, new AtomicLong());
    List<Long> first = new ArrayList<>();
    warming.values().forEach(first::addAll);
    System.out.println(summary("warm-up", first, warmUp) + " (not counted)");
    Map<String, List<Long>> byKind = new ConcurrentHashMap<>();
    AtomicLong failed = new AtomicLong();
    run(gateway, searches, seconds, byKind, failed);
    List<Long> all = new ArrayList<>();
    byKind.values().forEach(all::addAll);
    System.out.printf("%d distinct searches in turn: %d from %d clients in %d s (after %d s of warm-up), %d failed, at most %d sent to Solr at once%n",
        distinct, all.size(), CLIENTS, seconds, warmUp, failed.get(),
        org.zhanqun.cms.search.QueryAdmission.defaultConcurrency());
    for (Map.Entry<String, List<Long>> kind : new TreeMap<>(byKind).entrySet()) {
      System.out.println("  " + summary(kind.getKey(), kind.getValue(), seconds));
    }
    System.out.println(summary("all", all, seconds));
  }

  static void run(SolrGateway gateway, List<Search> searches, int seconds,
      Map<String, List<Long>> byKind, AtomicLong failed) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.add(pool.submit(() -> {
        int i = client * 25;
        while (System.nanoTime() < deadline) {
          Search search = searches.get(i % searches.size());
          long start = System.nanoTime();
          try {
            gateway.query(search.params());
            long took = System.nanoTime() - start;
            byKind.computeIfAbsent(search.kind(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(took);
          } catch (RuntimeException e) {
            if (failed.incrementAndGet() <= 3) {
              System.err.println("failed: " + e);
            }
          }
          i++;
        }
        return null;
      }));
    }
    for (Future<?> f : clients) {
      f.get();
    }
    pool.shutdown();
  }

  static String summary(String name, List<Long> latencies, int seconds) {
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return String.format("%-13s %6d searches, %4.0f/s, p50 %5.1f ms, p99 %5.1f ms, max %6.1f ms",
        name, sorted.length, sorted.length / (double) seconds,
        sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }
}
