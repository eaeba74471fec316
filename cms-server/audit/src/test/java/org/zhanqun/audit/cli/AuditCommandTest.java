package org.zhanqun.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.DemoCluster;
import org.zhanqun.audit.testing.MiniCluster;
import picocli.CommandLine;

class AuditCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** 2026-11-16T17:00Z is already 2026-11-17 in Shanghai, the cluster's time zone. */
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-16T17:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  private int execute(String... arguments) {
    CommandLine commandLine = new CommandLine(new AuditCommand(clock, out));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(arguments);
  }

  private String demo() {
    return DemoCluster.FOLDER.toString();
  }

  @Test
  void writesTheJsonReportToStandardOutput() {
    assertThat(execute("--content", demo(), "--as-of", "2026-11-16")).isZero();

    assertThat(out.toString())
        .contains("\"asOf\": \"2026-11-16\"")
        .contains("\"rulesVersion\": \"national-2019.3\"")
        .contains("\"sleeping\": [\n        \"jtj\",\n        \"nyj\",\n        \"mzj\"\n    ]")
        .contains("\"rule\": \"site-unreachable\"");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void checksTheLinksOfThePublishedClusterAndCountsABrokenOneOnAHomePage() throws Exception {
    Path content = folder.resolve("content");
    MiniCluster.complete(content).read();
    Path published = folder.resolve("public");
    Files.createDirectories(published.resolve("dep/news"));
    Files.writeString(published.resolve("dep/news/index.html"), "<h1>工作动态</h1>");
    Files.writeString(
        published.resolve("dep/index.html"),
        "<a href=\"news/\">工作动态</a> <a href=\"/dep/gone.html\">旧页面</a>");

    assertThat(
            execute(
                "--content",
                content.toString(),
                "--as-of",
                "2026-11-16",
                "--site",
                "dep",
                "--published",
                published.toString()))
        .isZero();

    assertThat(out.toString())
        .contains("\"rule\": \"broken-link-home\"")
        .contains("https://www.example.gov.cn/dep/gone.html")
        .doesNotContain("https://www.example.gov.cn/dep/news/\"");
  }

  @Test
  void auditsAsOfTodayInTheClustersTimeZoneByDefault() {
    assertThat(execute("--content", demo(), "--site", "wsj")).isZero();

    assertThat(out.toString()).contains("\"asOf\": \"2026-11-17\"").contains("\"site\": \"wsj\"");
  }

  @Test
  void writesCsvToAFile() throws Exception {
    Path report = folder.resolve("audit.csv");

    assertThat(
            execute(
                "--content",
                demo(),
                "--as-of",
                "2026-11-16",
                "--format",
                "csv",
                "--out",
                report.toString()))
        .isZero();

    String csv = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFasOf,rulesVersion,site,")
        .contains(",wsj,")
        .contains(",column-stale,deduction,notice,");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void drawsTrendsFromEarlierJsonResultsInTheHtmlReport() throws Exception {
    Path september = folder.resolve("2026-09-01.json");
    Path report = folder.resolve("audit.html");
    assertThat(execute("--content", demo(), "--as-of", "2026-09-01", "--out", september.toString()))
        .isZero();

    assertThat(
            execute(
                "--content",
                demo(),
                "--as-of",
                "2026-11-16",
                "--format",
                "html",
                "--previous",
                september.toString(),
                "--out",
                report.toString()))
        .isZero();

    assertThat(Files.readString(report)).contains("<polyline").contains("自 2026-09-01 以来");
  }

  @Test
  void refusesAPreviousResultThatIsNotOne() throws Exception {
    Path notJson = folder.resolve("notes.txt");
    Files.writeString(notJson, "hello");

    assertThat(execute("--content", demo(), "--previous", notJson.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("--previous: " + notJson + " is not a readable audit result (JSON)");
  }

  @Test
  void refusesABadDateAndAnUnknownSiteWithExitCode2() {
    assertThat(execute("--content", demo(), "--as-of", "2026-13-01")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--as-of: '2026-13-01' is not a date in the form yyyy-MM-dd");

    assertThat(execute("--content", demo(), "--as-of", "2026-11-16", "--site", "xyz")).isEqualTo(2);
    assertThat(err.toString()).contains("--site: unknown site 'xyz'; the cluster has portal, fgw,");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void listsEveryProblemOfAnInvalidRulesFileWithExitCode1() throws Exception {
    Path rules = folder.resolve("rules.yaml");
    Files.writeString(
        rules,
        AuditRun.defaultRulesText()
            .replace("passMark: 60", "passMark: -60")
            .replace("dynamic: { limit: P14D }", "dynamic: { limit: P0D }"));

    assertThat(execute("--content", demo(), "--rules", rules.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains("The rules file " + rules + " is invalid; nothing was audited:")
        .contains(rules + ":14: passMark: must not be negative, found -60")
        .contains(rules + ":32: categories.dynamic.limit: expected an ISO 8601 period")
        .contains("2 problem(s).");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void listsTheContentProblemsWithExitCode1() throws Exception {
    MiniCluster.complete(folder).read();
    Files.writeString(folder.resolve("dep/news/broken.zh-CN.md"), "---\ntype: news\n---\n");

    assertThat(execute("--content", folder.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains("The content in " + folder + " has problems; nothing was audited:")
        .contains("dep/news/broken.zh-CN.md:")
        .contains("title");
  }

  @Test
  void proofreadsThePublishedItemsAndMasksTheIdNumbersItFound() {
    MiniCluster.complete(folder)
        .text("news", "guoqing", 3, "热爱中华人民共合国。\n", false)
        .text("notice", "gongshi", 3, "身份证号码 220102199003051234\n", false)
        .read();

    assertThat(execute("--content", folder.toString(), "--as-of", "2026-11-16", "--site", "dep"))
        .isZero();

    assertThat(out.toString())
        .contains("\"vetoes\": [\n                \"serious-error\"\n            ]")
        .contains("\"text\": \"2201**********1234\"")
        .doesNotContain("220102199003051234");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void listsTheProblemsOfAnUnusableProofreadingDictionaryWithExitCode1() throws Exception {
    MiniCluster.complete(folder).read();
    Path dictionary = folder.resolve("proofreading.yaml");
    Files.writeString(dictionary, "officials: [\n");

    assertThat(execute("--content", folder.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains(
            "The proofreading dictionary " + dictionary + " is unusable; nothing was audited:")
        .contains("proofreading.yaml:")
        .contains("problem(s).");
    assertThat(out.toString()).isEmpty();
  }
}
