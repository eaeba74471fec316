import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The search benchmark: indexes generated items into a running Zhanqun Solr node (the configset's
 * schema, documents shaped as the server's SearchDocuments, batches of 500 from two threads as the
 * indexer sends a backlog), then runs a mixed query set (Chinese words, English words, 文号 lookups,
 * filtered and date-sorted searches, with the server's facets and highlighting) from 8 concurrent
 * clients. Usage: java -cp 'node/lib/*' SearchBench.java <solr base url> <items> <seconds>
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

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int items = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    try (SolrClient solr = new HttpJdkSolrClient.Builder(url).useHttp1_1(true).build()) {
      CoreAdminRequest.Create create = new CoreAdminRequest.Create();
      create.setCoreName("bench");
      create.setInstanceDir("bench");
      create.setConfigSet("zhanqun");
      create.process(solr);
      index(solr, items);
      query(solr, items, seconds);
      CoreAdminRequest.unloadCore("bench", true, true, solr);
    }
  }

  /** Indexing threads, as the server drains a backlog: the scheduled drainer and one more. */
  static final int INDEXING_THREADS = 2;

  static final int BATCH = 500;

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
          solr.add("bench", batch);
        }
        return null;
      }));
    }
    for (Future<?> f : sent) {
      f.get();
    }
    pool.shutdown();
    solr.commit("bench", true, true);
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
    d.setField("year", 2020 + (int) (id * 1500L / 31_536_000L));
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

  static void query(SolrClient solr, int items, int seconds) throws Exception {
    List<String> queries = new ArrayList<>();
    Random random = new Random(11);
    for (int i = 0; i < 200; i++) {
      switch (i % 5) {
        case 0, 1 -> queries.add(ZH_WORDS[random.nextInt(ZH_WORDS.length)] + ZH_WORDS[random.nextInt(ZH_WORDS.length)]);
        case 2 -> queries.add(EN_WORDS[random.nextInt(EN_WORDS.length)] + " " + EN_WORDS[random.nextInt(EN_WORDS.length)]);
        case 3 -> {
          int id = 6 * (1 + random.nextInt(items / 6 - 1)) + 1; // a policy id (id % 6 == 1)
          queries.add("长发改发[" + (2020 + id % 6) + "]" + id + "号");
        }
        default -> queries.add(ZH_WORDS[random.nextInt(ZH_WORDS.length)]);
      }
    }
    // warm-up
    for (int i = 0; i < 200; i++) {
      solr.query("bench", params(queries.get(i), i), SolrRequest.METHOD.POST);
    }
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        List<Long> latencies = new ArrayList<>();
        int i = client * 25;
        while (System.nanoTime() < deadline) {
          long start = System.nanoTime();
          solr.query("bench", params(queries.get(i % queries.size()), i), SolrRequest.METHOD.POST);
          latencies.add(System.nanoTime() - start);
          i++;
        }
        return latencies;
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("%d queries from %d clients in %d s: %.0f queries/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        sorted.length, clients, seconds, sorted.length / (double) seconds,
        sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  /** As SearchService builds them: edismax over the language fields, facets, highlighting. */
  static ModifiableSolrParams params(String text, int i) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("uq", text.replace("[", "\\[").replace("]", "\\]"));
    p.set("qf", "title_zh^5 meta_zh^3 body_zh title_zh_bi^4 title_en^5 meta_en^3 body_en title_ru^5 meta_ru^3 body_ru");
    p.set("pf", "title_zh^10 body_zh^2 title_en^10 body_en^2");
    p.set("mm", "3<80%");
    p.set("sow", true);
    String key = text.replaceAll("[^\\p{L}\\p{N}]", "");
    if (key.matches(".*\\d.*")) {
      p.set("key", key);
      p.set("tq", "{!edismax v=$uq}");
      p.set("xq", "{!bool should=$xd should=$xi}");
      p.set("xd", "{!term f=doc_number_key v=$key}");
      p.set("xi", "{!term f=index_number_key v=$key}");
      p.set("q", "{!bool should=$tq should=$xq}");
      p.set("sort", "query($xq,0) desc,score desc,published desc,id asc");
    } else {
      p.set("q", "{!edismax v=$uq}");
      p.set("sort", i % 4 == 0 ? "published desc,id asc" : "score desc,published desc,id asc");
    }
    if (i % 3 == 0) {
      p.add("fq", "{!term f=site tag=site}" + SITES[i % SITES.length]);
    }
    p.set("rows", 10);
    p.set("fl", "id,item_id,site,type,language,url,published,issuer,doc_number,index_number,title_zh,title_en,title_ru");
    p.set("facet", true);
    p.set("facet.mincount", 1);
    p.set("facet.limit", 30);
    p.add("facet.field", "{!ex=site}site", "{!ex=type}type", "{!ex=issuer}issuer", "{!ex=year}year");
    p.set("hl", true);
    p.set("hl.method", "unified");
    p.set("hl.weightMatches", false);
    p.set("hl.q", "{!edismax v=$uq}");
    p.set("hl.fl", "title_zh body_zh title_en body_en");
    p.set("hl.snippets", 1);
    p.set("hl.fragsize", 140);
    p.set("hl.encoder", "html");
    return p;
  }
}
