package org.zhanqun.builder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@code content/} folder (docs/content-format.md) from text, Hugo style: one text block
 * holds many files, each introduced by a line {@code -- <path> --}.
 *
 * <pre>{@code
 * Path content = TestContent.write(tempDir, TestContent.MINI_CLUSTER, """
 *     -- fgw/news/extra.zh-CN.md --
 *     ---
 *     type: news
 *     title: 额外
 *     published: 2026-01-05T09:00:00+08:00
 *     ---
 *     正文
 *     -- fgw/forms/files/old.doc (hex) --
 *     D0 CF 11 E0 A1 B1 1A E1 00 00
 *     -- portal/about/overview.zh-CN.md (delete) --
 *     """);
 * }</pre>
 *
 * <ul>
 *   <li>A file's text is every line up to the next {@code -- … --} line, each ending in a line
 *       break, written as UTF-8. Lines before the first file must be blank.
 *   <li>{@code (hex)} after the path: the text is hexadecimal bytes (spaces and line breaks
 *       ignored), for binary files such as an OLE compound document.
 *   <li>{@code (delete)} after the path: the file is not written, although an earlier text gave it.
 *   <li>Of several texts, a later one's file replaces an earlier one's of the same path; the files
 *       are written once every text is read.
 * </ul>
 *
 * <p>Stateless; safe to use from parallel tests.
 */
public final class TestContent {

  private static final Pattern SEPARATOR = Pattern.compile("-- (.+?)(?: \\((hex|delete)\\))? --");

  /**
   * A small valid cluster of two sites, in zh-CN and en, with every content type: the portal
   * ({@code portal/}: news with an English translation, a page) and the development and reform
   * commission ({@code fgw/}: a news draft, a policy in a sub-column, its interpretation, a guide
   * and the form it names, with the form's PDF). Dates are in Asia/Shanghai (+08:00); one is
   * written without an offset.
   */
  public static final String MINI_CLUSTER =
      """
      -- cluster.yaml --
      id: changchun
      names: { zh-CN: 中国·长春, en: Changchun China }
      baseUrl: https://www.example.gov.cn/
      defaultLanguage: zh-CN
      languages: [zh-CN, en]
      timeZone: Asia/Shanghai
      sites: [portal, fgw]
      -- portal/site.yaml --
      kind: portal
      names: { zh-CN: 中国·长春, en: Changchun China }
      department: 长春市人民政府办公厅
      path: ""
      theme: portal
      languages: [zh-CN, en]
      identification:
        siteCode: "2201000001"
        icp: 吉ICP备05000000号
        publicSecurity: 吉公网安备 22010202000000号
        contact: { phone: "0431-88888888", email: webmaster@example.gov.cn, address: 长春市人民大街 0000 号 }
      -- portal/columns.yaml --
      - code: news
        names: { zh-CN: 要闻动态, en: News }
        category: dynamic
        types: [news]
      - code: about
        names: { zh-CN: 走进长春, en: About }
        category: static
        types: [page]
      -- portal/news/flood-notice.zh-CN.md --
      ---
      type: news
      title: 关于做好防汛工作的通知
      published: 2026-07-01T08:00:00+08:00
      updated: 2026-07-02T10:30
      summary: 各地做好防汛准备。
      source: 长春市应急管理局
      tags: [防汛, 应急]
      ---
      ## 防汛

      各地要做好准备。
      -- portal/news/flood-notice.en.md --
      ---
      type: news
      title: Notice on flood prevention
      published: 2026-07-01T08:00:00+08:00
      ---
      Be prepared.
      -- portal/about/overview.zh-CN.md --
      ---
      type: page
      title: 长春概况
      published: 2025-01-01T00:00:00+08:00
      ---
      长春是吉林省省会。
      -- fgw/site.yaml --
      kind: department
      names: { zh-CN: 长春市发展和改革委员会, en: Changchun Development and Reform Commission }
      department: 长春市发展和改革委员会
      path: fgw/
      theme: department
      languages: [zh-CN, en]
      -- fgw/columns.yaml --
      - code: news
        names: { zh-CN: 工作动态, en: News }
        category: dynamic
        types: [news]
      - code: policy
        names: { zh-CN: 政策文件, en: Policies }
        category: policy
        types: [policy]
        children:
          - code: normative
            names: { zh-CN: 规范性文件 }
            category: policy
            types: [policy]
      - code: interpretation
        names: { zh-CN: 政策解读 }
        category: interpretation
        types: [interpretation]
      - code: guide
        names: { zh-CN: 办事指南 }
        category: guide
        types: [guide]
      - code: forms
        names: { zh-CN: 表格下载 }
        category: forms
        types: [form]
      -- fgw/news/price-monitoring.zh-CN.md --
      ---
      type: news
      title: 市发改委开展重要民生商品价格监测
      draft: true
      ---
      草稿。
      -- fgw/policy/normative/private-economy-measures.zh-CN.md --
      ---
      type: policy
      title: 长春市促进民营经济发展若干措施
      published: 2024-03-15T09:30:00+08:00
      policy:
        indexNo: 11220100MB1234567X/2024-00012
        issuer: 长春市人民政府
        docNo: 长府发〔2024〕3号
        writtenOn: 2024-03-10
        subject: 综合政务
        keywords: [民营经济, 营商环境]
      ---
      第一条 为促进民营经济发展……
      -- fgw/interpretation/private-economy-graphic.zh-CN.md --
      ---
      type: interpretation
      title: 一图读懂《长春市促进民营经济发展若干措施》
      published: 2024-03-16T10:00:00+08:00
      interpretation:
        interprets: [fgw/private-economy-measures]
        form: graphic
      ---
      图解。
      -- fgw/guide/cost-review.zh-CN.md --
      ---
      type: guide
      title: 定价成本监审申请办事指南
      published: 2025-01-06T09:00:00+08:00
      guide:
        basis: 《中华人民共和国价格法》第二十二条
        conditions: 列入定价成本监审目录的经营者。
        materials:
          - { name: 定价成本监审申请表, form: fgw/cost-review-form, copies: 1, original: true, required: true }
          - { name: 近三年财务报表, copies: 1 }
        process: [申请, 受理, 审核, 出具结论]
        timeLimit: { statutoryDays: 60, promisedDays: 30 }
        fees: 不收费
        onlineUrl: https://zwfw.example.gov.cn/item/0001
        forms: [fgw/cost-review-form]
      ---
      办事指南。
      -- fgw/forms/cost-review-form.zh-CN.md --
      ---
      type: form
      title: 定价成本监审申请表
      published: 2025-01-06T09:00:00+08:00
      form:
        file: files/定价成本监审申请表.pdf
      ---
      -- fgw/forms/files/定价成本监审申请表.pdf --
      %PDF-1.4
      %%EOF
      """;

