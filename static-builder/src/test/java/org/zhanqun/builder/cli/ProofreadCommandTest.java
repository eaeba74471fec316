package org.zhanqun.builder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.testing.TestContent;
import picocli.CommandLine;

class ProofreadCommandTest {

  /** A published portal item with a typo in its title and a wrong state name on body line 2. */
  static final String SAFETY_NEWS =
      """
      -- portal/news/safety.zh-CN.md --
      ---
      type: news
      title: 截止目前全市安全生产形势平稳
      published: 2026-07-03T08:00:00+08:00
      ---
      各地要做好准备。
      严格执行《中华人民共合国安全生产法》。
      """;

  /** The mini cluster's fgw draft, now with a citizen's ID number (valid check digit). */
  static final String DRAFT_WITH_ID =
      """
      -- fgw/news/price-monitoring.zh-CN.md --
      ---
      type: news
      title: 市发改委开展重要民生商品价格监测
      draft: true
      ---
      联系人身份证号220102197001010018。
      """;

  @TempDir Path temp;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void reportsEveryFindingOfEveryItemDraftsIncludedAsJsonAndExits1WhenOneBlocks() {
    Path content =
        TestContent.write(
            temp.resolve("content"), TestContent.MINI_CLUSTER, SAFETY_NEWS, DRAFT_WITH_ID);

    int exit = run("--content", content.toString());

    assertThat(exit).isEqualTo(1);
    JsonObject json = json();
    assertThat(findings(json))
        .containsExactly(
            "fgw fgw/news/price-monitoring.zh-CN.md body 1:7 personal-data block"
                + " 220102197001010018",
            "portal portal/news/safety.zh-CN.md title 1:0 typo warn 截止目前",
            "portal portal/news/safety.zh-CN.md body 2:5 serious-error block 中华人民共合国");
    JsonObject first = json.getJsonArray("findings").getJsonObject(2);
    assertThat(first.getString("suggestion")).contains("中华人民共和国");
    assertThat(first.getString("context")).contains("中华人民共合国");
    JsonObject counts = json.getJsonObject("counts");
    assertThat(counts.getInt("total")).isEqualTo(3);
    assertThat(counts.getInt("block")).isEqualTo(2);
    assertThat(counts.getInt("warn")).isEqualTo(1);
    assertThat(counts.getJsonObject("byCategory").getInt("personal-data")).isEqualTo(1);
    assertThat(counts.getJsonObject("byCategory").getInt("official-name")).isZero();
    assertThat(counts.getJsonObject("bySite").getInt("portal")).isEqualTo(2);
    assertThat(counts.getJsonObject("bySite").getInt("fgw")).isEqualTo(1);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void exits0WhenNothingBlocks() {
    Path content =
        TestContent.write(
            temp.resolve("content"),
            TestContent.MINI_CLUSTER,
            SAFETY_NEWS.replace("中华人民共合国", "中华人民共和国"),
            DRAFT_WITH_ID.replace("220102197001010018", "220102197001010019"));

    int exit = run("--content", content.toString());

    assertThat(exit).isZero();
    assertThat(findings(json()))
        .containsExactly("portal portal/news/safety.zh-CN.md title 1:0 typo warn 截止目前");
  }

  @Test
  void proofreadsOnlyTheSiteGiven() {
    Path content =
        TestContent.write(
            temp.resolve("content"), TestContent.MINI_CLUSTER, SAFETY_NEWS, DRAFT_WITH_ID);

    int exit = run("--content", content.toString(), "--site", "fgw");

    assertThat(exit).isEqualTo(1);
    JsonObject json = json();
    assertThat(findings(json)).singleElement().asString().startsWith("fgw ");
    assertThat(json.getJsonObject("counts").getJsonObject("bySite").keySet())
        .containsExactly("fgw");
  }

  @Test
  void refusesAnUnknownSiteWithExit2() {
    Path content = TestContent.write(temp.resolve("content"), TestContent.MINI_CLUSTER);

    assertThat(run("--content", content.toString(), "--site", "nosuch")).isEqualTo(2);
    assertThat(err.toString()).contains("--site: the content in ").contains("has no site 'nosuch'");
    assertThat(stdout.toString()).isEmpty();
    assertThat(run("--content", content.toString(), "--site", "../fgw")).isEqualTo(2);
    assertThat(err.toString()).contains("--site '../fgw': ");
  }

  @Test
  void writesCsvAndHtmlToTheFileGivenCreatingItsFolders() throws Exception {
    Path content =
        TestContent.write(temp.resolve("content"), TestContent.MINI_CLUSTER, SAFETY_NEWS);
    Path csv = temp.resolve("reports/2026-12-02/findings.csv");
    Path html = temp.resolve("reports/2026-12-02/findings.html");

    assertThat(run("--content", content.toString(), "--format", "csv", "--out", csv.toString()))
        .isEqualTo(1);
    assertThat(run("--content", content.toString(), "--format", "html", "-o", html.toString()))
        .isEqualTo(1);

    assertThat(stdout.toString()).isEmpty();
    assertThat(Files.readString(csv))
        .startsWith(
            "\uFEFFsite,item,field,line,offset,category,severity,text,suggestion,context\r\n")
        .contains("portal,portal/news/safety.zh-CN.md,body,2,5,serious-error,block,中华人民共合国,");
    assertThat(Files.readString(html)).contains("<caption>").contains("中华人民共合国");
    try (var files = Files.list(csv.getParent())) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("findings.csv", "findings.html");
    }
  }

