package org.zhanqun.builder.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemLimits;
import org.zhanqun.model.item.ItemPart;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.item.Slug;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;
import org.zhanqun.model.yaml.Problems;
import org.zhanqun.model.yaml.Texts;
import org.zhanqun.model.yaml.YamlDocument;
import org.zhanqun.model.yaml.YamlMap;

/**
 * Reads one item file (docs/content-format.md, Item files): the file name, the front matter with
 * every key of its type, and the body. Checks everything one file can show; what needs other files
 * (uniqueness, references) is left to {@link ContentReader}. One instance per file; not
 * thread-safe.
 */
final class ItemFileReader {

  static final String EXAMPLE_DATE_TIME = "2024-03-15T09:30:00+08:00";

  private static final List<String> KEYS =
      List.of(
          "type",
          "title",
          "translationKey",
          "summary",
          "source",
          "tags",
          "published",
          "updated",
          "draft",
          "policy",
          "interpretation",
          "guide",
          "form");
  private final ItemFile itemFile;
  private final Problems problems;
  private final List<ReadItem.Reference> references = new ArrayList<>();

  private String slug;
  private String language;
  private String translationKey;
  private int translationKeyLine;
  private ContentType type;
  private boolean draft;
  private String indexNo;
  private int indexNoLine;

  private ItemFileReader(ItemFile itemFile) {
    this.itemFile = itemFile;
    this.problems = new Problems(itemFile.file());
  }

  static ReadItem read(ItemFile itemFile) {
    return new ItemFileReader(itemFile).read();
  }

  private ReadItem read() {
    readFileName();
    Item item = null;
    try {
      byte[] bytes = Files.readAllBytes(itemFile.location());
      item = readContent(bytes);
    } catch (IOException e) {
      problems.add(0, "cannot be read: " + e.getMessage());
    }
    return new ReadItem(
        itemFile.file(),
        itemFile.site(),
        slug,
        language,
        translationKey,
        translationKeyLine,
        type,
        draft,
        indexNo,
        indexNoLine,
        List.copyOf(references),
        problems.isEmpty() ? item : null,
        problems.list());
  }

  private void readFileName() {
    String name = itemFile.location().getFileName().toString();
    String[] parts = name.split("\\.", -1);
    if (parts.length != 3 || !parts[2].equals("md")) {
      problems.add(
          0,
          "file name '"
              + name
              + "': an item file is named <slug>.<language>.md, e.g. price-monitoring.zh-CN.md");
      return;
    }
    Parsed<Slug> fileSlug = Slug.parse(parts[0]);
    fileSlug.reason().ifPresent(reason -> problems.add(0, "file name: " + reason));
    slug = fileSlug.value().map(Slug::value).orElse(null);
    Parsed<Language> parsedLanguage = Language.parse(parts[1]);
    Optional<String> tag = parsedLanguage.value().map(Language::tag);
    List<String> siteLanguages = itemFile.siteLanguages();
    if (tag.isEmpty()) {
      problems.add(0, "file name: " + parsedLanguage.reason().orElseThrow());
    } else if (!siteLanguages.isEmpty() && !siteLanguages.contains(tag.get())) {
      problems.add(
          0,
          "file name: "
              + tag.get()
              + " is not a language of site "
              + itemFile.site()
              + " ("
              + String.join(", ", siteLanguages)
              + ")");
    } else {
      language = tag.get();
    }
  }

