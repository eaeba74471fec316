package org.zhanqun.cms.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of items the API accepts (ADR 0014): every content type, every field at
 * and between its limits, every 文号 form (each look-alike bracket and the government order), 索引号
 * with 18- and 9-character organisation codes with and without a class segment, the languages of
 * the demo cluster's sites, Chinese, Latin and Cyrillic text and Markdown bodies.
 *
 * <p>Values that must be unique in the database (slug, 索引号 serial) are only stems here; the test
 * makes them unique when it sends the request.
 */
final class RoundTripCases {

  /** The demo sites the cases go to, with their languages (content/*&#47;site.yaml). */
  static final Map<String, List<String>> SITES =
      Map.of("portal", List.of("zh-CN", "en", "ru"), "fgw", List.of("zh-CN", "en"));

  static final List<String> TYPES =
      List.of("news", "policy", "interpretation", "guide", "form", "page");

  /** The 文号 brackets the API accepts for the year: 〔〕 and its look-alikes. */
  static final List<String[]> BRACKETS =
      List.of(
          new String[] {"〔", "〕"},
          new String[] {"[", "]"},
          new String[] {"【", "】"},
          new String[] {"(", ")"},
          new String[] {"（", "）"},
          new String[] {"﹝", "﹞"},
          new String[] {"［", "］"});

  private static final List<String> VALIDITIES = List.of("valid", "amended", "repealed", "expired");
  private static final List<String> INTERPRETATION_FORMS =
      List.of("text", "graphic", "video", "qa");
  private static final String SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
  private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String LATIN =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éüçñ.,;:!?()'-&/%";
  private static final String CYRILLIC =
      "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ,.-";
  private static final String CHINESE_PUNCTUATION = "，。、；：？！“”《》（）〔〕【】·—";

  private RoundTripCases() {}

  /** A policy of the site: what the interpretations of a batch refer to. */
  static Gen<ItemCase> policyOf(String site) {
    return in -> item(in, site, "policy");
  }

  /** A form of the site: what the guides of a batch offer. */
  static Gen<ItemCase> formOf(String site) {
    return in -> item(in, site, "form");
  }

  /** Any item of any type, site and language. */
  static Gen<ItemCase> items() {
    return in ->
        item(in, pick(in, List.copyOf(new java.util.TreeSet<>(SITES.keySet()))), pick(in, TYPES));
  }

  /**
   * A batch: a policy and a form of every site (so that references have a target), then {@code min}
   * to {@code max} items of any kind.
   */
  static Gen<List<ItemCase>> batches(int min, int max) {
    return in -> {
      List<ItemCase> batch = new ArrayList<>();
      for (String site : new java.util.TreeSet<>(SITES.keySet())) {
        batch.add(policyOf(site).generate(in));
        batch.add(formOf(site).generate(in));
      }
      int size = range(in, min, max);
      for (int i = 0; i < size; i++) {
        batch.add(items().generate(in));
      }
      return List.copyOf(batch);
    };
  }

  private static ItemCase item(RandomnessSource in, String site, String type) {
    String language = pick(in, SITES.get(site));
    String column =
        switch (type) {
          case "news" -> pick(in, List.of("news", "notice", "special"));
          case "page" -> pick(in, List.of("about", "interaction", "special"));
          case "form" -> "forms";
          default -> type;
        };
    return new ItemCase(
        site,
        language,
        type,
        column,
        slugStem(in),
        chance(in, 4) ? slugStem(in) : null,
        text(in, 1, 500),
        chance(in, 3) ? null : text(in, 1, 2000),
        chance(in, 6) ? null : markdown(in),
        chance(in, 3) ? null : text(in, 1, 200),
        tags(in),
        type.equals("policy") ? policy(in) : null,
        type.equals("interpretation") ? pick(in, INTERPRETATION_FORMS) : null,
        type.equals("interpretation") ? indices(in, 1, 3) : List.of(),
        type.equals("guide") ? guide(in) : null,
        type.equals("form") ? text(in, 1, 40).replaceAll("[/\\\\:*?\"<>|]", "_") + ".pdf" : null);
  }

  /** The front of a slug; the test appends an 11-character unique tail: up to the 200 allowed. */
  private static String slugStem(RandomnessSource in) {
    int length = frequency(in, 189, 0);
    StringBuilder stem = new StringBuilder();
    for (int i = 0; i < length; i++) {
      // no '-' first: a slug starts with a letter or digit
      stem.append(SLUG_CHARS.charAt(range(in, 0, SLUG_CHARS.length() - (i == 0 ? 2 : 1))));
    }
    return stem.toString();
  }

