package org.zhanqun.audit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.InvalidContentException;

/**
 * A mini-cluster written as a {@code content/} folder (docs/content-format.md) and read with the
 * builder's {@code ContentReader}: a portal with one static page and a department site {@code dep}
 * whose columns a test declares, with items dated relative to {@link #AS_OF}. Every file is kept in
 * memory until {@link #read()}, so a later call replaces an earlier file of the same path.
 *
 * <p>The portal is deliberately fresh and complete only as far as tests of {@code dep} need: tests
 * audit {@code dep} alone ({@code request.forSite("dep")}).
 */
public final class MiniCluster {

  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 16);

  private final Path folder;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final Map<String, List<String>> columns = new LinkedHashMap<>();
  private final Map<String, String> categories = new LinkedHashMap<>();
  private List<String> depLanguages = List.of("zh-CN");
  private String identification =
      """
      identification:
        siteCode: "2201000002"
        icp: 吉ICP备05000000号
        publicSecurity: 吉公网安备 22010202000000号
        contact: { phone: "0431-88888888" }
      """;

  public MiniCluster(Path folder) {
    this.folder = folder;
  }

  /** A department with one column of every category, each holding a fresh item. */
  public static MiniCluster complete(Path folder) {
    MiniCluster c = new MiniCluster(folder);
    c.column("news", "dynamic").column("notice", "notice").column("policy", "policy");
    c.column("interpretation", "interpretation").column("personnel", "personnel");
    c.column("planning", "planning").column("guide", "guide").column("forms", "forms");
    c.column("interaction", "interaction").column("about", "static").column("special", "special");
    c.item("news", "fresh-news", 1).item("notice", "fresh-notice", 2);
    c.policy("policy", "fresh-policy", AS_OF.minusDays(10), "valid", null);
    c.interpretation("interpretation", "fresh-jiedu", AS_OF.minusDays(9), "fresh-policy");
    c.item("personnel", "fresh-personnel", 30).item("planning", "fresh-plan", 30);
    c.form("forms", "apply-form", 100);
    c.guide("guide", "complete-guide", 100, Set.of(), "apply-form");
    c.item("interaction", "mailbox", 400)
        .item("about", "overview", 400)
        .item("special", "topic", 900);
    return c;
  }

  /** Declares a top-level column of {@code dep}; its types follow from the category. */
  public MiniCluster column(String path, String category) {
    columns.put(path, new ArrayList<>());
    categories.put(path, category);
    int slash = path.lastIndexOf('/');
    if (slash > 0) {
      columns.get(path.substring(0, slash)).add(path);
    }
    return this;
  }

  public MiniCluster languages(String... languages) {
    depLanguages = List.of(languages);
    return this;
  }

  /** Replaces the identification block of {@code dep}'s site.yaml. */
  public MiniCluster identification(String yaml) {
    identification = yaml;
    return this;
  }

  /** An item of the column's type (news or page), published {@code daysBefore} the as-of date. */
  public MiniCluster item(String column, String slug, int daysBefore) {
    return item(column, slug, AS_OF.minusDays(daysBefore), "zh-CN");
  }

  public MiniCluster item(String column, String slug, LocalDate published, String language) {
    String type = typeOf(categories.get(column));
    file(
        column + "/" + slug + "." + language + ".md",
        "---\ntype: "
            + type
            + "\ntitle: "
            + slug
            + "\npublished: "
            + published
            + "T09:00:00+08:00\n---\n正文\n");
    return this;
  }

  /**
   * An item of the column's type with {@code body} (Markdown), published {@code daysBefore} the
   * as-of date ({@code draft}: never published).
   */
  public MiniCluster text(String column, String slug, int daysBefore, String body, boolean draft) {
    file(
        column + "/" + slug + ".zh-CN.md",
        "---\ntype: "
            + typeOf(categories.get(column))
            + "\ntitle: "
            + slug
            + (draft ? "\ndraft: true" : "")
            + "\npublished: "
            + AS_OF.minusDays(daysBefore)
            + "T09:00:00+08:00\n---\n"
            + body);
    return this;
  }

  /** Any file at the root of the content folder, e.g. the operator's proofreading.yaml. */
  public MiniCluster rootFile(String path, String text) {
    files.put(path, text);
    return this;
  }

  /** A draft (never published). */
  public MiniCluster draft(String column, String slug, int daysBefore) {
    file(
        column + "/" + slug + ".zh-CN.md",
        "---\ntype: "
            + typeOf(categories.get(column))
            + "\ntitle: "
            + slug
            + "\ndraft: true\npublished: "
            + AS_OF.minusDays(daysBefore)
            + "T09:00:00+08:00\n---\n正文\n");
    return this;
  }

  public MiniCluster policy(
      String column, String slug, LocalDate published, String validity, LocalDate validUntil) {
    int serial = 10000 + Math.abs(slug.hashCode() % 89999);
    file(
        column + "/" + slug + ".zh-CN.md",
        "---\ntype: policy\ntitle: "
            + slug
            + "\npublished: "
            + published
            + "T09:00:00+08:00\npolicy:\n"
            + "  indexNo: 11220100MB1234567X/2026-"
            + serial
            + "\n  issuer: 长春市测试局\n"
            + "  writtenOn: "
            + published.minusDays(3)
            + "\n  validity: "
            + validity
            + "\n"
            + (validUntil == null ? "" : "  validUntil: " + validUntil + "\n")
            + "---\n正文\n");
    return this;
  }

  public MiniCluster interpretation(
      String column, String slug, LocalDate published, String... policies) {
    StringBuilder refs = new StringBuilder();
    for (String p : policies) {
      refs.append(refs.length() == 0 ? "" : ", ").append("dep/").append(p);
    }
    file(
        column + "/" + slug + ".zh-CN.md",
        "---\ntype: interpretation\ntitle: "
            + slug
            + "\npublished: "
            + published
            + "T09:00:00+08:00\ninterpretation:\n  interprets: ["
            + refs
            + "]\n---\n正文\n");
    return this;
  }

  /** A form item with its PDF. */
  public MiniCluster form(String column, String slug, int daysBefore) {
    file(
        column + "/" + slug + ".zh-CN.md",
        "---\ntype: form\ntitle: "
            + slug
            + "\npublished: "
            + AS_OF.minusDays(daysBefore)
            + "T09:00:00+08:00\nform:\n  file: files/"
            + slug
            + ".pdf\n---\n");
    file(column + "/files/" + slug + ".pdf", "%PDF-1.4\n%%EOF\n");
    return this;
  }

  /** A service guide with every element except {@code without}, naming {@code forms}. */
  public MiniCluster guide(
      String column, String slug, int daysBefore, Set<String> without, String... forms) {
    StringBuilder g = new StringBuilder();
    g.append("---\ntype: guide\ntitle: ")
        .append(slug)
        .append("\npublished: ")
        .append(AS_OF.minusDays(daysBefore))
        .append("T09:00:00+08:00\nguide:\n");
    Map<String, String> elements = new LinkedHashMap<>();
    elements.put("basis", "  basis: 《测试条例》\n");
    elements.put("conditions", "  conditions: 本市居民。\n");
    elements.put("materials", "  materials:\n    - { name: 身份证 }\n");
    elements.put("process", "  process: [申请, 受理]\n");
    elements.put("timeLimit", "  timeLimit: { statutoryDays: 20, promisedDays: 5 }\n");
    elements.put("fees", "  fees: 不收费\n");
    elements.put("location", "  location: 政务服务中心\n");
    elements.put("hours", "  hours: 工作日\n");
    elements.put("department", "  department: 测试局\n");
    elements.put("phone", "  phone: \"0431-88888888\"\n");
    elements.put("supervisionPhone", "  supervisionPhone: \"0431-12345\"\n");
    elements.forEach(
        (k, v) -> {
          if (!without.contains(k)) {
            g.append(v);
          }
        });
    if (forms.length > 0) {
      g.append("  forms: [");
      for (int i = 0; i < forms.length; i++) {
        g.append(i == 0 ? "" : ", ").append("dep/").append(forms[i]);
      }
      g.append("]\n");
    }
    g.append("---\n");
    file(column + "/" + slug + ".zh-CN.md", g.toString());
    return this;
  }

  /** Any file of {@code dep}, relative to its folder. */
  public MiniCluster file(String path, String text) {
    files.put("dep/" + path, text);
    return this;
  }

  public MiniCluster remove(String path) {
    files.remove("dep/" + path);
    return this;
  }

  /** Writes the folder (replacing an earlier one) and reads it. */
  public ContentSet read() {
    try {
      if (Files.exists(folder)) {
        try (var walk = Files.walk(folder)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      write(
          "cluster.yaml",
          """
          id: test
          names: { zh-CN: 测试, en: Test }
          baseUrl: https://www.example.gov.cn/
          defaultLanguage: zh-CN
          languages: [zh-CN, en]
          timeZone: Asia/Shanghai
          sites: [portal, dep]
          """);
      write(
          "portal/site.yaml",
          """
          kind: portal
          names: { zh-CN: 门户 }
          department: 测试市人民政府
          path: ""
          theme: portal
          languages: [zh-CN]
          """);
      write(
          "portal/columns.yaml",
          """
          - code: about
            names: { zh-CN: 概况 }
            category: static
            types: [page]
          """);
      write(
          "portal/about/overview.zh-CN.md",
          "---\ntype: page\ntitle: 概况\npublished: 2026-01-05T09:00:00+08:00\n---\n正文\n");
      write(
          "dep/site.yaml",
          "kind: department\nnames: { zh-CN: 测试局 }\ndepartment: 测试市测试局\npath: dep/\n"
              + "theme: department\nlanguages: ["
              + String.join(", ", depLanguages)
              + "]\n"
              + identification);
      write("dep/columns.yaml", columnsYaml());
      for (Map.Entry<String, String> file : files.entrySet()) {
        write(file.getKey(), file.getValue());
      }
      return new ContentReader().read(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidContentException e) {
      throw new IllegalStateException("invalid fixture: " + e.problems(), e);
    }
  }

  private String columnsYaml() {
    StringBuilder yaml = new StringBuilder();
    for (String path : columns.keySet()) {
      if (!path.contains("/")) {
        appendColumn(yaml, path, "");
      }
    }
    return yaml.length() == 0 ? "[]\n" : yaml.toString();
  }

  private void appendColumn(StringBuilder yaml, String path, String indent) {
    String code = path.substring(path.lastIndexOf('/') + 1);
    yaml.append(indent).append("- code: ").append(code).append('\n');
    yaml.append(indent).append("  names: { zh-CN: ").append(code).append(" }\n");
    yaml.append(indent).append("  category: ").append(categories.get(path)).append('\n');
    yaml.append(indent).append("  types: [").append(typeOf(categories.get(path))).append("]\n");
    if (!columns.get(path).isEmpty()) {
      yaml.append(indent).append("  children:\n");
      for (String child : columns.get(path)) {
        appendColumn(yaml, child, indent + "    ");
      }
    }
  }

  private static String typeOf(String category) {
    return switch (category) {
      case "dynamic", "notice", "personnel", "planning" -> "news";
      case "policy" -> "policy";
      case "interpretation" -> "interpretation";
      case "guide" -> "guide";
      case "forms" -> "form";
      default -> "page";
    };
  }

  private void write(String relative, String text) throws IOException {
    Path file = folder.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
