package org.zhanqun.proofreading;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * The proofreading benchmark (bench/proofreading/run.sh): (a) proofreads generated items of about
 * 2,000 characters of government text, in parallel; (b) times single checks of a 10,000-character
 * body after warm-up. Text is generated deterministically from the seed. Prints Markdown.
 *
 * <p>Arguments: {@code --items N --chars N --runs N --seed N --operator-file path}.
 */
public final class ProofreadingBench {

  private static final String[] DEPARTMENTS = {
    "长春市发展和改革委员会", "长春市教育局", "长春市卫生健康委员会", "长春市公安局", "长春市人力资源和社会保障局",
    "长春市住房和城乡建设局", "长春市交通运输局", "长春市农业农村局", "长春市生态环境局", "长春市市场监督管理局",
    "长春市民政局", "长春市文化广电和旅游局", "长春市人民政府办公厅"
  };
  private static final String[] PLACES = {
    "南关区",
    "宽城区",
    "朝阳区",
    "二道区",
    "绿园区",
    "双阳区",
    "九台区",
    "农安县",
    "榆树市",
    "德惠市",
    "公主岭市",
    "吉林省",
    "齐齐哈尔市",
    "呼和浩特市",
    "哈尔滨市",
    "石家庄市",
    "乌鲁木齐市",
    "延边朝鲜族自治州"
  };
  private static final String[] TOPICS = {
    "优化营商环境", "城市更新", "义务教育", "基本医疗保险", "就业创业", "老旧小区改造", "公共交通", "高标准农田建设", "大气污染防治", "食品安全",
    "养老服务", "文化旅游消费", "安全生产", "政务公开", "数字政府建设", "乡村振兴"
  };
  private static final String[] SENTENCES = {
    "为深入贯彻落实党中央、国务院决策部署，进一步推进%T工作，%D结合本市实际，制定本方案。",
    "%D召开专题会议，研究部署%T重点任务，要求各地各部门压实责任、细化措施、狠抓落实。",
    "根据《中华人民共和国政府信息公开条例》等有关规定，现将%T有关事项公告如下。",
    "截至%Y年%M月底，%P累计完成%T项目%N个，完成年度目标任务的%N%%。",
    "各县（市、区）人民政府，市政府各委办局，各直属机构：现将《关于加强%T工作的实施意见》印发给你们，请认真贯彻执行。",
    "申请人可通过长春市政务服务网或到%P政务服务中心窗口办理，咨询电话0431-880%N，政务服务便民热线12345。",
    "%D有关负责同志表示，下一步将持续深化%T，不断提升人民群众的获得感、幸福感、安全感。",
    "本通知自%Y年%M月%N日起施行，有效期五年。长府发〔%Y〕%N号文件同时废止。",
    "会议指出，做好%T工作事关全市经济社会发展大局，必须坚持以人民为中心的发展思想。",
    "%P组织开展%T专项检查，共检查单位%N家，发现问题%N个，已全部督促整改到位。",
    "各单位要加强组织领导，明确责任分工，确保各项工作任务按时保质完成，并于%M月%N日前报送工作进展情况。",
    "经审核，符合条件的申请人名单予以公示，公示期为5个工作日（%Y年%M月%N日至%M月%N日）。",
    "为方便群众办事，%D推行“一网通办”“跨省通办”，实现%T相关事项“最多跑一次”。",
    "本次活动在%P举行，来自%P、%P等地的代表参加，围绕%T开展深入交流。",
    "Changchun municipal government released the %T plan, covering %N projects in %P.",
    "政府工作报告提出，要统筹发展和安全，扎实推进%T，全面建设社会主义现代化国家。",
    "详见附件：%T工作任务分解表.xlsx；联系人：张同志，联系电话：0431-880%N。",
    "**重点任务：**一是完善%T制度体系；二是强化要素保障；三是加强监督考核。",
  };

  /** Planted errors: one in about every PLANT_RATE sentences. */
  private static final String[] PLANTED = {
    "中华人民共合国",
    "攻府",
    "齐齐哈市",
    "秘密★",
    "截止目前",
    "身份证号220102199003071235",
    "手机13812345678",
    "国物院",
    "中华人民\n共和国宪法",
    "按装",
    "卡号6222020200001234562",
    "内部资料",
    "再接再励"
  };

  private static final int PLANT_RATE = 40;

  private ProofreadingBench() {}

