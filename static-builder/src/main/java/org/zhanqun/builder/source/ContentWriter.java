package org.zhanqun.builder.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.item.FormFile;
import org.zhanqun.model.item.GuideElement;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.Site;

/**
 * Writes a {@link ContentSet} to a folder in the content format (docs/content-format.md), so that
 * {@link ContentReader} reads back an equal cluster and equal items (except each item's {@code
 * contentHash}, which hashes the written bytes, and each form's {@code location}). Thread-safe and
 * stateless.
 *
 * <p>The bytes are deterministic: keys in the order of the format's tables, names in the order of
 * the languages, lists in their order, and a text in double quotes whenever YAML could read it as
 * anything but that text (codes and phone numbers, which start with a digit, are always quoted). An
 * item's {@code translationKey} is written only when it differs from the slug, {@code draft} only
 * when true; a form's file is copied from {@link FormFile#location()} into its column's {@code
 * files/} folder.
 */
public final class ContentWriter {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final Pattern PLAIN =
      Pattern.compile("[^\\s0-9\\-?:,\\[\\]{}#&*!|>'\"%@`+.~][^:#,?\\[\\]{}'\"\\\\]*");
  private static final Pattern RESERVED =
      Pattern.compile("(?i)true|false|yes|no|on|off|null|y|n|~|\\.inf|\\.nan");

