package org.zhanqun.builder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.testing.TestContent;
import org.zhanqun.builder.testing.TestTheme;
import picocli.CommandLine;

class BuildCommandTest {

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void buildsAndSummarisesSitesLanguagesPagesAndCoverage() {
    int exit = run(TestContent.MINI_CLUSTER);

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("Built 2 site(s) in en, zh-CN: ")
        .contains(" pages (")
        .contains("Published at " + temp.resolve("public"))
        .contains("portal en: 1 of 2 (50%)");
    assertThat(err.toString()).contains("warning: missing UI string en: footer.sponsor");
    assertThat(temp.resolve("public/index.html")).exists();
  }

  @Test
  void listsEveryContentProblemWithFileAndLineAndPublishesNothing() {
    int exit =
        run(
            TestContent.MINI_CLUSTER,
            """
            -- portal/news/bad-date.zh-CN.md --
            ---
            type: news
            title: 日期错误
            published: 2026-13-45T08:00:00+08:00
            ---
            -- fgw/news/bad-type.zh-CN.md --
            ---
            type: circular
            title: 类型错误
            published: 2026-07-01T08:00:00+08:00
            ---
            """);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("fgw/news/bad-type.zh-CN.md:2: ")
        .contains("portal/news/bad-date.zh-CN.md:4: ")
        .contains("2 problem(s); nothing was published.");
    assertThat(temp.resolve("public")).doesNotExist();
  }

  @Test
  void aBlockingFindingInAPublishedItemStopsTheBuildAtItsFileLine() {
    int exit = run(TestContent.MINI_CLUSTER, ProofreadCommandTest.SAFETY_NEWS);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("Proofreading found what blocks publication (--allow-findings publishes anyway):")
        .contains("  portal/news/safety.zh-CN.md:7: body: serious-error '中华人民共合国' — ")
        .contains("1 finding(s); nothing was published.")
        .contains("warning: portal/news/safety.zh-CN.md:3: title: typo '截止目前' — ");
    assertThat(temp.resolve("public")).doesNotExist();
  }

  @Test
  void allowFindingsPublishesAndPrintsBlockingFindingsAsWarnings() {
    int exit =
        run(
            new String[] {"--allow-findings"},
            TestContent.MINI_CLUSTER,
            ProofreadCommandTest.SAFETY_NEWS);

    assertThat(exit).isZero();
    assertThat(err.toString())
        .contains("warning: portal/news/safety.zh-CN.md:7: body: serious-error '中华人民共合国' — ")
        .contains("warning: portal/news/safety.zh-CN.md:3: title: typo '截止目前' — ")
        .doesNotContain("nothing was published");
    assertThat(temp.resolve("public/index.html")).exists();
  }

  @Test
  void warningsAndDraftsDoNotStopTheBuild() {
    int exit =
        run(
            TestContent.MINI_CLUSTER,
            ProofreadCommandTest.SAFETY_NEWS.replace("中华人民共合国", "中华人民共和国"),
            ProofreadCommandTest.DRAFT_WITH_ID);

    assertThat(exit).isZero();
    assertThat(err.toString())
        .contains("warning: portal/news/safety.zh-CN.md:3: title: typo '截止目前' — ")
        .doesNotContain("220102197001010018");
    assertThat(temp.resolve("public/index.html")).exists();
  }

  @Test
  void aSiteBuildProofreadsThatSiteOnly() {
    int exit =
        run(
            new String[] {"--site", "fgw"},
            TestContent.MINI_CLUSTER,
            ProofreadCommandTest.SAFETY_NEWS);

    assertThat(exit).isZero();
    assertThat(err.toString()).doesNotContain("safety.zh-CN.md");
    assertThat(temp.resolve("public/fgw/index.html")).exists();
  }

  @Test
  void anUnusableDictionaryStopsTheBuildWithItsLines() {
    int exit =
        run(
            TestContent.MINI_CLUSTER,
            """
            -- proofreading.yaml --
            allow:
              - ""
            """);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("The proofreading dictionary is unusable; nothing was published:")
        .containsPattern("proofreading\\.yaml:2: ");
    assertThat(temp.resolve("public")).doesNotExist();
  }

  @Test
  void refusesABaseUrlThatIsNotAbsoluteHttp() {
    int exit = run(new String[] {"--base-url", "ftp://example.gov.cn/"}, TestContent.MINI_CLUSTER);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--base-url 'ftp://example.gov.cn/'");
    assertThat(temp.resolve("public")).doesNotExist();
  }

  @Test
  void pointsTheSearchPagesAtTheSearchApiGiven() throws Exception {
    int exit = run(new String[] {"--search-api", "/cms/api/v1"}, TestContent.MINI_CLUSTER);

    assertThat(exit).isZero();
    assertThat(Files.readString(temp.resolve("public/fgw/search.html")))
        .contains("data-api=\"/cms/api/v1/search\"");
  }

  @Test
  void refusesASearchApiThatIsNeitherAbsoluteHttpNorFromTheRoot() {
    int exit = run(new String[] {"--search-api", "api/v1/"}, TestContent.MINI_CLUSTER);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--search-api 'api/v1/'");
    assertThat(temp.resolve("public")).doesNotExist();
  }

  @Test
  void refusesAnUnknownSite() {
    int exit = run(new String[] {"--site", "nosuch"}, TestContent.MINI_CLUSTER);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("--site nosuch: no such site");
  }

  @Test
  void refusesToOverwriteAFolderItDidNotWrite() throws Exception {
    Files.createDirectories(temp.resolve("public"));
    Files.writeString(temp.resolve("public/keep.txt"), "mine");

    int exit = run(TestContent.MINI_CLUSTER);

    assertThat(exit).isEqualTo(3);
    assertThat(err.toString()).contains("was not written by a build");
    assertThat(temp.resolve("public/keep.txt")).hasContent("mine");
  }

  private int run(String... content) {
    return run(new String[0], content);
  }

  private int run(String[] extra, String... content) {
    Path contentFolder = TestContent.write(temp.resolve("content"), content);
    Path templates = TestContent.write(temp.resolve("templates"), TestTheme.TEMPLATES);
    Path i18n = TestContent.write(temp.resolve("i18n"), TestTheme.I18N);
    String[] base = {
      "--content", contentFolder.toString(),
      "--templates", templates.toString(),
      "--i18n", i18n.toString(),
      "--output", temp.resolve("public").toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    CommandLine command = new CommandLine(new BuildCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
