package org.zhanqun.builder.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.zhanqun.builder.testing.TestContent;
import org.zhanqun.model.item.DocumentNumber;
import org.zhanqun.model.item.FormFile;
import org.zhanqun.model.item.FormPart;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.IndexNumber;
import org.zhanqun.model.item.InterpretationForm;
import org.zhanqun.model.item.InterpretationPart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.item.Validity;
import org.zhanqun.model.site.ContentType;

/**
 * A property (QuickTheories, ADR 0014): an item the content format can hold, written by {@link
 * ContentWriter} into the mini cluster and read back by {@link ContentReader}, is the same item.
 * The items are generated as the server exports them: every content type, every field at and
 * between its limits, every 文号 form the server accepts (after its normalisation to 〔〕, and the
 * government order's number), 索引号 of 18- and 9-character organisation codes with and without a
 * class segment, Chinese, Latin and Cyrillic text, Markdown bodies. Fixed seed; a failure shows the
 * shrunk item.
 */
class ContentRoundTripPropertyTest {

  private static final long SEED = 20261202L;
  private static final String LATIN =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éüçñ.,;:!?()'-&/%#\"\\[]{}";
  private static final String CYRILLIC =
      "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ,.-";
  private static final String CHINESE_PUNCTUATION = "，。、；：？！“”《》（）〔〕【】·—";
  private static final String SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
  private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  @TempDir static Path temp;

  private static ContentSet mini;
  private static Path pdf;
  private final AtomicInteger tries = new AtomicInteger();

