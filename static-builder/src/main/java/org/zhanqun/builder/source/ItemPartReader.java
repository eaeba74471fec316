package org.zhanqun.builder.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.item.DocumentNumber;
import org.zhanqun.model.item.FileFormat;
import org.zhanqun.model.item.FormFile;
import org.zhanqun.model.item.FormPart;
import org.zhanqun.model.item.GuideElement;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.HttpUrl;
import org.zhanqun.model.item.IndexNumber;
import org.zhanqun.model.item.InterpretationForm;
import org.zhanqun.model.item.InterpretationPart;
import org.zhanqun.model.item.ItemLimits;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.item.Validity;
import org.zhanqun.model.site.ColumnCode;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.yaml.Texts;
import org.zhanqun.model.yaml.YamlMap;

/**
 * Reads the type-specific part of an item's front matter (docs/content-format.md: policy,
 * interpretation, guide, form) and the rules the server shares (索引号, 文号). References are collected
 * for {@link ContentReader} to resolve once every file is read.
 */
final class ItemPartReader {

  private static final List<String> POLICY_KEYS =
      List.of(
          "indexNo",
          "issuer",
          "docNo",
          "writtenOn",
          "subject",
          "keywords",
          "validity",
          "validUntil");
  private static final List<String> INTERPRETATION_KEYS = List.of("interprets", "form");
  private static final List<String> MATERIAL_KEYS =
      List.of("name", "form", "copies", "original", "required");
  private static final List<String> TIME_LIMIT_KEYS = List.of("statutoryDays", "promisedDays");
  private static final List<String> FORM_KEYS = List.of("file");
  private static final Pattern FILE_NAME_REFUSED = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");

  private final YamlMap item;
  private final ItemFile itemFile;
  private final List<ReadItem.Reference> references;
  private final MessageDigest contentHash;
  private int indexNoLine;

  /**
   * @param contentHash the item's hash, which a form's file is added to
   */
  ItemPartReader(
      YamlMap item,
      ItemFile itemFile,
      List<ReadItem.Reference> references,
      MessageDigest contentHash) {
    this.item = item;
    this.itemFile = itemFile;
    this.references = references;
    this.contentHash = contentHash;
  }

  int indexNoLine() {
    return indexNoLine;
  }

  Optional<PolicyPart> policy() {
    return item.map("policy")
        .map(
            yaml -> {
              yaml.allowOnly(POLICY_KEYS);
              indexNoLine = yaml.valueLine("indexNo");
              IndexNumber indexNo =
                  yaml.requiredText("indexNo")
                      .flatMap(text -> yaml.value("indexNo", IndexNumber::parse))
                      .orElse(null);
              String issuer = yaml.requiredText("issuer").orElse(null);
              DocumentNumber docNo = yaml.value("docNo", DocumentNumber::parse).orElse(null);
              LocalDate writtenOn = null;
              if (yaml.has("writtenOn")) {
                writtenOn = ItemFileReader.date(yaml, "writtenOn").orElse(null);
              } else {
                yaml.missing("writtenOn");
              }
              String subject = yaml.text("subject").map(String::strip).orElse(null);
              List<String> keywords =
                  textList(yaml, "keywords", ItemLimits.KEYWORDS, Integer.MAX_VALUE);
              Validity validity =
                  yaml.has("validity")
                      ? yaml.value("validity", Validity::parse).orElse(null)
                      : Validity.VALID;
              LocalDate validUntil = ItemFileReader.date(yaml, "validUntil").orElse(null);
              if (indexNo == null || validity == null) {
                return null;
              }
              return new PolicyPart(
                  indexNo, issuer, docNo, writtenOn, subject, keywords, validity, validUntil);
            });
  }