  private Item readContent(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(0, "is not UTF-8 text");
      return null;
    }
    Optional<FrontMatter> frontMatter = FrontMatter.split(text, problems);
    if (frontMatter.isEmpty()) {
      return null;
    }
    FrontMatter fm = frontMatter.get();
    int before = problems.list().size();
    Optional<YamlMap> yaml =
        YamlDocument.compose(fm.yaml(), fm.yamlFirstLine(), problems)
            .flatMap(
                node -> YamlMap.of(node, "", "the front matter", fm.yamlFirstLine(), problems));
    if (yaml.isEmpty()) {
      if (problems.list().size() == before) {
        problems.add(1, "the front matter is empty: type and title are required");
      }
      return null;
    }
    return readFrontMatter(yaml.get(), fm.body(), bytes);
  }

  private Item readFrontMatter(YamlMap yaml, String body, byte[] bytes) {
    yaml.allowOnly(KEYS);
    type = yaml.requiredText("type").flatMap(text -> contentType(yaml, text)).orElse(null);
    String title =
        yaml.requiredText("title")
            .filter(text -> Texts.fits(yaml, "title", text, ItemLimits.TITLE))
            .orElse(null);
    translationKey = slug;
    if (yaml.has("translationKey")) {
      translationKeyLine = yaml.valueLine("translationKey");
      translationKey =
          yaml.value("translationKey", key -> Slug.parse(key.strip()))
              .map(Slug::value)
              .orElse(null);
    }
    String summary = optionalText(yaml, "summary", ItemLimits.SUMMARY);
    String source = optionalText(yaml, "source", ItemLimits.SOURCE);
    List<String> tags = ItemPartReader.textList(yaml, "tags", ItemLimits.TAGS, ItemLimits.TAG);
    draft = yaml.bool("draft").orElse(false);
    OffsetDateTime published = null;
    if (yaml.has("published")) {
      published = dateTime(yaml, "published", itemFile.zone()).orElse(null);
    } else if (!draft) {
      yaml.missing("published");
    }
    OffsetDateTime updated = dateTime(yaml, "updated", itemFile.zone()).orElse(null);
    if (Texts.length(body) > ItemLimits.BODY) {
      problems.add(
          0, "the body has " + Texts.length(body) + " characters; at most " + ItemLimits.BODY);
    }

    MessageDigest hash = sha256();
    hash.update(bytes);
    ItemPartReader parts = new ItemPartReader(yaml, itemFile, references, hash);
    checkParts(yaml);
    ItemPart part = null;
    if (type != null && ItemPart.hasPart(type) && yaml.has(type.code())) {
      part =
          switch (type) {
            case POLICY -> parts.policy().orElse(null);
            case INTERPRETATION -> parts.interpretation().orElse(null);
            case GUIDE -> parts.guide().orElse(null);
            case FORM -> parts.form().orElse(null);
            case NEWS, PAGE -> null;
          };
      if (part instanceof PolicyPart policy) {
        indexNo = policy.indexNo().value();
        indexNoLine = parts.indexNoLine();
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Item(
        itemFile.site(),
        itemFile.column().code(),
        slug,
        language,
        type,
        title,
        translationKey,
        summary,
        source,
        tags,
        published,
        updated,
        draft,
        body,
        part,
        itemFile.file(),
        HexFormat.of().formatHex(hash.digest()));
  }

  private Optional<ContentType> contentType(YamlMap yaml, String text) {
    Optional<ContentType> found = ContentType.fromCode(text);
    if (found.isEmpty()) {
      yaml.problem(
          "type", "'" + text + "' is not a content type (" + ColumnsFileReader.typeCodes() + ")");
      return found;
    }
    List<ContentType> allowed = itemFile.column().types();
    if (!allowed.isEmpty() && !allowed.contains(found.get())) {
      yaml.problem(
          "type",
          "column "
              + itemFile.column().path()
              + " does not hold "
              + text
              + " items (its types: "
              + String.join(", ", allowed.stream().map(ContentType::code).toList())
              + ")");
    }
    return found;
  }

  /** A part must be the part of the item's type; a type with a part must carry it. */
  private void checkParts(YamlMap yaml) {
    for (ContentType owner : ContentType.values()) {
      if (ItemPart.hasPart(owner)
          && yaml.keys().contains(owner.code())
          && type != null
          && type != owner) {
        problems.add(
            yaml.line(owner.code()),
            "'"
                + owner.code()
                + "' is the part of "
                + owner.code()
                + " items; a "
                + type.code()
                + " item must not carry it");
      }
    }
    if (type != null && ItemPart.hasPart(type) && !yaml.has(type.code())) {
      problems.add(
          yaml.line("type"), "a " + type.code() + " item needs its '" + type.code() + ":' part");
    }
  }

  private static String optionalText(YamlMap yaml, String key, int max) {
    return yaml.text(key).filter(text -> Texts.fits(yaml, key, text, max)).orElse(null);
  }

  /**
   * An ISO 8601 date-time; one without an offset is in {@code zone}, and gets the offset the zone
   * has at that time.
   */
  static Optional<OffsetDateTime> dateTime(YamlMap yaml, String key, ZoneId zone) {
    return yaml.text(key)
        .map(String::strip)
        .flatMap(
            text -> {
              try {
                TemporalAccessor parsed =
                    DateTimeFormatter.ISO_DATE_TIME.parseBest(
                        text, OffsetDateTime::from, LocalDateTime::from);
                if (parsed instanceof OffsetDateTime offset) {
                  return Optional.of(offset);
                }
                return Optional.of(((LocalDateTime) parsed).atZone(zone).toOffsetDateTime());
              } catch (DateTimeParseException e) {
                yaml.problem(
                    key,
                    "'" + text + "' is not an ISO 8601 date-time such as " + EXAMPLE_DATE_TIME);
                return Optional.empty();
              }
            });
  }

  /** A {@code YYYY-MM-DD} date. */
  static Optional<LocalDate> date(YamlMap yaml, String key) {
    return yaml.text(key)
        .map(String::strip)
        .flatMap(
            text -> {
              try {
                return Optional.of(LocalDate.parse(text));
              } catch (DateTimeParseException e) {
                yaml.problem(key, "'" + text + "' is not a date YYYY-MM-DD such as 2024-03-10");
                return Optional.empty();
              }
            });
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