  private static List<String> tags(RandomnessSource in) {
    int count = frequency(in, 30, 0);
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tags.add(text(in, 1, 50));
    }
    return tags;
  }

  private static PolicyCase policy(RandomnessSource in) {
    LocalDate writtenOn = LocalDate.of(range(in, 1990, 2026), range(in, 1, 12), range(in, 1, 28));
    return new PolicyCase(
        indexNoStem(in),
        text(in, 1, 100),
        docNo(in),
        writtenOn.toString(),
        chance(in, 3) ? null : text(in, 1, 50),
        keywords(in),
        pick(in, VALIDITIES),
        chance(in, 2) ? null : writtenOn.plusDays(range(in, 0, 4000)).toString());
  }

  /** The 索引号 up to its serial: organisation code, optional class segment, year and '-'. */
  private static String indexNoStem(RandomnessSource in) {
    String organisation = code(in, chance(in, 2) ? 18 : 9);
    String segment = chance(in, 2) ? "" : "/" + code(in, range(in, 1, 10));
    return organisation + segment + "/" + range(in, 1990, 2099) + "-";
  }

  /** No 文号, one with each bracket, or a government order's number. */
  static String docNo(RandomnessSource in) {
    return switch (range(in, 0, 3)) {
      case 0 -> null;
      case 1 -> orderNumber(in);
      default -> {
        String[] bracket = pick(in, BRACKETS);
        yield han(in, 1, 8)
            + bracket[0]
            + range(in, 1950, 2099)
            + bracket[1]
            + range(in, 1, chance(in, 2) ? 99999 : 99)
            + "号";
      }
    };
  }

  /** A government order's number, e.g. 长春市人民政府令第98号. */
  static String orderNumber(RandomnessSource in) {
    return pick(in, List.of("长春市人民政府", "吉林省人民政府", "国务院", "中华人民共和国国家发展和改革委员会"))
        + "令第"
        + range(in, 1, 99999)
        + "号";
  }

  private static List<String> keywords(RandomnessSource in) {
    int count = frequency(in, 20, 0);
    List<String> keywords = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keywords.add(text(in, 1, 20));
    }
    return keywords;
  }

  private static GuideCase guide(RandomnessSource in) {
    List<MaterialCase> materials = new ArrayList<>();
    int count = range(in, 0, 4);
    for (int i = 0; i < count; i++) {
      materials.add(
          new MaterialCase(
              text(in, 1, 100),
              chance(in, 2) ? null : range(in, 0, 3),
              chance(in, 3) ? null : range(in, 0, 5),
              chance(in, 3) ? null : chance(in, 2),
              chance(in, 3) ? null : chance(in, 2)));
    }
    List<String> process = new ArrayList<>();
    int steps = range(in, 0, 5);
    for (int i = 0; i < steps; i++) {
      process.add(text(in, 1, 100));
    }
    Integer statutory = range(in, 0, 60);
    Integer promised = range(in, 0, 30);
    TimeLimitCase timeLimit =
        switch (range(in, 0, 4)) {
          case 0 -> null;
          case 1 -> new TimeLimitCase(null, null);
          case 2 -> new TimeLimitCase(statutory, null);
          case 3 -> new TimeLimitCase(null, promised);
          default -> new TimeLimitCase(statutory, promised);
        };
    return new GuideCase(
        optional(in, 30),
        optional(in, 30),
        optional(in, 500),
        optional(in, 500),
        materials,
        process,
        timeLimit,
        optional(in, 100),
        optional(in, 100),
        optional(in, 100),
        optional(in, 100),
        chance(in, 3) ? null : "0431-8" + range(in, 1000000, 9999999),
        chance(in, 3) ? null : "12345",
        chance(in, 3) ? null : "https://zwfw.example.gov.cn/item/" + range(in, 1, 99999),
        indices(in, 0, 2));
  }

  private static String optional(RandomnessSource in, int max) {
    return chance(in, 4) ? null : text(in, 1, max);
  }

  private static List<Integer> indices(RandomnessSource in, int min, int max) {
    int count = range(in, min, max);
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      indices.add(range(in, 0, 3));
    }
    return indices;
  }

  /** A Markdown body: headings, paragraphs, lists, emphasis, links, tables, quotes and rules. */
  private static String markdown(RandomnessSource in) {
    int blocks = range(in, 0, 6);
    List<String> body = new ArrayList<>();
    for (int i = 0; i < blocks; i++) {
      body.add(
          switch (range(in, 0, 8)) {
            case 0 -> "#".repeat(range(in, 1, 4)) + " " + text(in, 1, 40);
            case 1 -> "- " + text(in, 1, 30) + "\n- " + text(in, 1, 30);
            case 2 -> "1. " + text(in, 1, 30) + "\n2. " + text(in, 1, 30);
            case 3 -> "**" + text(in, 1, 20).strip() + "**x " + text(in, 1, 60);
            case 4 ->
                "["
                    + text(in, 1, 20).replaceAll("[\\[\\]]", "")
                    + "](https://www.example.gov.cn/a)";
            case 5 ->
                "| 项目 | Value |\n| --- | --- |\n| "
                    + han(in, 1, 6)
                    + " | "
                    + range(in, 0, 99)
                    + " |";
            case 6 -> "> " + text(in, 1, 60);
            case 7 -> "---";
            default -> text(in, 1, 300);
          });
    }
    return String.join("\n\n", body) + (chance(in, 2) ? "\n" : "");
  }

  /**
   * Text of {@code min} to {@code max} characters (either limit often) in one script or mixed:
   * Chinese with its punctuation, Latin, Cyrillic.
   */
  static String text(RandomnessSource in, int min, int max) {
    int length = frequency(in, max, min);
    int script = range(in, 0, 3);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int from = script == 3 ? range(in, 0, 2) : script;
      text.append(
          switch (from) {
            case 0 ->
                chance(in, 8)
                    ? CHINESE_PUNCTUATION.charAt(range(in, 0, CHINESE_PUNCTUATION.length() - 1))
                    : (char) range(in, 0x4E00, 0x9FA5);
            case 1 -> LATIN.charAt(range(in, 0, LATIN.length() - 1));
            default -> CYRILLIC.charAt(range(in, 0, CYRILLIC.length() - 1));
          });
    }
    String drawn = text.toString();
    // a title must not be blank: the API requires one
    return drawn.isBlank() ? "文" + drawn.substring(1) : drawn;
  }

  private static String han(RandomnessSource in, int min, int max) {
    StringBuilder text = new StringBuilder();
    int length = range(in, min, max);
    for (int i = 0; i < length; i++) {
      text.append((char) range(in, 0x4E00, 0x9FA5));
    }
    return text.toString();
  }

  private static String code(RandomnessSource in, int length) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < length; i++) {
      code.append(CODE_CHARS.charAt(range(in, 0, CODE_CHARS.length() - 1)));
    }
    return code.toString();
  }

  /** The limit {@code max} one time in four, {@code min} one in eight, else between. */
  private static int frequency(RandomnessSource in, int max, int min) {
    int draw = range(in, 0, 7);
    return draw < 2 ? max : draw == 2 ? min : range(in, min, max);
  }

  private static boolean chance(RandomnessSource in, int oneIn) {
    return range(in, 1, oneIn) == 1;
  }

  static int range(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(range(in, 0, values.size() - 1));
  }

  /** One generated item, before the test gives it a column id, unique values and references. */
  record ItemCase(
      String site,
      String language,
      String type,
      String column,
      String slugStem,
      String translationKeyStem,
      String title,
      String summary,
      String body,
      String source,
      List<String> tags,
      PolicyCase policy,
      String interpretationForm,
      List<Integer> interprets,
      GuideCase guide,
      String fileName) {

    boolean refers() {
      return type.equals("interpretation") || type.equals("guide");
    }
  }

  /** 政策文件 metadata; the 索引号 lacks its serial. */
  record PolicyCase(
      String indexNoStem,
      String issuer,
      String docNo,
      String writtenOn,
      String subject,
      List<String> keywords,
      String validity,
      String validUntil) {}

  /** 办事指南 elements; forms and materials' forms are indices into the batch's forms of the site. */
  record GuideCase(
      String itemCode,
      String itemType,
      String basis,
      String conditions,
      List<MaterialCase> materials,
      List<String> process,
      TimeLimitCase timeLimit,
      String fees,
      String location,
      String hours,
      String department,
      String phone,
      String supervisionPhone,
      String onlineUrl,
      List<Integer> forms) {}

  record MaterialCase(
      String name, Integer form, Integer copies, Boolean original, Boolean required) {}

  record TimeLimitCase(Integer statutoryDays, Integer promisedDays) {}
}