  Optional<InterpretationPart<ItemReference>> interpretation() {
    return item.map("interpretation")
        .map(
            yaml -> {
              yaml.allowOnly(INTERPRETATION_KEYS);
              List<ItemReference> interprets = new ArrayList<>();
              if (!yaml.has("interprets")) {
                yaml.missing("interprets");
              } else {
                Optional<List<Node>> elements = yaml.sequence("interprets");
                elements.ifPresent(
                    nodes -> {
                      for (Node node : nodes) {
                        reference(yaml, "interprets", node, ContentType.POLICY)
                            .ifPresent(interprets::add);
                      }
                    });
                if (elements.map(List::isEmpty).orElse(false)) {
                  yaml.problem("interprets", "must name at least one policy");
                }
              }
              InterpretationForm form =
                  yaml.has("form")
                      ? yaml.value("form", InterpretationForm::parse).orElse(null)
                      : InterpretationForm.TEXT;
              return form == null ? null : new InterpretationPart<>(interprets, form);
            });
  }

  Optional<GuidePart<ItemReference>> guide() {
    return item.map("guide")
        .map(
            yaml -> {
              yaml.allowOnly(GuideElement.fields());
              List<GuidePart.Material<ItemReference>> materials = new ArrayList<>();
              for (Node node : yaml.sequence(GuideElement.MATERIALS.field()).orElse(List.of())) {
                yaml.element(node, GuideElement.MATERIALS.field())
                    .flatMap(this::material)
                    .ifPresent(materials::add);
              }
              GuidePart.TimeLimit timeLimit =
                  yaml.map(GuideElement.TIME_LIMIT.field())
                      .map(
                          limit -> {
                            limit.allowOnly(TIME_LIMIT_KEYS);
                            Integer statutory = limit.count("statutoryDays").orElse(null);
                            Integer promised = limit.count("promisedDays").orElse(null);
                            return statutory == null && promised == null
                                ? null
                                : new GuidePart.TimeLimit(statutory, promised);
                          })
                      .orElse(null);
              String onlineUrl =
                  yaml.value(GuideElement.ONLINE_URL.field(), HttpUrl::parse)
                      .map(HttpUrl::value)
                      .orElse(null);
              List<ItemReference> forms = new ArrayList<>();
              for (Node node : yaml.sequence(GuideElement.FORMS.field()).orElse(List.of())) {
                reference(yaml, GuideElement.FORMS.field(), node, ContentType.FORM)
                    .ifPresent(forms::add);
              }
              return new GuidePart<>(
                  text(yaml, GuideElement.ITEM_CODE),
                  text(yaml, GuideElement.ITEM_TYPE),
                  text(yaml, GuideElement.BASIS),
                  text(yaml, GuideElement.CONDITIONS),
                  materials,
                  textList(
                      yaml, GuideElement.PROCESS.field(), Integer.MAX_VALUE, Integer.MAX_VALUE),
                  timeLimit,
                  text(yaml, GuideElement.FEES),
                  text(yaml, GuideElement.LOCATION),
                  text(yaml, GuideElement.HOURS),
                  text(yaml, GuideElement.DEPARTMENT),
                  text(yaml, GuideElement.PHONE),
                  text(yaml, GuideElement.SUPERVISION_PHONE),
                  onlineUrl,
                  forms);
            });
  }

  private Optional<GuidePart.Material<ItemReference>> material(YamlMap yaml) {
    yaml.allowOnly(MATERIAL_KEYS);
    Optional<String> name = yaml.requiredText("name");
    ItemReference form =
        yaml.node("form")
            .flatMap(node -> reference(yaml, null, node, ContentType.FORM))
            .orElse(null);
    Integer copies = yaml.count("copies").orElse(null);
    Boolean original = yaml.bool("original").orElse(null);
    Boolean required = yaml.bool("required").orElse(null);
    return name.map(n -> new GuidePart.Material<>(n, form, copies, original, required));
  }

  Optional<FormPart<FormFile>> form() {
    return item.map("form")
        .flatMap(
            yaml -> {
              yaml.allowOnly(FORM_KEYS);
              return yaml.requiredText("file")
                  .flatMap(file -> formFile(yaml, file))
                  .map(FormPart::new);
            });
  }

