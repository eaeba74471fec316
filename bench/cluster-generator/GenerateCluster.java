/*
 * Deterministic generator of a synthetic Zhanqun website cluster (站群) for benchmarks.
 *
 * Writes a content/ folder in the format of docs/content-format.md (version 1) and, optionally,
 * the same corpus as a Hugo content tree. Single file, Java 17, no dependencies:
 *
 *   java bench/cluster-generator/GenerateCluster.java --out <dir> [--hugo-out <dir>]
 *        [--sites 50] [--items 20000] [--languages zh-CN,en] [--seed 42]
 *        [--translated 0.2] [--translate-policies]
 *
 * Same arguments => byte-identical output: every random choice comes from java.util.Random
 * (whose algorithm the Javadoc specifies) seeded from --seed, dates are counted back from the
 * fixed instant 2026-11-16T00:00+08:00 (never the clock), and every collection written is a list
 * or a sorted/insertion-ordered map. See README.md next to this file.
 */
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class GenerateCluster {

  // ---------------------------------------------------------------------------------------------
  // Arguments
  // ---------------------------------------------------------------------------------------------

  static final String USAGE =
      """
      Usage: java bench/cluster-generator/GenerateCluster.java --out <dir> [options]

      Writes a synthetic, deterministic website cluster in the content/ format of
      docs/content-format.md. Same arguments give byte-identical output.

        --out <dir>            the content folder to write (cluster.yaml at its top); must not
                               exist or be empty
        --hugo-out <dir>       also write the same corpus as a Hugo site tree:
                               <dir>/content/<lang>/<site>/<column>/<slug>.md and the form files
                               in <dir>/static/; must not exist or be empty
        --sites <n>            sites including the portal, 1-999 (default 50)
        --items <n>            items in the source language, at least 10 per site (default 20000)
        --languages <a,b,...>  the cluster's languages; the first must be zh-CN, the source
                               language of every item (default zh-CN,en)
        --seed <long>          random seed (default 42)
        --translated <0..1>    share of items translated into the second language (default 0.2;
                               half that into each further language, portal only)
        --translate-policies   translate policy items too (off by default: see README.md)
        --help                 this message

      At least one of --out and --hugo-out is required.
      """;

  static final class Options {
    Path out;
    Path hugoOut;
    int sites = 50;
    int items = 20000;
    List<String> languages = List.of("zh-CN", "en");
    long seed = 42;
    double translated = 0.2;
    boolean translatePolicies;
  }

  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");

  static Options parse(String[] args) throws UsageException {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (name) {
        case "--help", "-h" -> throw new UsageException(null);
        case "--translate-policies" -> o.translatePolicies = true;
        case "--out", "--hugo-out", "--sites", "--items", "--languages", "--seed", "--translated" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new UsageException(name + " needs a value");
            }
            value = args[++i];
          }
          switch (name) {
            case "--out" -> o.out = Path.of(value);
            case "--hugo-out" -> o.hugoOut = Path.of(value);
            case "--sites" -> o.sites = parseInt(name, value, 1, 999);
            case "--items" -> o.items = parseInt(name, value, 1, 10_000_000);
            case "--seed" -> {
              try {
                o.seed = Long.parseLong(value);
              } catch (NumberFormatException e) {
                throw new UsageException("--seed must be an integer, not '" + value + "'");
              }
            }
            case "--translated" -> {
              try {
                o.translated = Double.parseDouble(value);
              } catch (NumberFormatException e) {
                o.translated = -1;
              }
              if (!(o.translated >= 0 && o.translated <= 1)) {
                throw new UsageException("--translated must be a number from 0 to 1, not '" + value + "'");
              }
            }
            case "--languages" -> {
              List<String> langs = new ArrayList<>();
              for (String l : value.split(",", -1)) {
                l = l.trim();
                if (!LANGUAGE.matcher(l).matches()) {
                  throw new UsageException("--languages: '" + l + "' is not a language tag such as zh-CN or en");
                }
                if (langs.contains(l)) {
                  throw new UsageException("--languages: " + l + " is given twice");
                }
                langs.add(l);
              }
              if (!langs.get(0).equals("zh-CN")) {
                throw new UsageException("--languages: the first language must be zh-CN (the items' source language)");
              }
              o.languages = List.copyOf(langs);
            }
            default -> throw new IllegalStateException(name);
          }
        }
        default -> throw new UsageException("unknown argument '" + a + "'");
      }
    }
    if (o.out == null && o.hugoOut == null) {
      throw new UsageException("give --out <dir>, --hugo-out <dir> or both");
    }
    if (o.items < o.sites * MIN_ITEMS_PER_SITE) {
      throw new UsageException("--items must be at least " + MIN_ITEMS_PER_SITE + " per site ("
          + o.sites * MIN_ITEMS_PER_SITE + " for " + o.sites + " sites)");
    }
    if (o.out != null && o.hugoOut != null
        && o.out.toAbsolutePath().normalize().equals(o.hugoOut.toAbsolutePath().normalize())) {
      throw new UsageException("--out and --hugo-out must be different folders");
    }
    return o;
  }

  static int parseInt(String name, String value, int min, int max) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " must be an integer from " + min + " to " + max + ", not '" + value + "'");
  }

  public static void main(String[] args) {
    Options o;
    try {
      o = parse(args);
    } catch (UsageException e) {
      if (e.getMessage() == null) {
        System.out.print(USAGE);
        System.exit(0);
      }
      System.err.println("GenerateCluster: " + e.getMessage());
      System.err.println();
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    try {
      for (Path p : new Path[] {o.out, o.hugoOut}) {
        if (p != null && Files.exists(p)) {
          if (!Files.isDirectory(p)) {
            throw new UsageException(p + " exists and is not a folder");
          }
          try (Stream<Path> s = Files.list(p)) {
            if (s.findAny().isPresent()) {
              throw new UsageException(p + " is not empty; remove it or choose another folder");
            }
          }
        }
      }
    } catch (UsageException e) {
      System.err.println("GenerateCluster: " + e.getMessage());
      System.exit(2);
      return;
    } catch (IOException e) {
      System.err.println("GenerateCluster: " + e);
      System.exit(1);
      return;
    }
    long start = System.nanoTime();
    Cluster cluster = new Planner(o).plan();
    Writer writer = new Writer(o, cluster);
    try {
      writer.writeAll();
    } catch (IOException | UncheckedIOException e) {
      System.err.println("GenerateCluster: writing failed: " + e);
      System.exit(1);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.err.printf(Locale.ROOT,
        "GenerateCluster: %d sites, %d columns, %d items in %s (%d item files, %d form files, %.1f MB) in %.1f s%n",
        cluster.sites.size(), writer.columns, cluster.items.size(), String.join(",", o.languages),
        writer.itemFiles, writer.formFiles, writer.bytes / 1e6, ms / 1000.0);
  }

  // ---------------------------------------------------------------------------------------------
  // Fixed vocabulary
  // ---------------------------------------------------------------------------------------------

  /** A department: site id, names, the issuer code of its document numbers (文号). */
  record Dept(String id, String zh, String en, String docCode) {}

  static final List<Dept> DEPTS = List.of(
      new Dept("fgw", "长春市发展和改革委员会", "Changchun Development and Reform Commission", "长发改"),
      new Dept("jyj", "长春市教育局", "Changchun Education Bureau", "长教"),
      new Dept("kjj", "长春市科学技术局", "Changchun Science and Technology Bureau", "长科"),
      new Dept("gxj", "长春市工业和信息化局", "Changchun Industry and Information Technology Bureau", "长工信"),
      new Dept("mzj", "长春市民政局", "Changchun Civil Affairs Bureau", "长民"),
      new Dept("sfj", "长春市司法局", "Changchun Justice Bureau", "长司"),
      new Dept("czj", "长春市财政局", "Changchun Finance Bureau", "长财"),
      new Dept("rsj", "长春市人力资源和社会保障局", "Changchun Human Resources and Social Security Bureau", "长人社"),
      new Dept("zrzyj", "长春市自然资源局", "Changchun Natural Resources Bureau", "长自然资"),
      new Dept("sthjj", "长春市生态环境局", "Changchun Ecology and Environment Bureau", "长环"),
      new Dept("zjw", "长春市住房和城乡建设局", "Changchun Housing and Urban-Rural Development Bureau", "长住建"),
      new Dept("jtj", "长春市交通运输局", "Changchun Transport Bureau", "长交"),
      new Dept("slj", "长春市水利局", "Changchun Water Resources Bureau", "长水"),
      new Dept("nyncj", "长春市农业农村局", "Changchun Agriculture and Rural Affairs Bureau", "长农"),
      new Dept("swj", "长春市商务局", "Changchun Commerce Bureau", "长商"),
      new Dept("wglj", "长春市文化广播电视和旅游局", "Changchun Culture, Radio, Television and Tourism Bureau", "长文旅"),
      new Dept("wjw", "长春市卫生健康委员会", "Changchun Health Commission", "长卫健"),
      new Dept("tyjrj", "长春市退役军人事务局", "Changchun Veterans Affairs Bureau", "长退役"),
      new Dept("yjj", "长春市应急管理局", "Changchun Emergency Management Bureau", "长应急"),
      new Dept("sjj", "长春市审计局", "Changchun Audit Bureau", "长审"),
      new Dept("gzw", "长春市人民政府国有资产监督管理委员会", "Changchun State-owned Assets Supervision and Administration Commission", "长国资"),
      new Dept("scjgj", "长春市市场监督管理局", "Changchun Market Supervision Administration", "长市监"),
      new Dept("tyj", "长春市体育局", "Changchun Sports Bureau", "长体"),
      new Dept("tjj", "长春市统计局", "Changchun Statistics Bureau", "长统"),
      new Dept("ybj", "长春市医疗保障局", "Changchun Healthcare Security Bureau", "长医保"),
      new Dept("lyj", "长春市林业局", "Changchun Forestry Bureau", "长林"),
      new Dept("rfb", "长春市人民防空办公室", "Changchun Civil Air Defence Office", "长人防"),
      new Dept("xfj", "长春市信访局", "Changchun Public Complaints and Proposals Bureau", "长信访"),
      new Dept("zsj", "长春市政务服务和数字化建设管理局", "Changchun Government Services and Digitalisation Bureau", "长政数"),
      new Dept("cgj", "长春市城市管理局", "Changchun Urban Management Bureau", "长城管"),
      new Dept("gaj", "长春市公安局", "Changchun Public Security Bureau", "长公"),
      new Dept("mzzj", "长春市民族宗教事务局", "Changchun Ethnic and Religious Affairs Bureau", "长民宗"),
      new Dept("jrj", "长春市地方金融管理局", "Changchun Local Financial Administration", "长金"),
      new Dept("lsj", "长春市粮食和物资储备局", "Changchun Grain and Material Reserves Bureau", "长粮"),
      new Dept("gjj", "长春住房公积金管理中心", "Changchun Housing Provident Fund Management Centre", "长公积金"),
      new Dept("dag", "长春市档案馆", "Changchun Archives", "长档"),
      new Dept("dfz", "长春市地方志编纂委员会办公室", "Changchun Local Chronicles Office", "长志"),
      new Dept("gxq", "长春高新技术产业开发区管理委员会", "Changchun High-tech Industrial Development Zone", "长高新"),
      new Dept("jkq", "长春经济技术开发区管理委员会", "Changchun Economic and Technological Development Zone", "长经开"),
      new Dept("qkq", "长春汽车经济技术开发区管理委员会", "Changchun Automotive Economic and Technological Development Zone", "长汽开"),
      new Dept("xq", "长春新区管理委员会", "Changchun New Area", "长新区"),
      new Dept("ngq", "长春市南关区人民政府", "Nanguan District People's Government", "南府"),
      new Dept("kcq", "长春市宽城区人民政府", "Kuancheng District People's Government", "宽府"),
      new Dept("cyq", "长春市朝阳区人民政府", "Chaoyang District People's Government", "朝府"),
      new Dept("edq", "长春市二道区人民政府", "Erdao District People's Government", "二府"),
      new Dept("lyq", "长春市绿园区人民政府", "Lvyuan District People's Government", "绿府"),
      new Dept("syq", "长春市双阳区人民政府", "Shuangyang District People's Government", "双府"),
      new Dept("jtq", "长春市九台区人民政府", "Jiutai District People's Government", "九府"),
      new Dept("yss", "榆树市人民政府", "Yushu Municipal People's Government", "榆政"),
      new Dept("dhs", "德惠市人民政府", "Dehui Municipal People's Government", "德政"),
      new Dept("nax", "农安县人民政府", "Nong'an County People's Government", "农政"),
      new Dept("gzls", "公主岭市人民政府", "Gongzhuling Municipal People's Government", "公政"));

  static final Dept PORTAL = new Dept("portal", "长春市人民政府", "Changchun Municipal People's Government", "长府");

  /** A topic: Chinese and English phrase, slug word, the object it concerns, its 主题分类. */
  record Topic(String zh, String en, String slug, String obj, String objEn, int subject) {}

  static final List<String> SUBJECTS = List.of(
      "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源", "农业、林业、水利",
      "工业、交通", "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育",
      "文化、广电、新闻出版", "卫生、体育", "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾");

  static final List<Topic> TOPICS = List.of(
      new Topic("优化营商环境", "the business environment", "business-environment", "市场主体", "market entities", 0),
      new Topic("民营经济发展", "private economy development", "private-economy", "民营企业", "private enterprises", 1),
      new Topic("安全生产", "work safety", "work-safety", "生产经营单位", "production units", 7),
      new Topic("乡村振兴", "rural revitalisation", "rural-revitalisation", "农村集体经济组织", "rural collectives", 4),
      new Topic("数字政府建设", "digital government", "digital-government", "政务信息系统", "government information systems", 0),
      new Topic("价格监测", "price monitoring", "price-monitoring", "重要民生商品", "essential goods", 1),
      new Topic("就业创业", "employment and entrepreneurship", "employment", "高校毕业生", "college graduates", 12),
      new Topic("生态环境保护", "ecological protection", "ecology", "重点排污单位", "key polluting units", 8),
      new Topic("招商引资", "investment promotion", "investment", "重点招商项目", "key investment projects", 6),
      new Topic("重大项目建设", "major project construction", "major-projects", "重大项目", "major projects", 1),
      new Topic("科技创新", "technological innovation", "innovation", "高新技术企业", "high-tech enterprises", 9),
      new Topic("教育质量提升", "education quality", "education", "中小学校", "primary and secondary schools", 9),
      new Topic("医疗卫生服务", "health services", "health-services", "基层医疗卫生机构", "primary health institutions", 11),
      new Topic("养老服务", "elderly care", "elderly-care", "养老机构", "elderly care institutions", 14),
      new Topic("城市更新", "urban renewal", "urban-renewal", "老旧小区", "old residential compounds", 8),
      new Topic("交通运输", "transport", "transport", "道路运输企业", "road transport companies", 5),
      new Topic("水利工程建设", "water conservancy", "water-projects", "水利工程", "water projects", 4),
      new Topic("文化旅游", "culture and tourism", "culture-tourism", "A级旅游景区", "rated tourist sites", 6),
      new Topic("食品安全", "food safety", "food-safety", "食品生产经营者", "food businesses", 7),
      new Topic("社会救助", "social assistance", "social-assistance", "困难群众", "people in need", 14),
      new Topic("住房保障", "housing security", "housing", "保障性住房", "affordable housing projects", 8),
      new Topic("黑土地保护", "black soil protection", "black-soil", "高标准农田", "high-standard farmland", 4),
      new Topic("汽车产业发展", "the automotive industry", "automotive", "汽车零部件企业", "auto parts makers", 5),
      new Topic("冰雪经济", "the ice and snow economy", "ice-snow", "冰雪旅游项目", "ice and snow tourism projects", 6),
      new Topic("政务公开", "government transparency", "transparency", "政府信息", "government information", 0),
      new Topic("法治政府建设", "law-based government", "rule-of-law", "行政执法单位", "law enforcement units", 13),
      new Topic("应急管理", "emergency management", "emergency", "应急物资储备库", "emergency reserve depots", 7),
      new Topic("消费促进", "consumption promotion", "consumption", "商贸流通企业", "retail and distribution companies", 6),
      new Topic("中小企业融资", "SME financing", "sme-financing", "中小微企业", "small and micro enterprises", 2),
      new Topic("社会保险", "social insurance", "social-insurance", "参保单位", "insured employers", 12),
      new Topic("医疗保障", "medical insurance", "medical-insurance", "定点医药机构", "designated medical institutions", 11),
      new Topic("退役军人服务", "veterans services", "veterans", "退役军人服务站", "veterans service stations", 14),
      new Topic("全民健身", "public fitness", "fitness", "公共体育设施", "public sports facilities", 11),
      new Topic("统计调查", "statistical surveys", "statistics", "调查对象", "survey respondents", 1),
      new Topic("粮食安全", "food security", "grain-security", "粮食收储企业", "grain storage companies", 4),
      new Topic("城市管理", "urban management", "urban-management", "市容环境", "the city environment", 8),
      new Topic("森林防火", "forest fire prevention", "forest-fire", "重点林区", "key forest areas", 4),
      new Topic("审计监督", "audit supervision", "audit", "预算单位", "budget units", 2));

  static final List<String> LAWS = List.of(
      "《中华人民共和国价格法》", "《优化营商环境条例》", "《中华人民共和国安全生产法》", "《中华人民共和国促进就业法》",
      "《中华人民共和国环境保护法》", "《中华人民共和国行政许可法》", "《吉林省优化营商环境条例》",
      "《中华人民共和国政府信息公开条例》", "《中华人民共和国中小企业促进法》", "《中华人民共和国乡村振兴促进法》",
      "《中华人民共和国食品安全法》", "《社会救助暂行办法》", "《中华人民共和国黑土地保护法》", "《中华人民共和国统计法》");
  static final List<String> LAWS_EN = List.of(
      "Price Law of the PRC", "Regulations on Optimising the Business Environment", "Work Safety Law of the PRC",
      "Employment Promotion Law of the PRC", "Environmental Protection Law of the PRC",
      "Administrative Licensing Law of the PRC", "Jilin Regulations on Optimising the Business Environment",
      "Regulations on the Disclosure of Government Information", "SME Promotion Law of the PRC",
      "Rural Revitalisation Promotion Law of the PRC", "Food Safety Law of the PRC",
      "Interim Measures for Social Assistance", "Black Soil Protection Law of the PRC", "Statistics Law of the PRC");

  static final String[] NEWS_TITLES = {
    "{d}召开{t}工作推进会", "{d}开展{t}专项督导检查", "{d}部署{y}年{t}重点任务", "我市{t}工作取得阶段性成效",
    "{d}举办{t}专题培训班", "{d}主要负责同志调研{t}工作", "{d}召开{t}领域风险隐患排查部署会",
    "全市{t}现场观摩会召开", "{d}与{o}代表座谈交流", "{d}扎实推进{t}各项工作"};
  static final String[] NEWS_TITLES_EN = {
    "{d} holds meeting to advance {t}", "{d} inspects work on {t}", "{d} sets key tasks for {t} in {y}",
    "Progress in the city's work on {t}", "{d} runs training course on {t}", "{d} leaders study {t} on the ground",
    "{d} checks risks in {t}", "City holds on-site review of {t}", "{d} meets representatives of {o}",
    "{d} pushes ahead with {t}"};
  static final String[] NOTICE_TITLES = {
    "关于开展{y}年度{t}工作的通知", "关于{t}有关事项的公告", "{d}关于{o}名单的公示", "关于做好{t}相关工作的通知",
    "关于征集{t}典型案例的通知", "{d}关于{y}年{t}专项资金拟支持项目的公示"};
  static final String[] NOTICE_TITLES_EN = {
    "Notice on work on {t} in {y}", "Announcement on matters of {t}", "{d}: list of {o} for public comment",
    "Notice on doing well in {t}", "Call for model cases of {t}", "{d}: projects proposed for {t} funding in {y}"};
  static final String[] PERSONNEL_TITLES = {
    "{d}{y}年公开招聘事业单位工作人员公告", "{d}干部任前公示", "{d}{y}年公开遴选公务员拟遴选人员名单公示",
    "{d}关于{n}名同志试用期满考核合格的公示"};
  static final String[] PERSONNEL_TITLES_EN = {
    "{d} public recruitment for public institutions in {y}", "{d}: cadres proposed for appointment",
    "{d}: civil servants proposed for selection in {y}", "{d}: {n} staff passed their probation"};
  static final String[] PLANNING_TITLES = {
    "{d}{y}年工作要点", "{y}年{m}月{t}统计数据", "长春市{t}“十五五”规划", "{d}{y}年{t}工作计划", "{y}年{t}工作总结"};
  static final String[] PLANNING_TITLES_EN = {
    "{d}: main tasks for {y}", "Statistics on {t}, {m}/{y}", "Changchun 15th Five-Year Plan for {t}",
    "{d}: work plan for {t} in {y}", "Review of {t} in {y}"};
  static final String[] SPECIAL_TITLES = {
    "【专题】{t}在行动", "【专题】聚焦{t}", "【专题】{y}年{t}宣传月"};
  static final String[] SPECIAL_TITLES_EN = {
    "Special: {t} in action", "Special: focus on {t}", "Special: {t} awareness month {y}"};
  static final String[] POLICY_CORES = {
    "长春市{t}实施方案", "长春市{t}若干措施", "长春市{o}管理办法", "长春市{t}三年行动计划（{y}—{y2}年）",
    "关于进一步加强{t}工作的实施意见", "长春市{t}专项资金管理办法", "长春市{o}监督检查办法"};
  static final String[] POLICY_CORES_EN = {
    "Changchun implementation plan for {t}", "Changchun measures on {t}", "Changchun rules on {o}",
    "Changchun three-year action plan for {t} ({y}-{y2})", "Opinions on strengthening {t}",
    "Changchun rules on special funds for {t}", "Changchun rules on inspecting {o}"};
  static final String[] SERVICES = {"{o}备案", "{o}登记", "{t}专项资金申报", "{o}资质认定", "{t}补贴申领",
    "{o}年度报告", "{t}许可", "{o}信息变更"};
  static final String[] SERVICES_EN = {"registration of {o}", "record-filing of {o}", "applying for {t} funds",
    "qualification of {o}", "claiming {t} subsidies", "annual report of {o}", "licence for {t}",
    "changing details of {o}"};
  static final String[] FORM_SUFFIX = {"申请表", "登记表", "承诺书", "情况统计表", "变更申请表"};
  static final String[] FORM_SUFFIX_EN = {"application form", "registration form", "letter of commitment",
    "statistics sheet", "change request form"};
  static final String[] MATERIALS = {"营业执照复印件", "法定代表人身份证明", "授权委托书", "近三年财务报表",
    "项目可行性研究报告", "场地使用证明", "相关资质证明材料", "现场照片"};
  static final String[] MATERIALS_EN = {"copy of the business licence", "ID of the legal representative",
    "power of attorney", "financial statements of the last three years", "feasibility study",
    "proof of premises", "proof of qualifications", "photos of the site"};
  static final String[] ITEM_TYPES = {"行政许可", "行政确认", "公共服务", "其他行政权力", "行政给付", "行政奖励"};
  static final String[][] PROCESSES = {
    {"申请", "受理", "审查", "决定", "送达"}, {"网上申报", "材料审核", "现场核查", "办结"},
    {"提交材料", "受理", "审核", "公示", "拨付"}};
  static final String[][] PROCESSES_EN = {
    {"apply", "acceptance", "review", "decision", "delivery"}, {"apply online", "review", "site check", "done"},
    {"submit documents", "acceptance", "review", "public notice", "payment"}};

  static final String[] NEWS_OPEN = {
    "{date}，{d}召开{t}工作推进会，总结前一阶段工作，研究部署下一步重点任务。",
    "近日，{d}组织开展{t}专项督导检查，深入{o}一线了解工作落实情况。",
    "为深入贯彻落实省委、省政府关于{t}的决策部署，{d}于{date}举办专题培训班。",
    "{date}，{d}主要负责同志带队深入基层，就{t}工作开展专题调研。",
    "今年以来，{d}聚焦{t}重点任务，坚持系统谋划、统筹推进，各项工作取得积极成效。",
    "{date}，全市{t}工作会议召开，{d}有关负责同志出席会议并讲话。"};
  static final String[] SENTENCES = {
    "会议指出，{t}事关全市发展大局，事关人民群众切身利益，必须以高度的责任感抓紧抓实。",
    "会议强调，要坚持问题导向和目标导向，切实把{t}各项任务落到实处。",
    "要进一步压实工作责任，健全工作机制，形成上下联动、齐抓共管的工作合力。",
    "要加强统筹协调，强化督促检查，确保各项政策措施落地见效。",
    "截至{m}月底，全市已累计服务{o}{n}家，同比增长{p}%。",
    "下一步，{d}将持续深化{t}，不断提升人民群众的获得感、幸福感、安全感。",
    "各地各部门要对照任务清单，逐项细化措施，明确时间节点，确保按期完成。",
    "要创新工作方式方法，充分运用信息化手段，提高工作效率和服务水平。",
    "调研中，{d}负责同志详细了解了{o}的运行情况，认真听取了意见建议。",
    "针对检查中发现的问题，{d}现场提出整改要求，建立问题台账，实行销号管理。",
    "据统计，本年度共投入专项资金{n}万元，惠及{o}{n2}个。",
    "要坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准。",
    "要严格落实“一岗双责”，切实加强对{t}工作的组织领导。",
    "会上，各相关单位分别汇报了工作进展情况，并就存在的问题进行了深入交流。",
    "培训采取专家授课、案例分析和交流研讨相结合的方式，参训人员共计{n3}人。",
    "与会人员表示，将以此次会议为契机，进一步提高思想认识，扎实推进各项工作。",
    "要加大宣传力度，及时回应社会关切，营造全社会共同关心支持{t}的良好氛围。",
    "要进一步完善政策体系，加强跟踪问效，推动{t}工作再上新台阶。",
    "全市共排查{o}{n2}个，发现问题{n3}项，已整改完成{p}%。",
    "要坚持底线思维，增强忧患意识，有效防范化解{t}领域各类风险。"};
  static final String[] LIST_ITEMS = {
    "加强组织领导，成立工作专班", "完善制度机制，健全长效管理", "强化要素保障，落实资金支持",
    "深化宣传引导，营造良好氛围", "严格督导考核，确保工作实效", "优化服务流程，压缩办理时限",
    "加强部门协同，推进信息共享", "开展专项整治，消除风险隐患", "强化人才支撑，提升队伍素质",
    "坚持试点先行，逐步推广经验", "推进数字赋能，提升治理效能", "加强监测预警，提高处置能力"};
  static final String[] NEWS_OPEN_EN = {
    "On {date}, the {d} held a meeting to advance work on {t} and set the key tasks for the next stage.",
    "Recently, the {d} inspected how work on {t} is being carried out among {o}.",
    "To implement the provincial decisions on {t}, the {d} ran a training course on {date}.",
    "On {date}, leaders of the {d} visited the grassroots to study work on {t}."};
  static final String[] SENTENCES_EN = {
    "The meeting stressed that every department must take concrete measures to deliver on {t}.",
    "By the end of month {m}, the city had served {n} {o}, {p}% more than a year earlier.",
    "Responsibilities will be clarified further and the joint working mechanism strengthened.",
    "Coordination and supervision will be stepped up so that every policy measure takes effect.",
    "Next, the {d} will keep deepening {t} and improving public services.",
    "Officials learnt how {o} operate and listened to their suggestions.",
    "Problems found in the inspection were recorded and must be put right within a set time.",
    "This year {n} thousand yuan of special funds has been invested, benefiting {n2} {o}.",
    "Participants said they would use the meeting to push the work forward.",
    "Publicity will be strengthened so that society understands and supports {t}."};
  static final String[] LIST_ITEMS_EN = {
    "Stronger leadership and a dedicated task force", "Better rules and long-term management",
    "Secured funding and resources", "More publicity and guidance", "Strict supervision and assessment",
    "Simpler procedures and shorter processing times", "Closer cooperation and data sharing"};

  static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
  static final String[] GIVEN = {"建国", "志强", "海燕", "丽华", "明", "伟", "军", "静", "敏", "磊", "洋", "勇",
    "艳", "杰", "娟", "涛", "超", "秀英", "晓东", "春雷", "国庆", "红梅", "立新", "玉兰", "德胜", "文博", "思远", "嘉怡"};
  static final String[] UNITS = {"办公室", "政策法规处", "规划发展处", "综合协调处", "财务审计处", "人事处",
    "行政审批处", "监督检查处", "信息化处", "宣传教育处", "机关党委"};

  // ---------------------------------------------------------------------------------------------
  // Model
  // ---------------------------------------------------------------------------------------------

  static final int MIN_ITEMS_PER_SITE = 10;
  static final int ABOUT_PAGES = 3;
  static final ZoneOffset CST = ZoneOffset.ofHours(8);
  static final OffsetDateTime END = OffsetDateTime.of(2026, 11, 16, 0, 0, 0, 0, CST);
  static final OffsetDateTime START = END.minusYears(2);
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  static final class Cluster {
    final List<Site> sites = new ArrayList<>();
    final List<Item> items = new ArrayList<>();
  }

  static final class Site {
    int index;
    String id;
    boolean portal;
    Dept dept;
    List<String> languages;
    String orgCode;
    final List<Column> columns = new ArrayList<>(); // top level, display order
    final List<Column> allColumns = new ArrayList<>(); // depth first, display order
    final List<Item> items = new ArrayList<>();
    final List<Topic> focus = new ArrayList<>();
  }

  static final class Column {
    String code;
    String zh;
    String en;
    String category;
    String type;
    Column parent;
    final List<Column> children = new ArrayList<>();
    int quota;

    String dir() {
      return parent == null ? code : parent.dir() + "/" + code;
    }
  }

  static final class Item {
    Site site;
    Column column;
    String type;
    String slug;
    long seed;
    Topic topic;
    OffsetDateTime published;
    OffsetDateTime updated;
    boolean draft;
    String title;
    String titleEn;
    String core; // policies: the title of the document itself, without 关于印发《…》的通知
    String coreEn;
    List<String> tags = List.of();
    final List<String> translations = new ArrayList<>(); // other languages
    // policy
    String indexNo;
    String docNo;
    LocalDate writtenOn;
    String validity;
    LocalDate validUntil;
    String kind; // 方案, 办法 …
    final List<Item> interpretedBy = new ArrayList<>();
    // interpretation
    final List<Item> interprets = new ArrayList<>();
    String interpretationForm;
    // guide
    String service;
    String serviceEn;
    final List<Item> forms = new ArrayList<>();
    final List<Item> usedBy = new ArrayList<>();
    // form
    String fileName;
    // page
    String pageKind; // functions, structure, contact, leader
    String person;
    String role;

    String ref() {
      return site.id + "/" + slug;
    }

    String hugoPath() {
      return "/" + site.id + "/" + column.dir() + "/" + slug; // Hugo 0.111's GetPage wants no trailing slash
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Planning: sites, columns, items and their metadata (bodies are made when writing)
  // ---------------------------------------------------------------------------------------------

  static long mix(long z) { // SplitMix64 finaliser
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static Random rng(long seed, long... parts) {
    long s = mix(seed);
    for (long p : parts) {
      s = mix(s ^ (p * 0x9e3779b97f4a7c15L));
    }
    return new Random(s);
  }

  static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  static String pick(Random r, String[] list) {
    return list[r.nextInt(list.length)];
  }

  static int between(Random r, int min, int max) {
    return min + r.nextInt(max - min + 1);
  }

  static final class Planner {
    final Options o;
    final Cluster c = new Cluster();

    Planner(Options o) {
      this.o = o;
    }

    Cluster plan() {
      Random r = rng(o.seed, 1);
      for (int i = 0; i < o.sites; i++) {
        c.sites.add(site(i, r));
      }
      allocate(r);
      for (Site s : c.sites) {
        planSite(s);
      }
      for (Site s : c.sites) {
        linkSite(s);
      }
      numberPolicies();
      translate();
      return c;
    }

    Site site(int i, Random r) {
      Site s = new Site();
      s.index = i;
      s.portal = i == 0;
      if (s.portal) {
        s.dept = PORTAL;
      } else if (i <= DEPTS.size()) {
        s.dept = DEPTS.get(i - 1);
      } else {
        String n = String.format(Locale.ROOT, "%03d", i);
        s.dept = new Dept("dept-" + n, "长春市专项工作办公室" + n, "Changchun Special Task Office " + n, "长专" + n);
      }
      s.id = s.dept.id();
      // The portal offers every language; 60% of the departments the second one; the rest zh-CN only.
      if (s.portal) {
        s.languages = o.languages;
      } else if (o.languages.size() > 1 && r.nextInt(10) < 6) {
        s.languages = o.languages.subList(0, 2);
      } else {
        s.languages = o.languages.subList(0, 1);
      }
      // 18-character unified social credit code for most, a 9-character organisation code for 1 in 5.
      s.orgCode = r.nextInt(5) == 0
          ? String.format(Locale.ROOT, "013%03d%03d", 275 + r.nextInt(700), i)
          : String.format(Locale.ROOT, "11220100MB%07d%c", 1_230_000 + i * 37, "0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(r.nextInt(31)));
      List<Topic> topics = new ArrayList<>(TOPICS);
      for (int k = 0; k < 5; k++) {
        s.focus.add(topics.remove(r.nextInt(topics.size())));
      }
      columns(s, r);
      return s;
    }

    void columns(Site s, Random r) {
      col(s, null, s.portal ? "yaowen" : "news", s.portal ? "要闻动态" : "工作动态", s.portal ? "News" : "Work News", "dynamic", "news");
      col(s, null, "notice", "通知公告", "Notices", "notice", "news");
      Column policy = col(s, null, "policy", "政策文件", "Policies", "policy", "policy");
      col(s, policy, "normative", "规范性文件", "Normative Documents", "policy", "policy");
      col(s, null, "interpretation", "政策解读", "Policy Interpretations", "interpretation", "interpretation");
      col(s, null, "guide", "办事指南", "Service Guides", "guide", "guide");
      col(s, null, "forms", "表格下载", "Forms", "forms", "form");
      if (s.portal || r.nextInt(10) < 8) {
        col(s, null, "personnel", "人事信息", "Personnel", "personnel", "news");
      }
      if (s.portal || r.nextInt(10) < 7) {
        col(s, null, "planning", "规划计划", "Plans and Statistics", "planning", "news");
      }
      if (s.portal || r.nextInt(10) < 3) {
        col(s, null, "special", "专题专栏", "Special Topics", "special", "news");
      }
      col(s, null, "about", s.portal ? "市情概况" : "机构概况", s.portal ? "About Changchun" : "About Us", "static", "page");
      col(s, null, "leaders", s.portal ? "市政府领导" : "领导信息", "Leadership", "static", "page");
    }

    Column col(Site s, Column parent, String code, String zh, String en, String category, String type) {
      Column c = new Column();
      c.code = code;
      c.zh = zh;
      c.en = en;
      c.category = category;
      c.type = type;
      c.parent = parent;
      if (parent == null) {
        s.columns.add(c);
      } else {
        parent.children.add(c);
      }
      s.allColumns.clear();
      for (Column top : s.columns) {
        s.allColumns.add(top);
        s.allColumns.addAll(top.children);
      }
      return c;
    }

    /** Items per site (the portal weighs 3, departments 0.5 to 1.5), then per column. */
    void allocate(Random r) {
      int n = c.sites.size();
      double[] w = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        w[i] = i == 0 ? 3.0 : 0.5 + r.nextInt(101) / 100.0;
        sum += w[i];
      }
      int spare = o.items - n * MIN_ITEMS_PER_SITE;
      int[] counts = new int[n];
      int given = 0;
      for (int i = 0; i < n; i++) {
        counts[i] = MIN_ITEMS_PER_SITE + (int) Math.floor(spare * w[i] / sum);
        given += counts[i];
      }
      for (int i = 0; given < o.items; i = (i + 1) % n) {
        counts[i]++;
        given++;
      }
      for (int i = 0; i < n; i++) {
        columnQuotas(c.sites.get(i), counts[i], r);
      }
    }

    void columnQuotas(Site s, int total, Random r) {
      Map<String, Column> byCode = new LinkedHashMap<>();
      for (Column col : s.allColumns) {
        byCode.put(col.code, col);
      }
      Column about = byCode.get("about");
      Column leaders = byCode.get("leaders");
      about.quota = ABOUT_PAGES;
      leaders.quota = 2 + (total > 100 ? r.nextInt(3) : 0);
      int rest = total - about.quota - leaders.quota;
      // Shares of the rest; columns that must not be empty get at least one item.
      Map<String, Integer> share = new LinkedHashMap<>();
      share.put(s.portal ? "yaowen" : "news", 34);
      share.put("notice", 14);
      share.put("policy", 8);
      share.put("normative", 4);
      share.put("interpretation", 6);
      share.put("guide", 7);
      share.put("forms", 7);
      share.put("personnel", 6);
      share.put("planning", 6);
      share.put("special", 4);
      int weights = 0;
      for (Map.Entry<String, Integer> e : share.entrySet()) {
        if (byCode.containsKey(e.getKey())) {
          weights += e.getValue();
        }
      }
      int given = 0;
      for (Map.Entry<String, Integer> e : share.entrySet()) {
        Column col = byCode.get(e.getKey());
        if (col != null) {
          col.quota = rest * e.getValue() / weights;
          given += col.quota;
        }
      }
      String[] mustHave = {s.portal ? "yaowen" : "news", "policy", "interpretation", "guide", "forms"};
      for (String code : mustHave) {
        Column col = byCode.get(code);
        if (col.quota == 0) {
          col.quota = 1;
          given++;
        }
      }
      Column news = byCode.get(s.portal ? "yaowen" : "news");
      news.quota += rest - given; // may take back what the minimums added
      if (news.quota < 1) {
        throw new IllegalStateException("too few items for site " + s.id);
      }
    }

    OffsetDateTime date(Random r) {
      long days = r.nextInt(730);
      OffsetDateTime d = START.plusDays(days);
      if (d.getDayOfWeek().getValue() >= 6 && r.nextInt(4) != 0) {
        d = d.minusDays(d.getDayOfWeek().getValue() - 5L); // mostly on weekdays
      }
      if (d.isBefore(START)) {
        d = START.plusDays(1);
      }
      return d.withHour(between(r, 8, 17)).withMinute(r.nextInt(60)).withSecond(r.nextInt(4) == 0 ? r.nextInt(60) : 0);
    }

    Topic topic(Site s, Random r) {
      return r.nextInt(10) < 7 ? pick(r, s.focus) : pick(r, TOPICS);
    }

    void planSite(Site s) {
      Random r = rng(o.seed, 2, s.index);
      int serial = 0;
      for (Column col : s.allColumns) {
        for (int k = 0; k < col.quota; k++) {
          Item it = new Item();
          it.site = s;
          it.column = col;
          it.type = col.type;
          it.seed = mix(o.seed ^ mix(((long) s.index << 32) | ++serial));
          it.topic = topic(s, r);
          it.published = date(r);
          if (r.nextInt(100) < 15) {
            OffsetDateTime u = it.published.plusDays(between(r, 1, 60)).plusHours(between(r, 0, 5));
            it.updated = u.isBefore(END) ? u : null;
          }
          titles(it, r, k);
          String slug = it.slug != null ? it.slug : it.topic.slug() + "-" + String.format(Locale.ROOT, "%05d", serial);
          it.slug = slug;
          it.tags = tags(it, r);
          if (it.type.equals("news") && r.nextInt(200) == 0) {
            it.draft = true;
          }
          s.items.add(it);
          c.items.add(it);
        }
      }
    }

    List<String> tags(Item it, Random r) {
      if (it.type.equals("page") || r.nextInt(5) == 0) {
        return List.of();
      }
      List<String> t = new ArrayList<>();
      t.add(it.topic.zh());
      if (r.nextBoolean()) {
        t.add(it.topic.obj());
      }
      if (r.nextInt(4) == 0) {
        t.add(SUBJECTS.get(it.topic.subject()).split("、")[0]);
      }
      return t;
    }

    void titles(Item it, Random r, int k) {
      Site s = it.site;
      Topic t = it.topic;
      int y = it.published.getYear();
      String d = s.dept.zh();
      String dEn = s.dept.en();
      switch (it.column.code) {
        case "notice" -> twin(it, r, NOTICE_TITLES, NOTICE_TITLES_EN, d, dEn, y);
        case "personnel" -> twin(it, r, PERSONNEL_TITLES, PERSONNEL_TITLES_EN, d, dEn, y);
        case "planning" -> twin(it, r, PLANNING_TITLES, PLANNING_TITLES_EN, d, dEn, y);
        case "special" -> twin(it, r, SPECIAL_TITLES, SPECIAL_TITLES_EN, d, dEn, y);
        case "policy", "normative" -> {
          int i = r.nextInt(POLICY_CORES.length);
          it.core = fill(POLICY_CORES[i], t.zh(), t.obj(), d, y, 0);
          it.coreEn = fill(POLICY_CORES_EN[i], t.en(), t.objEn(), dEn, y, 0);
          it.kind = switch (i) {
            case 0 -> "方案";
            case 2, 5, 6 -> "办法";
            case 3 -> "计划";
            case 4 -> "意见";
            default -> "措施";
          };
          if (r.nextInt(3) == 0) {
            String issuer = s.portal ? "长春市人民政府" : d;
            it.title = issuer + "关于印发《" + it.core + "》的通知";
            it.titleEn = "Notice of the " + dEn + " on issuing the " + it.coreEn;
          } else {
            it.title = it.core;
            it.titleEn = it.coreEn;
          }
          it.writtenOn = it.published.toLocalDate().minusDays(between(r, 1, 12));
          int v = r.nextInt(100);
          it.validity = v < 84 ? "valid" : v < 91 ? "amended" : v < 96 ? "repealed" : "expired";
          if (it.validity.equals("expired")) {
            it.validUntil = it.published.toLocalDate().plusDays(between(r, 30, 300));
            if (!it.validUntil.isBefore(END.toLocalDate())) {
              it.validUntil = END.toLocalDate().minusDays(1);
            }
          } else if (it.validity.equals("valid") && r.nextInt(3) == 0) {
            it.validUntil = it.writtenOn.plusYears(between(r, 2, 5));
          }
        }
        case "interpretation" -> it.interpretationForm = pick(r, new String[] {"text", "text", "text", "graphic", "qa", "video"});
        case "guide" -> {
          int i = r.nextInt(SERVICES.length);
          it.service = fill(SERVICES[i], t.zh(), t.obj(), d, y, 0);
          it.serviceEn = fill(SERVICES_EN[i], t.en(), t.objEn(), dEn, y, 0);
          it.title = it.service + "办事指南";
          it.titleEn = "Service guide: " + it.serviceEn;
        }
        case "forms" -> {
          int i = r.nextInt(FORM_SUFFIX.length);
          it.title = t.obj() + FORM_SUFFIX[i];
          it.titleEn = capitalise(t.objEn()) + ": " + FORM_SUFFIX_EN[i];
        }
        case "about" -> {
          String[][] pages = {
            {"functions", s.portal ? "城市概况" : "主要职责", s.portal ? "The City" : "Main Responsibilities"},
            {"structure", s.portal ? "行政区划" : "内设机构", s.portal ? "Administrative Divisions" : "Internal Structure"},
            {"contact", "联系方式", "Contact"}};
          String[] p = pages[k % pages.length];
          it.pageKind = p[0];
          it.slug = k < pages.length ? p[0] : p[0] + "-" + k;
          it.title = p[1];
          it.titleEn = p[2];
        }
        case "leaders" -> {
          it.pageKind = "leader";
          it.person = SURNAMES.charAt(r.nextInt(SURNAMES.length())) + pick(r, GIVEN);
          it.role = role(s, k);
          it.slug = String.format(Locale.ROOT, "leader-%02d", k + 1);
          it.title = it.person;
          it.titleEn = "Leader " + (k + 1) + " (" + it.role + ")";
        }
        default -> twin(it, r, NEWS_TITLES, NEWS_TITLES_EN, d, dEn, y); // news, yaowen
      }
    }

    void twin(Item it, Random r, String[] zh, String[] en, String d, String dEn, int y) {
      int i = r.nextInt(zh.length);
      int n = between(r, 2, 12);
      it.title = fill(zh[i], it.topic.zh(), it.topic.obj(), d, y, n).replace("{m}", String.valueOf(it.published.getMonthValue()));
      it.titleEn = capitalise(fill(en[i], it.topic.en(), it.topic.objEn(), dEn, y, n)
          .replace("{m}", String.valueOf(it.published.getMonthValue())));
    }

    /** Links interpretations to policies and guides to forms, and dates them after their targets. */
    void linkSite(Site s) {
      Random r = rng(o.seed, 3, s.index);
      List<Item> policies = new ArrayList<>();
      List<Item> portalPolicies = new ArrayList<>();
      List<Item> forms = new ArrayList<>();
      for (Item it : s.items) {
        if (it.type.equals("policy")) {
          policies.add(it);
        } else if (it.type.equals("form")) {
          forms.add(it);
        }
      }
      for (Item it : c.sites.get(0).items) {
        if (it.type.equals("policy")) {
          portalPolicies.add(it);
        }
      }
      List<Item> department = s.portal ? null : policies;
      for (Item it : s.items) {
        if (it.type.equals("interpretation")) {
          int n = r.nextInt(6) == 0 ? 2 : 1;
          for (int k = 0; k < n; k++) {
            // 3 in 10 of a department's interpretations explain a portal policy (cross-site).
            List<Item> from = department == null || department.isEmpty() || r.nextInt(10) < 3 ? portalPolicies : department;
            if (s.portal && r.nextInt(10) == 0 && c.sites.size() > 1) {
              Site other = c.sites.get(1 + r.nextInt(c.sites.size() - 1));
              List<Item> theirs = other.items.stream().filter(x -> x.type.equals("policy")).toList();
              if (!theirs.isEmpty()) {
                from = theirs;
              }
            }
            Item p = pick(r, from);
            if (!it.interprets.contains(p)) {
              it.interprets.add(p);
              p.interpretedBy.add(it);
            }
          }
          Item first = it.interprets.get(0);
          OffsetDateTime d = first.published.plusDays(between(r, 0, 6)).plusHours(between(r, 1, 6));
          it.published = d.isBefore(END) ? d : END.minusHours(between(r, 2, 20));
          if (it.updated != null && !it.updated.isAfter(it.published)) {
            it.updated = null;
          }
          it.topic = first.topic;
          it.tags = tags(it, r);
          int i = r.nextInt(3);
          String core = first.core;
          it.title = switch (i) {
            case 0 -> "《" + core + "》政策解读";
            case 1 -> "一图读懂《" + core + "》";
            default -> s.dept.zh() + "负责人就《" + core + "》答记者问";
          };
          it.titleEn = switch (i) {
            case 0 -> "Interpretation of the " + first.coreEn;
            case 1 -> "The " + first.coreEn + " in one picture";
            default -> "Officials answer questions on the " + first.coreEn;
          };
          if (i == 1) {
            it.interpretationForm = "graphic";
          } else if (i == 2) {
            it.interpretationForm = "qa";
          }
          it.slug = "interpretation-" + it.slug;
        } else if (it.type.equals("guide")) {
          int n = Math.min(forms.size(), between(r, 1, 3));
          for (int k = 0; k < n; k++) {
            Item f = pick(r, forms);
            if (!it.forms.contains(f)) {
              it.forms.add(f);
              f.usedBy.add(it);
            }
          }
        }
      }
      // A form is named after the first guide that offers it, and its file after its slug.
      for (Item f : forms) {
        if (!f.usedBy.isEmpty()) {
          Item g = f.usedBy.get(0);
          int i = g.forms.indexOf(f) % FORM_SUFFIX.length; // different names for the forms of one guide
          f.topic = g.topic;
          f.tags = tags(f, r);
          String tail = g.service.substring(g.service.length() - 2); // no 登记登记表
          f.title = g.service + (FORM_SUFFIX[i].startsWith(tail) ? FORM_SUFFIX[i].substring(2) : FORM_SUFFIX[i]);
          f.titleEn = capitalise(g.serviceEn) + ": " + FORM_SUFFIX_EN[i];
        }
        f.slug = "form-" + f.slug;
        f.fileName = f.slug + ".pdf";
      }
    }

    /** 索引号 and 文号: per site and year, serials in order of publication. */
    void numberPolicies() {
      for (Site s : c.sites) {
        Random r = rng(o.seed, 4, s.index);
        List<Item> policies = new ArrayList<>(s.items.stream().filter(x -> x.type.equals("policy")).toList());
        policies.sort((a, b) -> {
          int x = a.published.compareTo(b.published);
          return x != 0 ? x : a.slug.compareTo(b.slug);
        });
        Map<String, Integer> serials = new LinkedHashMap<>();
        for (Item p : policies) {
          int y = p.writtenOn.getYear();
          int n = serials.merge("index" + y, 1, Integer::sum);
          String cls = r.nextInt(10) < 3 ? "/" + String.format(Locale.ROOT, "%02d", p.topic.subject() + 1) : "";
          p.indexNo = s.orgCode + cls + "/" + y + "-" + String.format(Locale.ROOT, "%05d", n);
          boolean normative = p.column.code.equals("normative");
          if (normative || r.nextInt(100) < 85) {
            String suffix = normative ? "规" : s.portal ? pick(r, new String[] {"发", "发", "办发", "函"}) : pick(r, new String[] {"发", "发", "函"});
            String code = s.dept.docCode() + suffix;
            p.docNo = code + "〔" + y + "〕" + serials.merge(code + y, 1, Integer::sum) + "号";
          }
        }
      }
    }

    void translate() {
      for (Site s : c.sites) {
        if (s.languages.size() < 2) {
          continue;
        }
        Random r = rng(o.seed, 5, s.index);
        for (Item it : s.items) {
          if (it.draft || (it.type.equals("policy") && !o.translatePolicies)) {
            continue;
          }
          double p = it.type.equals("page") ? Math.min(1, 4 * o.translated) : o.translated;
          for (int l = 1; l < s.languages.size(); l++) {
            if (r.nextDouble() < p) {
              it.translations.add(s.languages.get(l));
            }
            p /= 2;
          }
        }
      }
    }

    String role(Site s, int k) {
      String name = s.dept.zh();
      String head = s.portal ? "市长"
          : name.endsWith("区人民政府") ? "区长"
          : name.endsWith("县人民政府") ? "县长"
          : name.endsWith("市人民政府") ? "市长"
          : name.endsWith("局") ? "局长"
          : name.endsWith("馆") ? "馆长"
          : "主任";
      return k == 0 ? head : "副" + head;
    }
  }

  static String fill(String template, String t, String o, String d, int y, int n) {
    return template.replace("{t}", t).replace("{o}", o).replace("{d}", d).replace("{y2}", String.valueOf(y + 2))
        .replace("{y}", String.valueOf(y)).replace("{n}", String.valueOf(n));
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---------------------------------------------------------------------------------------------
  // Bodies
  // ---------------------------------------------------------------------------------------------

  static final class Text {
    final Random r;
    final Item it;
    final boolean en;
    final StringBuilder b = new StringBuilder();

    Text(Item it, boolean en) {
      this.it = it;
      this.en = en;
      this.r = rng(it.seed, en ? 2 : 1);
    }

    String d() {
      return en ? it.site.dept.en() : it.site.dept.zh();
    }

    String s(String template) {
      Topic t = it.topic;
      OffsetDateTime p = it.published;
      String date = en ? p.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + p.getDayOfMonth()
          : p.getMonthValue() + "月" + p.getDayOfMonth() + "日";
      int pct = between(r, 5, 400);
      return template.replace("{t}", en ? t.en() : t.zh()).replace("{o}", en ? t.objEn() : t.obj()).replace("{d}", d())
          .replace("{date}", date).replace("{m}", String.valueOf(Math.max(1, p.getMonthValue() - 1)))
          .replace("{n3}", String.valueOf(between(r, 30, 600))).replace("{n2}", String.valueOf(between(r, 12, 900)))
          .replace("{n}", String.valueOf(between(r, 100, 20000))).replace("{p}", pct / 10 + "." + pct % 10);
    }

    /** n different sentences of the pool, in random order. */
    List<String> distinct(String[] pool, int n) {
      List<String> left = new ArrayList<>(Arrays.asList(pool));
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n && !left.isEmpty(); i++) {
        out.add(left.remove(r.nextInt(left.size())));
      }
      return out;
    }

    void para(int min, int max) {
      String[] pool = en ? SENTENCES_EN : SENTENCES;
      List<String> chosen = distinct(pool, between(r, min, max));
      int n = chosen.size();
      for (int i = 0; i < n; i++) {
        b.append(s(chosen.get(i)));
        if (en && i < n - 1) {
          b.append(' ');
        }
      }
      b.append("\n\n");
    }

    void list(boolean ordered, int min, int max) {
      String[] pool = en ? LIST_ITEMS_EN : LIST_ITEMS;
      int n = between(r, min, max);
      int start = r.nextInt(pool.length);
      for (int i = 0; i < n; i++) {
        b.append(ordered ? (i + 1) + ". " : "- ").append(pool[(start + i) % pool.length]).append(en ? ".\n" : "。\n");
      }
      b.append('\n');
    }

    void table() {
      int y = it.published.getYear();
      if (en) {
        b.append("| Indicator | ").append(y - 1).append(" | ").append(y).append(" | Change |\n|---|---:|---:|---:|\n");
      } else {
        b.append("| 指标 | ").append(y - 1).append("年 | ").append(y).append("年 | 同比 |\n|---|---:|---:|---:|\n");
      }
      String[] rows = en
          ? new String[] {capitalise(it.topic.objEn()) + " (number)", "Special funds (10,000 yuan)", "Satisfaction (%)", "Cases handled"}
          : new String[] {it.topic.obj() + "（个）", "专项资金（万元）", "群众满意度（%）", "办结事项（件）"};
      int n = between(r, 2, rows.length);
      for (int i = 0; i < n; i++) {
        boolean percent = rows[i].contains("%");
        int a = percent ? between(r, 85, 97) : between(r, 50, 5000);
        int c = percent ? Math.min(99, a + between(r, -2, 3)) : a + between(r, -a / 10, a / 3);
        int pct = (int) Math.round((c - a) * 1000.0 / a);
        b.append("| ").append(rows[i]).append(" | ").append(a).append(" | ").append(c).append(" | ")
            .append(pct >= 0 ? "+" : "-").append(Math.abs(pct) / 10).append('.').append(Math.abs(pct) % 10).append("% |\n");
      }
      b.append('\n');
    }

    void heading(int level, String text) {
      b.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    }

    String body() {
      switch (it.type) {
        case "policy" -> policy();
        case "interpretation" -> interpretation();
        case "guide" -> guide();
        case "form" -> form();
        case "page" -> page();
        default -> news();
      }
      return b.toString();
    }

    void news() {
      b.append(s(pick(r, en ? NEWS_OPEN_EN : NEWS_OPEN))).append(en ? " " : "");
      para(2, 4);
      if (r.nextInt(3) == 0) {
        String[] h = en ? new String[] {"What was done", "Results", "Next steps"} : new String[] {"一、主要做法", "二、取得成效", "三、下一步工作"};
        heading(2, h[0]);
        list(r.nextBoolean(), 3, 5);
        heading(2, h[1]);
        para(2, 4);
        if (r.nextInt(3) == 0) {
          table();
        }
        heading(2, h[2]);
        para(2, 3);
      } else {
        int n = between(r, 1, 4);
        for (int i = 0; i < n; i++) {
          para(2, 5);
        }
        if (r.nextInt(10) == 0) {
          table();
        }
      }
    }

    void policy() {
      String law = pick(r, en ? LAWS_EN : LAWS);
      if (en) {
        b.append("These rules are made under the ").append(law).append(" and other laws, in the light of the city's situation, to promote ")
            .append(it.topic.en()).append(".\n\n");
      } else {
        b.append("为深入推进").append(it.topic.zh()).append("，推动经济社会高质量发展，根据").append(law)
            .append("等有关法律法规和政策规定，结合我市实际，制定本").append(it.kind).append("。\n\n");
      }
      heading(2, en ? "1. General requirements" : "一、总体要求");
      if (!en) {
        b.append("坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，以").append(it.topic.zh())
            .append("为重点，着力破解制约发展的突出问题。到").append(it.writtenOn.getYear() + 2).append("年，")
            .append(it.topic.obj()).append("数量达到").append(between(r, 100, 5000)).append("个，").append(it.topic.zh())
            .append("水平明显提升。\n\n");
      }
      para(2, 4);
      heading(2, en ? "2. Main tasks" : "二、主要任务");
      String[] pool = en ? LIST_ITEMS_EN : LIST_ITEMS;
      String[] nums = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）"};
      int n = between(r, 3, 8);
      int start = r.nextInt(pool.length);
      for (int i = 0; i < n; i++) {
        heading(3, (en ? "2." + (i + 1) + " " : nums[i]) + pool[(start + i) % pool.length]);
        para(2, 5);
      }
      if (r.nextInt(4) == 0) {
        table();
      }
      heading(2, en ? "3. Safeguards" : "三、保障措施");
      list(true, 3, 5);
      para(1, 3);
      heading(2, en ? "4. Supplementary provisions" : "四、附则");
      LocalDate from = it.writtenOn.plusDays(between(r, 0, 30));
      if (en) {
        b.append("These provisions take effect on ").append(from).append(" and are interpreted by the ").append(d()).append(".\n");
      } else {
        b.append("本").append(it.kind).append("自").append(from.getYear()).append("年").append(from.getMonthValue()).append("月")
            .append(from.getDayOfMonth()).append("日起施行，有效期").append(between(r, 2, 5)).append("年。本").append(it.kind)
            .append("由").append(d()).append("负责解释。\n");
      }
    }

    void interpretation() {
      Item p = it.interprets.get(0);
      if ("qa".equals(it.interpretationForm)) {
        String[] q = en
            ? new String[] {"Why were these rules made?", "What are the main contents?", "Who can benefit?", "How do I apply?"}
            : new String[] {"出台的背景是什么？", "主要内容有哪些？", "哪些主体可以享受政策？", "如何申请办理？"};
        for (String question : q) {
          b.append("**").append(en ? "Q: " : "问：").append(en ? question : "《" + p.core + "》" + question).append("**\n\n")
              .append(en ? "A: " : "答：");
          para(2, 4);
        }
        return;
      }
      heading(2, en ? "Background" : "一、起草背景");
      if (!en) {
        b.append("为贯彻落实国家和省关于").append(it.topic.zh()).append("的部署要求，").append(p.site.dept.zh()).append("起草了《")
            .append(p.core).append("》。");
      }
      para(2, 4);
      heading(2, en ? "Main contents" : "二、主要内容");
      list(true, 3, 6);
      para(1, 3);
      heading(2, en ? "Highlights" : "三、政策亮点");
      para(2, 4);
      if ("graphic".equals(it.interpretationForm)) {
        b.append(en ? "*(The graphic is published separately.)*\n" : "*（图解另行发布。）*\n");
      }
    }

    void guide() {
      heading(2, en ? "About this service" : "事项说明");
      if (en) {
        b.append("This guide explains ").append(it.serviceEn).append(". You can apply online or at the service window.\n\n");
      } else {
        b.append("本指南适用于").append(it.topic.obj()).append("申请办理").append(it.service)
            .append("事项。申请人可通过网上办理，也可到窗口现场办理。\n\n");
      }
      heading(2, en ? "Notes" : "温馨提示");
      if (en) {
        b.append("- If documents are missing, the window tells you everything to add at once.\n")
            .append("- Processing times are counted in working days.\n\n");
      } else {
        b.append("- 申请材料不全或不符合法定形式的，窗口一次性告知需要补正的全部内容。\n")
            .append("- 办理时限以工作日计算，不含法定节假日。\n")
            .append("- 可通过政务服务网查询办理进度。\n\n");
      }
    }

    void form() {
      if (en) {
        b.append("Download and fill in the form, then hand it in with the other documents listed in the service guide.\n");
      } else {
        b.append("请下载填写本表，连同办事指南所列其他材料一并提交。填写说明见表格附注。\n");
      }
    }

    void page() {
      switch (it.pageKind) {
        case "functions" -> {
          heading(2, en ? "Main responsibilities" : "主要职责");
          if (en) {
            List<String> chosen = distinct(SENTENCES_EN, 5);
            for (int i = 0; i < chosen.size(); i++) {
              b.append(i + 1).append(". ").append(s(chosen.get(i))).append('\n');
            }
          } else {
            String[] duties = {
              "贯彻执行国家和省有关{t}的方针政策和法律法规，拟订全市相关政策措施并组织实施。",
              "负责全市{o}的监督管理工作，指导各县（市）区开展相关工作。",
              "组织拟订{t}发展规划和年度计划，统筹推进重点项目建设。",
              "承担{t}领域统计分析和信息发布工作。",
              "负责本部门政务公开、政务服务和信息化建设工作。",
              "完成市委、市政府交办的其他任务。"};
            for (int i = 0; i < duties.length; i++) {
              b.append(i + 1).append(". ").append(s(duties[i])).append('\n');
            }
          }
          b.append('\n');
          para(1, 2);
        }
        case "structure" -> {
          heading(2, en ? "Internal structure" : "内设机构");
          b.append(en ? "| Unit | Phone |\n|---|---|\n" : "| 机构 | 职责 | 电话 |\n|---|---|---|\n");
          int n = between(r, 5, UNITS.length);
          for (int i = 0; i < n; i++) {
            String phone = "0431-8" + between(r, 1000000, 9999999);
            if (en) {
              b.append("| Unit ").append(i + 1).append(" | ").append(phone).append(" |\n");
            } else {
              Topic t = pick(r, TOPICS);
              b.append("| ").append(UNITS[i]).append(" | 负责").append(t.zh()).append("、").append(t.obj()).append("相关工作 | ")
                  .append(phone).append(" |\n");
            }
          }
          b.append('\n');
        }
        case "contact" -> {
          heading(2, en ? "Contact" : "联系方式");
          b.append(en ? "- Address: " : "- 地址：").append(address(r, en)).append('\n')
              .append(en ? "- Phone: " : "- 电话：").append("0431-8").append(between(r, 1000000, 9999999)).append('\n')
              .append(en ? "- Office hours: weekdays 8:30–11:30, 13:00–17:00\n" : "- 办公时间：工作日 8:30–11:30，13:00–17:00\n")
              .append(en ? "- Post code: 130000\n\n" : "- 邮编：130000\n\n");
        }
        default -> {
          heading(2, en ? "Profile" : "基本情况");
          if (en) {
            b.append(it.role.startsWith("副") ? "Deputy head" : "Head").append(" of the ").append(d()).append(".\n\n");
          } else {
            b.append(it.person).append("，").append(r.nextInt(4) == 0 ? "女" : "男").append("，汉族，")
                .append(between(r, 1966, 1982)).append("年").append(between(r, 1, 12)).append("月生，研究生学历，现任")
                .append(d()).append(it.role).append("。\n\n");
          }
          heading(2, en ? "Responsibilities" : "工作分工");
          if (en) {
            b.append("Responsible for ").append(it.role.startsWith("副") ? "the work on " + it.topic.en() : "the overall work").append(".\n");
          } else {
            b.append(it.role.startsWith("副") ? s("负责{t}、{o}监督管理等方面工作。") : "主持全面工作。").append('\n');
          }
        }
      }
    }
  }

  static String address(Random r, boolean en) {
    int n = between(r, 1, 3999);
    return en ? n + " Renmin Street, Changchun" : "长春市人民大街" + n + "号";
  }

  /** The summary: the body's first sentence, without Markdown, at most 120 characters. */
  static String summary(String body) {
    for (String line : body.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("|") || l.startsWith("- ") || l.startsWith("*")) {
        continue;
      }
      int end = -1;
      for (int i = 0; i < l.length(); i++) {
        char ch = l.charAt(i);
        if (ch == '。' || ch == '？' || (ch == '.' && (i + 1 == l.length() || l.charAt(i + 1) == ' '))) {
          end = i + 1;
          break;
        }
      }
      String s = end > 0 ? l.substring(0, end) : l;
      return s.length() > 120 ? s.substring(0, 119) + "…" : s;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // YAML
  // ---------------------------------------------------------------------------------------------

  static final Pattern PLAIN_UNSAFE = Pattern.compile(
      "^$|^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|\\s$|: |:$| #|[\\n\\t\\\\]|^(true|false|yes|no|on|off|null|~|y|n)$|^[-+.0-9][-+.:0-9eE_xXoO]*$",
      Pattern.CASE_INSENSITIVE);
  static final Pattern FLOW_UNSAFE = Pattern.compile("[,\\[\\]{}]");

  /** A YAML scalar, plain when that reads back as the same string, else double-quoted. */
  static String q(String s) {
    return PLAIN_UNSAFE.matcher(s).find() ? dq(s) : s;
  }

  /** A scalar inside [ ] or { }. */
  static String qf(String s) {
    return PLAIN_UNSAFE.matcher(s).find() || FLOW_UNSAFE.matcher(s).find() ? dq(s) : s;
  }

  static String dq(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }

  static String flowList(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(qf(values.get(i)));
    }
    return b.append(']').toString();
  }

  static String names(Map<String, String> names) {
    StringBuilder b = new StringBuilder("{ ");
    int i = 0;
    for (Map.Entry<String, String> e : names.entrySet()) {
      b.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(": ").append(qf(e.getValue()));
    }
    return b.append(" }").toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Writing
  // ---------------------------------------------------------------------------------------------

  static final class Writer {
    final Options o;
    final Cluster c;
    long bytes;
    int itemFiles;
    int formFiles;
    int columns;

    Writer(Options o, Cluster c) {
      this.o = o;
      this.c = c;
    }

    void write(Path file, String text) throws IOException {
      write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    void write(Path file, byte[] data) throws IOException {
      Files.createDirectories(file.getParent());
      Files.write(file, data);
      bytes += data.length;
    }

    static String hugoLang(String tag) {
      return tag.toLowerCase(Locale.ROOT);
    }

    void writeAll() throws IOException {
      if (o.out != null) {
        write(o.out.resolve("cluster.yaml"), clusterYaml());
      }
      if (o.hugoOut != null) {
        for (String lang : o.languages) {
          String title = lang.equals("zh-CN") ? "中国·长春" : "Changchun China";
          write(o.hugoOut.resolve("content").resolve(hugoLang(lang)).resolve("_index.md"),
              "---\ntitle: " + q(title) + "\nclusterId: changchun\n---\n");
        }
      }
      for (Site s : c.sites) {
        columns += s.allColumns.size();
        if (o.out != null) {
          Path dir = o.out.resolve(s.id);
          write(dir.resolve("site.yaml"), siteYaml(s));
          write(dir.resolve("columns.yaml"), columnsYaml(s));
        }
        if (o.hugoOut != null) {
          hugoSections(s);
        }
        for (Item it : s.items) {
          for (int l = 0; l <= it.translations.size(); l++) {
            String lang = l == 0 ? "zh-CN" : it.translations.get(l - 1);
            boolean en = l > 0;
            String body = new Text(it, en).body();
            if (o.out != null) {
              write(o.out.resolve(s.id).resolve(it.column.dir()).resolve(it.slug + "." + lang + ".md"),
                  "---\n" + frontMatter(it, en, false, body) + "---\n" + body);
            }
            if (o.hugoOut != null) {
              write(o.hugoOut.resolve("content").resolve(hugoLang(lang)).resolve(s.id).resolve(it.column.dir())
                  .resolve(it.slug + ".md"), "---\n" + frontMatter(it, en, true, body) + "---\n" + body);
            }
            itemFiles++;
          }
          if (it.fileName != null) {
            byte[] pdf = pdf(it.site.id + " / " + it.slug + " / " + it.published.toLocalDate());
            if (o.out != null) {
              write(o.out.resolve(s.id).resolve(it.column.dir()).resolve("files").resolve(it.fileName), pdf);
            }
            if (o.hugoOut != null) {
              write(o.hugoOut.resolve("static").resolve(s.id).resolve(it.column.dir()).resolve("files").resolve(it.fileName), pdf);
            }
            formFiles++;
          }
        }
      }
    }

    String clusterYaml() {
      Map<String, String> names = new LinkedHashMap<>();
      for (String l : o.languages) {
        names.put(l, l.equals("zh-CN") ? "中国·长春" : "Changchun China");
      }
      List<String> ids = c.sites.stream().map(s -> s.id).toList();
      return "id: changchun\n"
          + "names: " + names(names) + "\n"
          + "baseUrl: https://www.example.gov.cn/\n"
          + "defaultLanguage: zh-CN\n"
          + "languages: " + flowList(o.languages) + "\n"
          + "timeZone: Asia/Shanghai\n"
          + "sites: " + flowList(ids) + "\n";
    }

    Map<String, String> siteNames(Site s) {
      Map<String, String> names = new LinkedHashMap<>();
      for (String l : s.languages) {
        names.put(l, l.equals("zh-CN") ? (s.portal ? "中国·长春" : s.dept.zh()) : (s.portal ? "Changchun China" : s.dept.en()));
      }
      return names;
    }

    String siteCode(Site s) {
      return String.format(Locale.ROOT, "220100%04d", s.index + 1);
    }

    String siteYaml(Site s) {
      Random r = rng(o.seed, 6, s.index);
      return "kind: " + (s.portal ? "portal" : "department") + "\n"
          + "names: " + names(siteNames(s)) + "\n"
          + "department: " + q(s.dept.zh()) + "\n"
          + "path: " + (s.portal ? "\"\"" : s.id + "/") + "\n"
          + "theme: " + (s.portal ? "portal" : "department") + "\n"
          + "languages: " + flowList(s.languages) + "\n"
          + "identification:\n"
          + "  siteCode: \"" + siteCode(s) + "\"\n"
          + "  icp: 吉ICP备" + String.format(Locale.ROOT, "%08d", 5_000_000 + s.index) + "号\n"
          + "  publicSecurity: 吉公网安备 " + String.format(Locale.ROOT, "220102020%05d", s.index) + "号\n"
          + "  contact: { phone: \"0431-8" + between(r, 1000000, 9999999) + "\", email: webmaster-" + s.id
          + "@example.gov.cn, address: " + qf(address(r, false)) + " }\n";
    }

    String columnsYaml(Site s) {
      StringBuilder b = new StringBuilder();
      for (Column col : s.columns) {
        column(b, s, col, "");
      }
      return b.toString();
    }

    void column(StringBuilder b, Site s, Column col, String indent) {
      Map<String, String> names = new LinkedHashMap<>();
      names.put("zh-CN", col.zh);
      for (String l : s.languages) {
        if (!l.equals("zh-CN") && col.parent == null) { // sub-columns are named in Chinese only
          names.put(l, col.en);
        }
      }
      b.append(indent).append("- code: ").append(col.code).append('\n');
      b.append(indent).append("  names: ").append(names(names)).append('\n');
      b.append(indent).append("  category: ").append(col.category).append('\n');
      b.append(indent).append("  types: [").append(col.type).append("]\n");
      if (!col.children.isEmpty()) {
        b.append(indent).append("  children:\n");
        for (Column child : col.children) {
          column(b, s, child, indent + "    ");
        }
      }
    }

    void hugoSections(Site s) throws IOException {
      Map<String, String> names = siteNames(s);
      for (String lang : s.languages) {
        Path root = o.hugoOut.resolve("content").resolve(hugoLang(lang)).resolve(s.id);
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(q(names.get(lang))).append('\n');
        b.append("weight: ").append(s.index + 1).append('\n');
        b.append("outputs: [HTML, RSS]\n");
        b.append("siteId: ").append(s.id).append('\n');
        b.append("siteKind: ").append(s.portal ? "portal" : "department").append('\n');
        b.append("department: ").append(q(s.dept.zh())).append('\n');
        b.append("identification:\n  siteCode: \"").append(siteCode(s)).append("\"\n");
        b.append("  icp: 吉ICP备").append(String.format(Locale.ROOT, "%08d", 5_000_000 + s.index)).append("号\n");
        b.append("  publicSecurity: 吉公网安备 ").append(String.format(Locale.ROOT, "220102020%05d", s.index)).append("号\n");
        b.append("---\n");
        write(root.resolve("_index.md"), b.toString());
        int w = 0;
        for (Column col : s.allColumns) {
          w++;
          String title = lang.equals("zh-CN") || col.parent != null ? col.zh : col.en;
          write(root.resolve(col.dir()).resolve("_index.md"), "---\ntitle: " + q(title) + "\nweight: " + w
              + "\noutputs: [HTML]\ncolumnCode: " + col.code + "\ncategory: " + col.category + "\ntypes: [" + col.type + "]\n---\n");
        }
      }
    }

    /** Front matter of one language version; hugo: the Hugo form (date, params at the top level). */
    String frontMatter(Item it, boolean en, boolean hugo, String body) {
      StringBuilder b = new StringBuilder();
      String title = en ? it.titleEn : it.title;
      String summary = it.type.equals("page") ? null : summary(body);
      if (hugo) {
        b.append("title: ").append(q(title)).append('\n');
        if (!it.draft) {
          b.append("date: ").append(DATE_TIME.format(it.published)).append('\n');
        }
        if (it.updated != null) {
          b.append("lastmod: ").append(DATE_TIME.format(it.updated)).append('\n');
        }
        if (it.draft) {
          b.append("draft: true\n");
        }
        if (summary != null) {
          b.append("summary: ").append(q(summary)).append('\n');
        }
        if (!it.tags.isEmpty() && !en) {
          b.append("tags: ").append(flowList(it.tags)).append('\n');
        }
        b.append("translationKey: ").append(it.site.id).append('-').append(it.slug).append('\n');
        b.append("itemType: ").append(it.type).append('\n');
        b.append("siteId: ").append(it.site.id).append('\n');
        b.append("columnCode: ").append(it.column.code).append('\n');
        if (!it.type.equals("page")) {
          b.append("source: ").append(q(en ? it.site.dept.en() : it.site.dept.zh())).append('\n');
        }
      } else {
        b.append("type: ").append(it.type).append('\n');
        b.append("title: ").append(q(title)).append('\n');
        if (it.draft) {
          b.append("draft: true\n");
        } else {
          b.append("published: ").append(DATE_TIME.format(it.published)).append('\n');
        }
        if (it.updated != null) {
          b.append("updated: ").append(DATE_TIME.format(it.updated)).append('\n');
        }
        if (summary != null) {
          b.append("summary: ").append(q(summary)).append('\n');
        }
        if (!it.type.equals("page")) {
          b.append("source: ").append(q(en ? it.site.dept.en() : it.site.dept.zh())).append('\n');
        }
        if (!it.tags.isEmpty() && !en) {
          b.append("tags: ").append(flowList(it.tags)).append('\n');
        }
      }
      switch (it.type) {
        case "policy" -> {
          b.append("policy:\n");
          b.append("  indexNo: ").append(it.indexNo).append('\n');
          b.append("  issuer: ").append(q(en ? it.site.dept.en() : it.site.dept.zh())).append('\n');
          if (it.docNo != null) {
            b.append("  docNo: ").append(it.docNo).append('\n');
          }
          b.append("  writtenOn: ").append(it.writtenOn).append('\n');
          if (!en) {
            b.append("  subject: ").append(q(SUBJECTS.get(it.topic.subject()))).append('\n');
            b.append("  keywords: ").append(flowList(List.of(it.topic.zh(), it.topic.obj()))).append('\n');
          }
          b.append("  validity: ").append(it.validity).append('\n');
          if (it.validUntil != null) {
            b.append("  validUntil: ").append(it.validUntil).append('\n');
          }
          if (hugo && !it.interpretedBy.isEmpty()) {
            b.append("  interpretedBy: ").append(flowList(it.interpretedBy.stream().map(Item::hugoPath).toList())).append('\n');
          }
        }
        case "interpretation" -> {
          b.append("interpretation:\n");
          b.append("  interprets: ").append(flowList(it.interprets.stream().map(Item::ref).toList())).append('\n');
          if (!"text".equals(it.interpretationForm)) {
            b.append("  form: ").append(it.interpretationForm).append('\n');
          }
          if (hugo) {
            b.append("  interpretsPaths: ").append(flowList(it.interprets.stream().map(Item::hugoPath).toList())).append('\n');
          }
        }
        case "guide" -> guide(b, it, en, hugo);
        case "form" -> {
          b.append("form:\n  file: files/").append(it.fileName).append('\n');
          if (hugo) {
            b.append("  href: /").append(it.site.id).append('/').append(it.column.dir()).append("/files/").append(it.fileName).append('\n');
          }
        }
        default -> { }
      }
      return b.toString();
    }

    void guide(StringBuilder b, Item it, boolean en, boolean hugo) {
      Random r = rng(it.seed, 3); // the same values in every language
      int law = r.nextInt(LAWS.size());
      int article = between(r, 3, 60);
      int itemType = r.nextInt(ITEM_TYPES.length);
      int process = r.nextInt(PROCESSES.length);
      int statutory = pick(r, List.of(20, 20, 30, 45, 60));
      int promised = Math.max(1, statutory / between(r, 2, 4));
      boolean free = r.nextInt(10) != 0;
      String location = en
          ? "Window " + between(r, 1, 80) + ", floor " + between(r, 1, 4) + ", Changchun Government Service Centre, " + address(r, true)
          : "长春市政务服务中心" + between(r, 1, 4) + "楼" + between(r, 1, 80) + "号窗口（" + address(r, false) + "）";
      String phone = "0431-8" + between(r, 1000000, 9999999);
      String unit = UNITS[between(r, 1, UNITS.length - 2)];
      b.append("guide:\n");
      b.append("  itemCode: \"").append(String.format(Locale.ROOT, "1122%04d%020d", it.site.index, Math.abs(it.seed % 100_000_000_000L))).append("\"\n");
      b.append("  itemType: ").append(en ? "Administrative power" : ITEM_TYPES[itemType]).append('\n');
      b.append("  basis: ").append(q(en ? "Article " + article + " of the " + LAWS_EN.get(law) : LAWS.get(law) + "第" + chinese(article) + "条")).append('\n');
      b.append("  conditions: ").append(q(en ? capitalise(it.topic.objEn()) + " meeting the conditions of the relevant policies on " + it.topic.en() + "."
          : "符合" + it.topic.zh() + "相关政策规定条件的" + it.topic.obj() + "。")).append('\n');
      b.append("  materials:\n");
      for (Item f : it.forms) {
        b.append("    - { name: ").append(qf(en ? f.titleEn : f.title)).append(", form: ").append(f.ref())
            .append(", copies: 1, original: true, required: true }\n");
      }
      int extra = between(r, 1, 4);
      int start = r.nextInt(MATERIALS.length);
      for (int k = 0; k < extra; k++) {
        int m = (start + k) % MATERIALS.length;
        b.append("    - { name: ").append(qf(en ? MATERIALS_EN[m] : MATERIALS[m])).append(", copies: ").append(between(r, 1, 3))
            .append(", original: ").append(r.nextBoolean()).append(", required: ").append(r.nextInt(4) != 0).append(" }\n");
      }
      b.append("  process: ").append(flowList(Arrays.asList(en ? PROCESSES_EN[process] : PROCESSES[process]))).append('\n');
      b.append("  timeLimit: { statutoryDays: ").append(statutory).append(", promisedDays: ").append(promised).append(" }\n");
      b.append("  fees: ").append(free ? (en ? "Free of charge" : "不收费") : (en ? "Charged under the provincial price rules" : "按照省物价部门核定标准收取")).append('\n');
      b.append("  location: ").append(q(location)).append('\n');
      b.append("  hours: ").append(q(en ? "Weekdays 9:00–11:30, 13:30–17:00" : "工作日 9:00–11:30，13:30–17:00")).append('\n');
      b.append("  department: ").append(q(en ? it.site.dept.en() : it.site.dept.zh() + unit)).append('\n');
      b.append("  phone: \"").append(phone).append("\"\n");
      b.append("  supervisionPhone: \"0431-12345\"\n");
      b.append("  onlineUrl: https://zwfw.example.gov.cn/item/").append(it.site.id).append('/').append(it.slug).append('\n');
      if (!it.forms.isEmpty()) {
        b.append("  forms: ").append(flowList(it.forms.stream().map(Item::ref).toList())).append('\n');
        if (hugo) {
          b.append("  formPaths: ").append(flowList(it.forms.stream().map(Item::hugoPath).toList())).append('\n');
        }
      }
    }
  }

  static String chinese(int n) {
    String d = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(d.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : d.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + d.charAt(n % 10);
  }

  /** A one-page PDF 1.4 with a line of ASCII text and a correct cross-reference table. */
  static byte[] pdf(String text) {
    String safe = text.replaceAll("[^ -~]", "?").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    String stream = "BT /F1 12 Tf 72 770 Td (" + safe + ") Tj ET";
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder b = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(b.length());
      b.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = b.length();
    b.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int off : offsets) {
      b.append(String.format(Locale.ROOT, "%010d 00000 n \n", off));
    }
    b.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