  @BeforeAll
  static void readTheMiniCluster() throws Exception {
    mini =
        new ContentReader().read(TestContent.write(temp.resolve("mini"), TestContent.MINI_CLUSTER));
    pdf =
        Files.write(
            temp.resolve("form.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void anItemWrittenToAFolderReadsBackEqual() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .withShrinkCycles(40)
        .forAll(items())
        .checkAssert(
            item -> {
              Path folder = temp.resolve("try-" + tries.incrementAndGet());
              List<Item> items = new ArrayList<>(mini.items());
              items.add(item);
              ContentSet read;
              try {
                new ContentWriter().write(new ContentSet(mini.cluster(), items), folder);
                read = new ContentReader().read(folder);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InvalidContentException e) {
                throw new AssertionError(
                    "the reader refuses the written item: "
                        + e.problems()
                        + "\n"
                        + new String(ContentWriter.itemFile(item), StandardCharsets.UTF_8),
                    e);
              }
              Item back =
                  read.items().stream()
                      .filter(i -> i.file().equals(item.file()))
                      .findFirst()
                      .orElseThrow(() -> new AssertionError("no item " + item.file()));
              assertThat(comparable(back)).isEqualTo(comparable(item));
            });
  }

  private static Gen<Item> items() {
    return in -> {
      ContentType type = pick(in, List.of(ContentType.values()));
      String site =
          type == ContentType.PAGE
              ? "portal"
              : type == ContentType.NEWS ? pick(in, List.of("portal", "fgw")) : "fgw";
      String language = pick(in, List.of("zh-CN", "en"));
      String column =
          switch (type) {
            case NEWS -> "news";
            case PAGE -> "about";
            case POLICY -> pick(in, List.of("policy", "normative"));
            case INTERPRETATION -> "interpretation";
            case GUIDE -> "guide";
            case FORM -> "forms";
          };
      String columnPath =
          mini.cluster().site(site).orElseThrow().allColumns().stream()
              .filter(c -> c.code().equals(column))
              .findFirst()
              .orElseThrow()
              .path();
      String slug = "rt-" + slugStem(in, 197);
      String translationKey = chance(in, 4) ? "rt-" + slugStem(in, 197) : slug;
      OffsetDateTime published = dateTime(in);
      OffsetDateTime updated =
          chance(in, 2) ? null : published.plusSeconds(range(in, 0, 9_999_999));
      String fileName = text(in, 1, 40).replaceAll("[/\\\\:*?\"<>|]", "_").strip() + ".pdf";
      return new Item(
          site,
          column,
          slug,
          language,
          type,
          text(in, 1, 500).strip(),
          translationKey,
          chance(in, 3) ? null : text(in, 1, 2000),
          chance(in, 3) ? null : text(in, 1, 200),
          tags(in, 30, 50),
          published,
          updated,
          chance(in, 8),
          markdown(in),
          switch (type) {
            case POLICY -> policy(in);
            case INTERPRETATION ->
                new InterpretationPart<>(
                    List.of(new ItemReference("fgw", "private-economy-measures")),
                    pick(in, List.of(InterpretationForm.values())));
            case GUIDE -> guide(in);
            case FORM ->
                new FormPart<>(
                    new FormFile("files/" + fileName, pdf, "pdf", "application/pdf", 0, ""));
            case NEWS, PAGE -> null;
          },
          site + "/" + columnPath + "/" + slug + "." + language + ".md",
          "");
    };
  }

  private static PolicyPart policy(RandomnessSource in) {
    LocalDate writtenOn = LocalDate.of(range(in, 1990, 2026), range(in, 1, 12), range(in, 1, 28));
    String organisation = code(in, chance(in, 2) ? 18 : 9);
    String segment = chance(in, 2) ? "" : "/" + code(in, range(in, 1, 10));
    return new PolicyPart(
        new IndexNumber(
            organisation
                + segment
                + "/"
                + range(in, 1990, 2099)
                + "-"
                + digits(in, range(in, 3, 8))),
        text(in, 1, 100).strip(),
        docNo(in),
        writtenOn,
        chance(in, 3) ? null : text(in, 1, 50).strip(),
        tags(in, 20, 20),
        pick(in, List.of(Validity.values())),
        chance(in, 2) ? null : writtenOn.plusDays(range(in, 0, 4000)));
  }

  /** No 文号, the yearly form as the server stores it (〔〕), or a government order's number. */
  private static DocumentNumber docNo(RandomnessSource in) {
    return switch (range(in, 0, 2)) {
      case 0 -> null;
      case 1 ->
          new DocumentNumber(
              pick(in, List.of("长春市人民政府", "吉林省人民政府", "国务院")) + "令第" + range(in, 1, 99999) + "号");
      default ->
          new DocumentNumber(
              han(in, 1, 8) + "〔" + range(in, 1950, 2099) + "〕" + range(in, 1, 99999) + "号");
    };
  }

  private static GuidePart<ItemReference> guide(RandomnessSource in) {
    List<GuidePart.Material<ItemReference>> materials = new ArrayList<>();
    int count = range(in, 0, 4);
    for (int i = 0; i < count; i++) {
      materials.add(
          new GuidePart.Material<>(
              text(in, 1, 100).strip(),
              chance(in, 2) ? null : new ItemReference("fgw", "cost-review-form"),
              chance(in, 3) ? null : range(in, 0, 5),
              chance(in, 3) ? null : chance(in, 2),
              chance(in, 3) ? null : chance(in, 2)));
    }
    List<String> process = new ArrayList<>();
    int steps = range(in, 0, 5);
    for (int i = 0; i < steps; i++) {
      process.add(text(in, 1, 100));
    }
    GuidePart.TimeLimit timeLimit =
        switch (range(in, 0, 4)) {
          case 0 -> null;
          case 1 -> new GuidePart.TimeLimit(null, null);
          case 2 -> new GuidePart.TimeLimit(range(in, 0, 60), null);
          case 3 -> new GuidePart.TimeLimit(null, range(in, 0, 30));
          default -> new GuidePart.TimeLimit(range(in, 0, 60), range(in, 0, 30));
        };
    return new GuidePart<>(
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
        chance(in, 2) ? List.of() : List.of(new ItemReference("fgw", "cost-review-form")));
  }

  private static OffsetDateTime dateTime(RandomnessSource in) {
    OffsetDateTime time =
        OffsetDateTime.of(
            range(in, 2000, 2026),
            range(in, 1, 12),
            range(in, 1, 28),
            range(in, 0, 23),
            range(in, 0, 59),
            range(in, 0, 59),
            0,
            ZoneOffset.ofHours(8));
    return switch (range(in, 0, 2)) {
      case 0 -> time;
      case 1 -> time.plusNanos(range(in, 1, 999) * 1_000_000L);
      default -> time.plusNanos(range(in, 1, 999_999) * 1_000L);
    };
  }

  private static String markdown(RandomnessSource in) {
    int blocks = range(in, 0, 6);
    List<String> body = new ArrayList<>();
    for (int i = 0; i < blocks; i++) {
      body.add(
          switch (range(in, 0, 8)) {
            case 0 -> "#".repeat(range(in, 1, 4)) + " " + text(in, 1, 40);
            case 1 -> "- " + text(in, 1, 30) + "\n- " + text(in, 1, 30);
            case 2 -> "1. " + text(in, 1, 30) + "\n2. " + text(in, 1, 30);
            case 3 -> "**" + text(in, 1, 20) + "** " + text(in, 1, 60);
            case 4 -> "[link](https://www.example.gov.cn/a)";
            case 5 -> "| 项目 | Value |\n| --- | --- |\n| " + han(in, 1, 6) + " | 1 |";
            case 6 -> "> " + text(in, 1, 60);
            case 7 -> "---";
            default -> text(in, 1, 300);
          });
    }
    return String.join("\n\n", body) + (chance(in, 2) ? "\n" : "");
  }

  private static List<String> tags(RandomnessSource in, int count, int length) {
    int size = limitOrBetween(in, count, 0);
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      tags.add(text(in, 1, length).strip());
    }
    return tags;
  }

  private static String optional(RandomnessSource in, int max) {
    return chance(in, 4) ? null : text(in, 1, max);
  }

  /** Text in one script or mixed, of {@code min} to {@code max} characters, never blank. */
  private static String text(RandomnessSource in, int min, int max) {
    int length = limitOrBetween(in, max, min);
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
    return drawn.isBlank() ? "文" + drawn.substring(1) : drawn;
  }

  private static String slugStem(RandomnessSource in, int max) {
    int length = limitOrBetween(in, max, 1);
    StringBuilder stem = new StringBuilder();
    for (int i = 0; i < length; i++) {
      stem.append(SLUG_CHARS.charAt(range(in, 0, SLUG_CHARS.length() - 1)));
    }
    return stem.toString();
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

  private static String digits(RandomnessSource in, int length) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < length; i++) {
      digits.append(range(in, 0, 9));
    }
    return digits.toString();
  }

  private static int limitOrBetween(RandomnessSource in, int max, int min) {
    int draw = range(in, 0, 7);
    return draw < 2 ? max : draw == 2 ? min : range(in, min, max);
  }

  private static boolean chance(RandomnessSource in, int oneIn) {
    return range(in, 1, oneIn) == 1;
  }

  private static int range(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(range(in, 0, values.size() - 1));
  }

  /** Without what a folder gives: the form file's location, size and hash, the file's hash. */
  private static Item comparable(Item item) {
    Item portable = item.withoutStorage();
    if (item.form() == null) {
      return portable;
    }
    FormFile file = new FormFile(item.form().file(), null, null, null, 0, null);
    return new Item(
        portable.site(),
        portable.column(),
        portable.slug(),
        portable.language(),
        portable.type(),
        portable.title(),
        portable.translationKey(),
        portable.summary(),
        portable.source(),
        portable.tags(),
        portable.published(),
        portable.updated(),
        portable.draft(),
        portable.body(),
        new FormPart<>(file),
        portable.file(),
        "");
  }
}