  private Optional<FormFile> formFile(YamlMap yaml, String file) {
    String prefix = ColumnCode.FILES_FOLDER + "/";
    String name = file.startsWith(prefix) ? file.substring(prefix.length()) : "";
    if (name.isEmpty() || FILE_NAME_REFUSED.matcher(name).find() || name.equals("..")) {
      yaml.problem(
          "file",
          "'"
              + file
              + "' is not a file in the column's files/ folder, e.g. files/申请表.docx"
              + " (no / \\ : * ? \" < > | or control characters in the name)");
      return Optional.empty();
    }
    if (Texts.length(name) > ItemLimits.FILE_NAME) {
      yaml.problem("file", "the file name has more than " + ItemLimits.FILE_NAME + " characters");
      return Optional.empty();
    }
    Optional<FileFormat> format = FileFormat.ofFileName(name);
    if (format.isEmpty()) {
      yaml.problem(
          "file", "'" + name + "' is not of an accepted format (" + FileFormat.accepted() + ")");
      return Optional.empty();
    }
    Path location = itemFile.location().getParent().resolve(ColumnCode.FILES_FOLDER).resolve(name);
    String shown = itemFile.site() + "/" + itemFile.column().path() + "/" + file;
    if (!Files.isRegularFile(location)) {
      yaml.problem("file", shown + " does not exist");
      return Optional.empty();
    }
    byte[] content;
    try {
      long size = Files.size(location);
      if (size > ItemLimits.FORM_FILE_BYTES) {
        yaml.problem(
            "file", shown + " has " + size + " bytes; at most " + ItemLimits.FORM_FILE_BYTES);
        return Optional.empty();
      }
      content = Files.readAllBytes(location);
    } catch (IOException e) {
      yaml.problem("file", shown + " cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    if (content.length == 0) {
      yaml.problem("file", shown + " is empty");
      return Optional.empty();
    }
    if (!format.get().matches(content)) {
      yaml.problem(
          "file",
          shown
              + " does not start as "
              + format.get().magic().description()
              + ", as a ."
              + name.substring(name.lastIndexOf('.') + 1)
              + " file must");
      return Optional.empty();
    }
    contentHash.update(content);
    String sha256 = HexFormat.of().formatHex(ItemFileReader.sha256().digest(content));
    return Optional.of(
        new FormFile(
            file,
            location.toAbsolutePath().normalize(),
            format.get().name(),
            format.get().mediaType(),
            content.length,
            sha256));
  }

  /**
   * Reads a reference {@code <site>/<translationKey>} and records it for resolution.
   *
   * @param key the key in {@code yaml} that holds the list, or null when {@code yaml} holds the
   *     reference itself under {@code form}
   */
  private Optional<ItemReference> reference(
      YamlMap yaml, String key, Node node, ContentType expected) {
    String path = yaml.path(key != null ? key : "form");
    Optional<String> text = yaml.text(node, path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Parsed<ItemReference> parsed = ItemReference.parse(text.get());
    int line = yaml.line(node);
    if (!parsed.isValid()) {
      yaml.problems().add(line, path + ": " + parsed.reason().orElseThrow());
      return Optional.empty();
    }
    ItemReference reference = parsed.orElseThrow();
    references.add(new ReadItem.Reference(reference, expected, path, line));
    return Optional.of(reference);
  }

  private static String text(YamlMap yaml, GuideElement element) {
    return text(yaml, element.field());
  }

  private static String text(YamlMap yaml, String key) {
    return yaml.text(key).map(String::strip).orElse(null);
  }

  /** A list of texts of at most {@code maxCount} elements of at most {@code maxLength} each. */
  static List<String> textList(YamlMap yaml, String key, int maxCount, int maxLength) {
    List<String> texts = yaml.texts(key).orElse(List.of());
    if (texts.size() > maxCount) {
      yaml.problem(key, "at most " + maxCount + " elements, found " + texts.size());
    }
    for (String text : texts) {
      if (Texts.length(text) > maxLength) {
        yaml.problem(key, "'" + text + "' has more than " + maxLength + " characters");
      }
    }
    return texts;
  }
}