  private TestContent() {}

  /**
   * Writes the files of {@code texts} under {@code folder} (creating folders as needed) and answers
   * {@code folder}.
   *
   * @throws IllegalArgumentException when a text has something before its first file
   * @throws UncheckedIOException when a file cannot be written
   */
  public static Path write(Path folder, String... texts) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String text : texts) {
      parse(text, files);
    }
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        if (file.getValue() == null) {
          continue;
        }
        Path target = folder.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  private static void parse(String text, Map<String, byte[]> files) {
    String path = null;
    String mode = null;
    StringBuilder content = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher separator = SEPARATOR.matcher(line);
      if (separator.matches()) {
        put(files, path, mode, content);
        path = separator.group(1);
        mode = separator.group(2);
        content.setLength(0);
      } else if (path == null) {
        if (!line.isBlank()) {
          throw new IllegalArgumentException("text before the first '-- <path> --' line: " + line);
        }
      } else {
        content.append(line).append('\n');
      }
    }
    if (content.length() > 0 && content.charAt(content.length() - 1) == '\n') {
      // the text block's last line break ends the last line, not an extra empty line
      content.setLength(content.length() - 1);
    }
    put(files, path, mode, content);
  }

  private static void put(
      Map<String, byte[]> files, String path, String mode, StringBuilder content) {
    if (path == null) {
      return;
    }
    files.remove(path); // a later text's file keeps the later place, too
    if ("delete".equals(mode)) {
      files.put(path, null);
    } else if ("hex".equals(mode)) {
      files.put(path, HexFormat.of().parseHex(content.toString().replaceAll("\\s", "")));
    } else {
      files.put(path, content.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