  @Test
  void refusesAFolderAsTheReportFileAndAnUnknownFormat() {
    Path content = TestContent.write(temp.resolve("content"), TestContent.MINI_CLUSTER);

    assertThat(run("--content", content.toString(), "--out", temp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--out: " + temp + " is a folder");
    assertThat(run("--content", content.toString(), "--format", "pdf")).isEqualTo(2);
    assertThat(err.toString()).contains("--format 'pdf': use one of json, csv, html");
    assertThat(stdout.toString()).isEmpty();
  }

  @Test
  void refusesAnAbsentContentFolderWithExit2() {
    assertThat(run("--content", temp.resolve("nothing").toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("--content: " + temp.resolve("nothing") + " does not exist");
  }

  @Test
  void listsEveryBadEntryOfTheContentFoldersDictionaryWithFileAndLineAndExits2() {
    Path content =
        TestContent.write(
            temp.resolve("content"),
            TestContent.MINI_CLUSTER,
            SAFETY_NEWS,
            """
            -- proofreading.yaml --
            formerNames:
              - name: 长春市环境保护局
                current: 长春市生态环境局
                severity: fatal
            allow:
              - 保守国家秘密法
              - 保守国家秘密法
            """);

    int exit = run("--content", content.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("The proofreading dictionary is unusable; nothing was proofread:")
        .containsPattern("proofreading\\.yaml:4: [^\\n]*severity")
        .containsPattern("proofreading\\.yaml:7: [^\\n]*保守国家秘密法")
        .contains("2 problem(s).");
    assertThat(stdout.toString()).isEmpty();
  }

  @Test
  void usesTheDictionaryGivenInsteadOfTheContentFolders() throws Exception {
    Path content =
        TestContent.write(
            temp.resolve("content"),
            TestContent.MINI_CLUSTER,
            SAFETY_NEWS.replace("中华人民共合国", "中华人民共和国"),
            """
            -- proofreading.yaml --
            allow: [
            """);
    Path dictionary = temp.resolve("mine.yaml");
    Files.writeString(dictionary, "allow:\n  - 截止目前全市安全生产\n");

    int exit = run("--content", content.toString(), "--dictionary", dictionary.toString());

    assertThat(exit).isZero();
    assertThat(findings(json())).isEmpty();
    assertThat(
            run(
                "--content",
                content.toString(),
                "--dictionary",
                temp.resolve("no.yaml").toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("--dictionary: " + temp.resolve("no.yaml") + " is not a readable file");
  }

  @Test
  void listsContentProblemsAndStillProofreadsTheItemsItCouldRead() {
    Path content =
        TestContent.write(
            temp.resolve("content"),
            TestContent.MINI_CLUSTER,
            SAFETY_NEWS.replace("中华人民共合国", "中华人民共和国"),
            """
            -- fgw/news/bad.zh-CN.md --
            ---
            type: article
            title: 截止目前
            ---
            """);

    int exit = run("--content", content.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("the items that could be read were proofread:")
        .contains("fgw/news/bad.zh-CN.md:2: type: 'article'");
    assertThat(findings(json()))
        .containsExactly("portal portal/news/safety.zh-CN.md title 1:0 typo warn 截止目前");
  }

  private int run(String... args) {
    stdout.getBuffer().setLength(0);
    CommandLine command = new CommandLine(new ProofreadCommand(stdout));
    command.setOut(new PrintWriter(new StringWriter(), true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  private JsonObject json() {
    return Json.createReader(new StringReader(stdout.toString())).readObject();
  }

  /** Each finding as "site item field line:offset category severity text". */
  private static List<String> findings(JsonObject json) {
    List<String> lines = new ArrayList<>();
    for (JsonObject f : json.getJsonArray("findings").getValuesAs(JsonObject.class)) {
      lines.add(
          String.join(
              " ",
              f.getString("site"),
              f.getString("item"),
              f.getString("field"),
              f.getInt("line") + ":" + f.getInt("offset"),
              f.getString("category"),
              f.getString("severity"),
              f.getString("text")));
    }
    return lines;
  }
}