  /**
   * Writes {@code content} into {@code folder}, creating it when missing; files already there with
   * the same names are replaced, others are left (write into an empty folder for a folder that
   * reads back as {@code content}).
   *
   * @throws IOException when a file cannot be written or a form's file cannot be copied
   */
  public void write(ContentSet content, Path folder) throws IOException {
    Files.createDirectories(folder);
    Cluster cluster = content.cluster();
    writeText(folder.resolve(ClusterSettings.FILE), clusterYaml(cluster));
    List<Channel> channels = content.interaction().channels();
    if (!channels.isEmpty()) {
      writeText(folder.resolve(InteractionFileReader.FILE), interactionYaml(cluster, channels));
    }
    Map<String, Map<String, String>> columnPaths = new HashMap<>();
    for (Site site : cluster.sites()) {
      Path siteFolder = folder.resolve(site.id());
      Files.createDirectories(siteFolder);
      writeText(siteFolder.resolve(SiteSettings.FILE), siteYaml(site));
      writeText(siteFolder.resolve(ColumnsFileReader.FILE), columnsYaml(site));
      Map<String, String> paths = new HashMap<>();
      for (Column column : site.allColumns()) {
        paths.put(column.code(), column.path());
        Files.createDirectories(siteFolder.resolve(column.path()));
      }
      columnPaths.put(site.id(), paths);
    }
    for (Item item : content.items()) {
      String columnPath =
          columnPaths.getOrDefault(item.site(), Map.of()).getOrDefault(item.column(), null);
      if (columnPath == null) {
        throw new IllegalArgumentException(
            "item " + item.file() + ": site " + item.site() + " has no column " + item.column());
      }
      Path columnFolder = folder.resolve(item.site()).resolve(columnPath);
      Files.write(columnFolder.resolve(fileName(item)), itemFile(item));
      if (item.form() != null) {
        Path target = columnFolder.resolve(item.form().file());
        Files.createDirectories(target.getParent());
        Files.copy(item.form().location(), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The item's file name, {@code <slug>.<language>.md}. */
  public static String fileName(Item item) {
    return item.slug() + "." + item.language() + ".md";
  }

  /** The bytes of the item's file: front matter and body, UTF-8. */
  public static byte[] itemFile(Item item) {
    Yaml yaml = new Yaml();
    yaml.line("---");
    yaml.key("type", item.type().code());
    yaml.key("title", item.title());
    if (!item.translationKey().equals(item.slug())) {
      yaml.key("translationKey", item.translationKey());
    }
    yaml.key("summary", item.summary());
    yaml.key("source", item.source());
    yaml.list("tags", item.tags());
    yaml.raw("published", dateTime(item.published()));
    yaml.raw("updated", dateTime(item.updated()));
    if (item.draft()) {
      yaml.raw("draft", "true");
    }
    if (item.policy() != null) {
      PolicyPart policy = item.policy();
      yaml.line("policy:");
      Yaml part = yaml.indented();
      part.key("indexNo", policy.indexNo().value());
      part.key("issuer", policy.issuer());
      part.key("docNo", policy.docNo() == null ? null : policy.docNo().value());
      part.raw("writtenOn", policy.writtenOn() == null ? null : policy.writtenOn().toString());
      part.key("subject", policy.subject());
      part.list("keywords", policy.keywords());
      part.key("validity", policy.validity().code());
      part.raw("validUntil", policy.validUntil() == null ? null : policy.validUntil().toString());
    }
    if (item.interpretation() != null) {
      yaml.line("interpretation:");
      Yaml part = yaml.indented();
      part.list("interprets", references(item.interpretation().interprets()));
      part.key("form", item.interpretation().form().code());
    }
    if (item.guide() != null) {
      writeGuide(yaml, item.guide());
    }
    if (item.form() != null) {
      yaml.line("form:");
      yaml.indented().key("file", item.form().file());
    }
    yaml.line("---");
    return (yaml.text() + item.body()).getBytes(StandardCharsets.UTF_8);
  }

  private static void writeGuide(Yaml yaml, GuidePart<ItemReference> guide) {
    yaml.line("guide:");
    Yaml part = yaml.indented();
    for (GuideElement element : GuideElement.values()) {
      switch (element) {
        case MATERIALS -> writeMaterials(part, guide.materials());
        case PROCESS -> part.list(element.field(), guide.process());
        case TIME_LIMIT -> writeTimeLimit(part, guide.timeLimit());
        case FORMS -> part.list(element.field(), references(guide.forms()));
        default -> part.key(element.field(), (String) guide.value(element));
      }
    }
  }

  private static void writeMaterials(Yaml part, List<GuidePart.Material<ItemReference>> materials) {
    if (materials.isEmpty()) {
      return;
    }
    part.line(GuideElement.MATERIALS.field() + ":");
    for (GuidePart.Material<ItemReference> material : materials) {
      List<String> entries = new ArrayList<>();
      entries.add("name: " + scalar(material.name()));
      if (material.form() != null) {
        entries.add("form: " + scalar(material.form().toString()));
      }
      if (material.copies() != null) {
        entries.add("copies: " + material.copies());
      }
      if (material.original() != null) {
        entries.add("original: " + material.original());
      }
      if (material.required() != null) {
        entries.add("required: " + material.required());
      }
      part.line("  - { " + String.join(", ", entries) + " }");
    }
  }

  private static void writeTimeLimit(Yaml part, GuidePart.TimeLimit timeLimit) {
    if (timeLimit == null) {
      return;
    }
    List<String> entries = new ArrayList<>();
    if (timeLimit.statutoryDays() != null) {
      entries.add("statutoryDays: " + timeLimit.statutoryDays());
    }
    if (timeLimit.promisedDays() != null) {
      entries.add("promisedDays: " + timeLimit.promisedDays());
    }
    part.line(GuideElement.TIME_LIMIT.field() + ": { " + String.join(", ", entries) + " }");
  }

  private static String clusterYaml(Cluster cluster) {
    Yaml yaml = new Yaml();
    yaml.key("id", cluster.id());
    yaml.raw("names", names(cluster.names(), cluster.languages()));
    yaml.key("baseUrl", cluster.baseUrl().toString());
    yaml.key("defaultLanguage", cluster.defaultLanguage());
    yaml.list("languages", cluster.languages());
    yaml.key("timeZone", cluster.timeZone().getId());
    yaml.list("sites", cluster.sites().stream().map(Site::id).toList());
    return yaml.text();
  }

  /** The channels only: letters, figures and consultations live in the content server. */
  private static String interactionYaml(Cluster cluster, List<Channel> channels) {
    Yaml yaml = new Yaml();
    yaml.line("channels:");
    for (Channel channel : channels) {
      List<String> languages =
          cluster.site(channel.site()).map(Site::languages).orElse(cluster.languages());
      yaml.line("  - site: " + scalar(channel.site()));
      Yaml entry = yaml.indented().indented();
      entry.key("code", channel.code());
      entry.raw("names", names(channel.names(), languages));
      entry.list("kinds", channel.kinds().stream().map(LetterKind::code).toList());
      entry.raw("replyDays", Integer.toString(channel.replyDays()));
    }
    return yaml.text();
  }

  private static String siteYaml(Site site) {
    Yaml yaml = new Yaml();
    yaml.key("kind", site.kind().name().toLowerCase(Locale.ROOT));
    yaml.raw("names", names(site.names(), site.languages()));
    yaml.key("department", site.department());
    yaml.raw("path", scalar(site.path()));
    yaml.key("theme", site.theme());
    yaml.list("languages", site.languages());
    Identification id = site.identification();
    if (id != null && !id.equals(Identification.NONE)) {
      yaml.line("identification:");
      Yaml part = yaml.indented();
      part.key("siteCode", id.siteCode());
      part.key("icp", id.icp());
      part.key("publicSecurity", id.publicSecurity());
      if (id.phone() != null || id.email() != null || id.address() != null) {
        part.line("contact:");
        Yaml contact = part.indented();
        contact.key("phone", id.phone());
        contact.key("email", id.email());
        contact.key("address", id.address());
      }
    }
    return yaml.text();
  }

  private static String columnsYaml(Site site) {
    if (site.columns().isEmpty()) {
      return "[]\n";
    }
    Yaml yaml = new Yaml();
    columns(yaml, site.columns(), site.languages());
    return yaml.text();
  }

  private static void columns(Yaml yaml, List<Column> columns, List<String> languages) {
    for (Column column : columns) {
      yaml.line("- code: " + scalar(column.code()));
      Yaml entry = yaml.indented();
      entry.raw("names", names(column.names(), languages));
      entry.key("category", column.category().code());
      entry.list("types", column.types().stream().map(t -> t.code()).toList());
      if (!column.children().isEmpty()) {
        entry.line("children:");
        columns(entry.indented(), column.children(), languages);
      }
    }
  }

  /** A flow mapping of the names, in the order of {@code languages}, then any other by tag. */
  private static String names(LocalizedText names, List<String> languages) {
    List<String> entries = new ArrayList<>();
    for (String language : languages) {
      if (names.has(language)) {
        entries.add(language + ": " + scalar(names.byLanguage().get(language)));
      }
    }
    names
        .byLanguage()
        .forEach(
            (language, text) -> {
              if (!languages.contains(language)) {
                entries.add(scalar(language) + ": " + scalar(text));
              }
            });
    return "{ " + String.join(", ", entries) + " }";
  }

  private static List<String> references(List<ItemReference> references) {
    return references.stream().map(ItemReference::toString).toList();
  }

  private static String dateTime(OffsetDateTime time) {
    if (time == null) {
      return null;
    }
    return time.getNano() == 0
        ? DATE_TIME.format(time)
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  /** {@code text} as a YAML scalar that reads back as exactly {@code text}. */
  static String scalar(String text) {
    if (PLAIN.matcher(text).matches()
        && !RESERVED.matcher(text).matches()
        && text.equals(text.strip())
        && !text.contains(" -")
        && text.codePoints().allMatch(ContentWriter::printable)) {
      return text;
    }
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                  if (printable(c)) {
                    quoted.appendCodePoint(c);
                  } else {
                    quoted.append(String.format(Locale.ROOT, "\\u%04X", c));
                  }
                }
              }
            });
    return quoted.append('"').toString();
  }

  private static boolean printable(int c) {
    return !(Character.isISOControl(c)
        || c == 0x2028
        || c == 0x2029
        || c == 0xFEFF
        || c == 0xFFFE
        || c == 0xFFFF);
  }

  private static void writeText(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Block YAML, one key per line, at one indentation; not thread-safe. */
  private static final class Yaml {

    private final StringBuilder out;
    private final String indent;

    Yaml() {
      this(new StringBuilder(), "");
    }

    private Yaml(StringBuilder out, String indent) {
      this.out = out;
      this.indent = indent;
    }

    Yaml indented() {
      return new Yaml(out, indent + "  ");
    }

    void line(String text) {
      out.append(indent).append(text).append('\n');
    }

    /** {@code key: value} with the value quoted as needed; nothing when the value is null. */
    void key(String key, String value) {
      if (value != null) {
        line(key + ": " + scalar(value));
      }
    }

    /** {@code key: value} with the value as given; nothing when it is null. */
    void raw(String key, String value) {
      if (value != null) {
        line(key + ": " + value);
      }
    }

    /** A flow list; nothing when it is empty. */
    void list(String key, List<String> values) {
      if (!values.isEmpty()) {
        line(
            key
                + ": ["
                + String.join(", ", values.stream().map(ContentWriter::scalar).toList())
                + "]");
      }
    }

    String text() {
      return out.toString();
    }
  }
}