  public static void main(String[] args) throws Exception {
    int items = intArg(args, "--items", 100_000);
    int chars = intArg(args, "--chars", 2_000);
    int runs = intArg(args, "--runs", 3);
    long seed = intArg(args, "--seed", 42);
    String operatorFile = arg(args, "--operator-file", null);

    long t0 = System.nanoTime();
    Dictionary dictionary =
        operatorFile == null
            ? Dictionary.builtIn()
            : Dictionary.withOperatorFile(Path.of(operatorFile));
    long t1 = System.nanoTime();
    Proofreader proofreader = Proofreader.of(dictionary);
    long t2 = System.nanoTime();
    System.out.println("| step | result |");
    System.out.println("|---|---:|");
    System.out.printf(
        "| read the dictionary (built-in lists%s) | %d ms |%n",
        operatorFile == null ? "" : " and the demo cluster's file", ms(t1 - t0));
    System.out.printf(
        "| compile it into one automaton (%d entries) | %d ms |%n",
        dictionary.entries().size(), ms(t2 - t1));

    // (a) many items, generated first (in memory), then proofread in parallel
    long g0 = System.nanoTime();
    List<List<FieldText>> generated =
        IntStream.range(0, items).parallel().mapToObj(i -> item(seed, i, chars)).toList();
    long g1 = System.nanoTime();
    long characters =
        generated.stream().flatMap(List::stream).mapToLong(text -> text.text().length()).sum();
    System.out.printf(
        "| (a) generate %,d items in memory (%,d characters) | %,d ms |%n",
        items, characters, ms(g1 - g0));
    LongAdder findings = new LongAdder();
    LongAdder blocking = new LongAdder();
    long best = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      findings.reset();
      blocking.reset();
      long start = System.nanoTime();
      long cpuStart = processCpu();
      generated.parallelStream()
          .forEach(
              texts -> {
                List<Finding> found = proofreader.check(texts);
                findings.add(found.size());
                blocking.add(found.stream().filter(Finding::blocks).count());
              });
      long elapsed = System.nanoTime() - start;
      long cpu = processCpu() - cpuStart;
      best = Math.min(best, elapsed);
      System.out.printf(
          "| (a) run %d: proofread %,d items (%d threads)%s; CPU time of the process | **%,d ms**; %,d ms |%n",
          run + 1,
          items,
          Runtime.getRuntime().availableProcessors(),
          run == 0 ? ", cold JIT" : "",
          ms(elapsed),
          ms(cpu));
    }
    System.out.printf(
        "| (a) findings per run: %,d (%,d block) | |%n", findings.sum(), blocking.sum());
    long bestRun = best;
    generated = null; // (b) runs with a small heap, as a server's submit does
    System.gc();

    // (b) one 10,000-character body, checked many times on one thread
    String body = body(new SplittableRandom(seed), 10_000);
    for (int i = 0; i < 3_000; i++) {
      proofreader.check("body", body);
    }
    int samples = 20_000;
    long[] single = new long[samples];
    long[] singleCpu = new long[samples];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int found = 0;
    for (int i = 0; i < samples; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      found = proofreader.check("body", body).size();
      single[i] = System.nanoTime() - start;
      singleCpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
    }
    Arrays.sort(single);
    Arrays.sort(singleCpu);
    System.out.printf(
        "| (b) one check of a %,d-character body (%d findings), %,d runs after 3,000 warm-up: p50 / p99 / max | %.2f / %.2f / %.2f ms |%n",
        body.length(),
        found,
        samples,
        single[samples / 2] / 1e6,
        single[samples * 99 / 100] / 1e6,
        single[samples - 1] / 1e6);
    System.out.printf(
        "| (b) the same, CPU time of the checking thread: p50 / p99 / max | %.2f / %.2f / %.2f ms |%n",
        singleCpu[samples / 2] / 1e6,
        singleCpu[samples * 99 / 100] / 1e6,
        singleCpu[samples - 1] / 1e6);
    System.out.println();
    System.out.printf(
        "- (a) best run: %,d ms for %,d items, %.0f M characters/s%n",
        ms(bestRun), items, characters / (bestRun / 1e9) / 1e6);
  }

  /**
   * The texts of item {@code i}: a title, a summary and a body of about {@code chars} characters.
   */
  static List<FieldText> item(long seed, int i, int chars) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
    int length = chars / 4 + random.nextInt(chars * 3 / 2);
    String title = "关于" + pick(random, PLACES) + pick(random, TOPICS) + "工作的通知";
    String summary = fill(random, pick(random, SENTENCES));
    return List.of(
        new FieldText("title", title),
        new FieldText("summary", summary),
        new FieldText("tags[0]", pick(random, TOPICS)),
        new FieldText("body", body(random, length)));
  }

  static String body(SplittableRandom random, int length) {
    StringBuilder body = new StringBuilder(length + 200);
    while (body.length() < length) {
      if (random.nextInt(PLANT_RATE) == 0) {
        body.append(pick(random, PLANTED)).append('，');
      }
      body.append(fill(random, pick(random, SENTENCES)));
      if (random.nextInt(4) == 0) {
        body.append("\n\n");
      }
    }
    return body.toString();
  }

  private static String fill(SplittableRandom random, String sentence) {
    StringBuilder out = new StringBuilder(sentence.length() + 40);
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '%' && i + 1 < sentence.length()) {
        char slot = sentence.charAt(++i);
        switch (slot) {
          case 'D' -> out.append(pick(random, DEPARTMENTS));
          case 'P' -> out.append(pick(random, PLACES));
          case 'T' -> out.append(pick(random, TOPICS));
          case 'Y' -> out.append(2020 + random.nextInt(7));
          case 'M' -> out.append(1 + random.nextInt(12));
          case 'N' -> out.append(random.nextInt(1000));
          default -> out.append(slot);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** The CPU time of the whole process (every thread, GC included). */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static int intArg(String[] args, String name, int fallback) {
    String value = arg(args, name, null);
    return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
