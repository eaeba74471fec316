package org.zhanqun.builder.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.InvalidContentException;
import org.zhanqun.builder.testing.TestContent;
import org.zhanqun.builder.testing.TestTheme;
import org.zhanqun.model.item.ItemReference;

/** Builds of inline mini-sites ({@link TestContent#MINI_CLUSTER}) with the test themes. */
class ClusterBuildTest {

  @TempDir Path temp;

  @Test
  void publishesEveryPageOfEverySiteInEachOfItsLanguages() throws Exception {
    BuildReport report = build(TestContent.MINI_CLUSTER);

    assertThat(out("index.html")).contains("<html lang=\"zh-CN\">").contains("中国·长春");
    assertThat(out("en/index.html")).contains("<html lang=\"en\">").contains("Changchun China");
    assertThat(out("fgw/index.html")).contains("长春市发展和改革委员会");
    assertThat(out("fgw/en/index.html")).contains("Changchun Development and Reform Commission");
    assertThat(out("news/flood-notice.html")).contains("<h1>关于做好防汛工作的通知</h1>");
    assertThat(out("en/news/flood-notice.html")).contains("<h1>Notice on flood prevention</h1>");
    assertThat(out("fgw/policy/normative/private-economy-measures.html"))
        .contains("11220100MB1234567X/2024-00012")
        .contains("长府发〔2024〕3号");
    assertThat(out("fgw/policy/index.html"))
        .as("a parent column lists its sub-columns' items")
        .contains("长春市促进民营经济发展若干措施");
    assertThat(output().resolve("fgw/forms/files/定价成本监审申请表.pdf")).exists();
    for (String file :
        new String[] {
          "sitemap.xml",
          "robots.txt",
          "404.html",
          "sites.html",
          "en/sites.html",
          "cluster.xml",
          "atom.xml",
          "fgw/atom.xml",
          "fgw/en/atom.xml",
          "fgw/search.json",
          "assets/portal/css/site.css",
          "assets/portal/css/theme.css",
          "assets/department/css/theme.css"
        }) {
      assertThat(output().resolve(file)).as(file).exists();
    }
    assertThat(out("robots.txt")).contains("Sitemap: https://www.example.gov.cn/sitemap.xml");
    assertThat(report.sites()).isEqualTo(2);
    assertThat(report.languages()).containsExactly("en", "zh-CN");
    assertThat(report.rendered()).isEqualTo(report.pages() - 1);
  }

  @Test
  void publishesASearchPagePerSiteAndLanguageThatCallsTheApiBesideTheCluster() throws Exception {
    build(TestContent.MINI_CLUSTER);

    Map<String, String> pages =
        Map.of(
            "search.html", "zh-CN",
            "en/search.html", "en",
            "fgw/search.html", "zh-CN",
            "fgw/en/search.html", "en");
    pages.forEach(
        (path, language) -> {
          String site = path.startsWith("fgw/") ? "fgw" : "portal";
          assertThat(read(path))
              .as(path)
              .contains("<html lang=\"" + language + "\">")
              .contains("<h1>" + (language.equals("en") ? "Search" : "搜索") + "</h1>")
              .contains("data-api=\"/api/v1/search\" data-site=\"" + site + "\"")
              .contains("action=\"/" + path + "\"");
        });
    assertThat(out("fgw/en/search.html"))
        .contains(
            "<link rel=\"alternate\" hreflang=\"zh-CN\""
                + " href=\"https://www.example.gov.cn/fgw/search.html\">")
        .contains(
            "<link rel=\"alternate\" hreflang=\"x-default\""
                + " href=\"https://www.example.gov.cn/fgw/search.html\">");
    assertThat(out("fgw/search.html"))
        .contains(
            "<link rel=\"alternate\" hreflang=\"en\""
                + " href=\"https://www.example.gov.cn/fgw/en/search.html\">");
    assertThat(out("sitemaps/fgw.xml"))
        .as("search pages are not for crawlers")
        .doesNotContain("search");
  }

  @Test
  void leavesDraftsOut() throws Exception {
    build(TestContent.MINI_CLUSTER);

    assertThat(output().resolve("fgw/news/price-monitoring.html")).doesNotExist();
    assertThat(out("fgw/news/index.html")).doesNotContain("价格监测");
    assertThat(out("sitemaps/fgw.xml")).doesNotContain("price-monitoring");
  }

  @Test
  void linksLanguageVersionsBothWaysWithHreflangAndXDefault() throws Exception {
    build(TestContent.MINI_CLUSTER);

    String chinese = out("news/flood-notice.html");
    String english = out("en/news/flood-notice.html");
    for (String page : new String[] {chinese, english}) {
      assertThat(page)
          .contains("hreflang=\"zh-CN\" href=\"https://www.example.gov.cn/news/flood-notice.html\"")
          .contains("hreflang=\"en\" href=\"https://www.example.gov.cn/en/news/flood-notice.html\"")
          .contains(
              "hreflang=\"x-default\" href=\"https://www.example.gov.cn/news/flood-notice.html\"");
    }
    assertThat(out("sitemap.xml"))
        .contains("<loc>https://www.example.gov.cn/sitemaps/portal.xml</loc>")
        .contains("<loc>https://www.example.gov.cn/sitemaps/fgw.xml</loc>");
    assertThat(out("sitemaps/portal.xml"))
        .contains(
            "<loc>https://www.example.gov.cn/en/news/flood-notice.html</loc><xhtml:link"
                + " rel=\"alternate\" hreflang=\"en\"");
  }

  @Test
  void switchesLanguageToTheTranslationOrElseToThatLanguagesHomePage() throws Exception {
    build(TestContent.MINI_CLUSTER);

    assertThat(out("news/flood-notice.html"))
        .contains("hreflang=\"en\" href=\"/en/news/flood-notice.html\">English</a>");
    String policy = out("fgw/policy/normative/private-economy-measures.html");
    assertThat(policy)
        .as("no English version: the switcher goes to the English home of the site")
        .contains("hreflang=\"en\" href=\"/fgw/en/\">English</a>")
        .doesNotContain("rel=\"alternate\"");
  }

  @Test
  void linksAPolicyAndItsInterpretationBothWays() throws Exception {
    build(TestContent.MINI_CLUSTER);

    assertThat(out("fgw/policy/normative/private-economy-measures.html"))
        .contains(
            "<a class=\"interpretation\" href=\"/fgw/interpretation/private-economy-graphic.html\">");
    assertThat(out("fgw/interpretation/private-economy-graphic.html"))
        .contains(
            "<a class=\"interprets\" href=\"/fgw/policy/normative/private-economy-measures.html\">");
  }

  @Test
  void linksAGuideToItsFormsAndTheFormToItsFileAndGuides() throws Exception {
    build(TestContent.MINI_CLUSTER);

    String guide = out("fgw/guide/cost-review.html");
    assertThat(guide).contains("<a class=\"form\" href=\"/fgw/forms/cost-review-form.html\">");
    assertThat(guide)
        .as("the mini guide lacks location, hours, department and phones")
        .contains("<span class=\"missing\">location</span>")
        .contains("<span class=\"missing\">supervisionPhone</span>");
    String form = out("fgw/forms/cost-review-form.html");
    assertThat(form)
        .contains(
            "href=\"/fgw/forms/files/%E5%AE%9A%E4%BB%B7%E6%88%90%E6%9C%AC%E7%9B%91%E5%AE%A1%E7%94%B3%E8%AF%B7%E8%A1%A8.pdf\"")
        .contains("定价成本监审申请表.pdf PDF");
    assertThat(form).contains("<a class=\"used-by\" href=\"/fgw/guide/cost-review.html\">");
  }

  @Test
  void showsTheFooterIdentificationAndFallsBackToTheDefaultLanguagesStrings() throws Exception {
    BuildReport report = build(TestContent.MINI_CLUSTER);

    assertThat(out("index.html")).contains("主办单位: 长春市人民政府办公厅 2201000001");
    assertThat(out("en/index.html")).contains("主办单位: 长春市人民政府办公厅");
    assertThat(report.missingUiStrings()).containsExactly("en: footer.sponsor");
  }

  @Test
  void reportsTranslationCoveragePerSiteAndLanguage() throws Exception {
    BuildReport report = build(TestContent.MINI_CLUSTER);

    assertThat(report.translationCoverage())
        .contains("portal zh-CN: 2 of 2 (100%)", "portal en: 1 of 2 (50%)", "fgw en: 0 of 4 (0%)");
  }

  @Test
  void neverLetsAScriptInTitleBodyOrFrontMatterReachTheOutputAsMarkup() throws Exception {
    build(
        TestContent.MINI_CLUSTER,
        """
        -- portal/news/attack.zh-CN.md --
        ---
        type: news
        title: <script>alert('title')</script>通知
        summary: <script>alert('summary')</script>
        tags: ["<script>alert('tag')</script>"]
        published: 2026-07-03T08:00:00+08:00
        ---
        正文<script>alert('body')</script><img src=x onerror="alert('img')">
        [link](javascript:alert('href'))
        """);

    try (Stream<Path> files = Files.walk(output().toRealPath())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        if (file.toString().endsWith(".json")) {
          // Data, not markup: the title is a JSON string that cannot close a script element.
          assertThat(text).doesNotContain("</script");
          continue;
        }
        assertThat(text).as(file.toString()).doesNotContain("<script").doesNotContain("onerror=");
        assertThat(text).as(file.toString()).doesNotContain("href=\"javascript:");
      }
    }
    assertThat(out("news/attack.html"))
        .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;通知");
  }

  @Test
  void twoBuildsOfTheSameInputAreByteForByteIdentical() throws Exception {
    Path content = TestContent.write(temp.resolve("content"), TestContent.MINI_CLUSTER);
    ContentSet set = new ContentReader().read(content);

    builder(temp.resolve("one"), true).run(set);
    builder(temp.resolve("two"), true).run(set);

    assertThat(files(temp.resolve("two"))).isEqualTo(files(temp.resolve("one")));
  }

  @Test
  void rendersOnlyWhatAChangedItemAffects() throws Exception {
    BuildReport first = build(TestContent.MINI_CLUSTER);
    String untouched = out("fgw/guide/cost-review.html");

    BuildReport second =
        build(
            TestContent.MINI_CLUSTER,
            """
            -- portal/about/overview.zh-CN.md --
            ---
            type: page
            title: 长春概况（2026年版）
            published: 2025-01-01T00:00:00+08:00
            ---
            长春是吉林省省会，副省级城市。
            """);

    assertThat(second.rendered()).isPositive().isLessThan(first.rendered() / 2);
    assertThat(out("about/overview.html")).contains("长春概况（2026年版）").contains("副省级城市");
    assertThat(out("fgw/guide/cost-review.html")).isEqualTo(untouched);
    assertThat(
            build(
                    TestContent.MINI_CLUSTER,
                    """
            -- portal/about/overview.zh-CN.md --
            ---
            type: page
            title: 长春概况（2026年版）
            published: 2025-01-01T00:00:00+08:00
            ---
            长春是吉林省省会，副省级城市。
            """)
                .rendered())
        .as("nothing changed since the last build")
        .isZero();
  }

  @Test
  void aRunToldWhichGroupsChangedLooksOnlyAtTheirPagesAndPublishesWhatAFullBuildWould()
      throws Exception {
    String renamedPolicy =
        """
        -- fgw/policy/normative/private-economy-measures.zh-CN.md --
        ---
        type: policy
        title: 长春市促进民营经济高质量发展若干措施
        published: 2024-03-15T09:30:00+08:00
        policy:
          indexNo: 11220100MB1234567X/2024-00012
          issuer: 长春市人民政府
          docNo: 长府发〔2024〕3号
          writtenOn: 2024-03-10
          subject: 综合政务
          keywords: [民营经济, 营商环境]
        ---
        正文。
        """;
    ClusterBuild builder = builder(output(), false);
    builder.run(contentOf(TestContent.MINI_CLUSTER));
    ContentSet renamed = contentOf(TestContent.MINI_CLUSTER, renamedPolicy);

    // told that nothing changed, it does not look at the interpretation's page
    builder.run(renamed, Optional.of(Set.of()));
    assertThat(out("fgw/interpretation/private-economy-graphic.html")).doesNotContain("高质量发展");

    // told the policy changed, it renders the pages that show it: its own and the
    // interpretation's, which links to it by title
    BuildReport told =
        builder.run(
            renamed, Optional.of(Set.of(new ItemReference("fgw", "private-economy-measures"))));
    assertThat(out("fgw/interpretation/private-economy-graphic.html")).contains("高质量发展");
    assertThat(told.writtenPaths())
        .contains(
            "fgw/interpretation/private-economy-graphic.html",
            "fgw/policy/normative/private-economy-measures.html")
        .doesNotContain("fgw/guide/cost-review.html");
    Path full = temp.resolve("full");
    builder(full, true).run(renamed);
    assertThat(files(output())).isEqualTo(files(full));
  }

  @Test
  void removesTheDeletedItemsPageAndEveryListThatShowedIt() throws Exception {
    build(TestContent.MINI_CLUSTER);
    assertThat(out("news/index.html")).contains("关于做好防汛工作的通知");

    BuildReport report =
        build(
            TestContent.MINI_CLUSTER,
            """
            -- portal/news/flood-notice.zh-CN.md (delete) --
            -- portal/news/flood-notice.en.md (delete) --
            """);

    assertThat(output().resolve("news/flood-notice.html")).doesNotExist();
    assertThat(output().resolve("en/news/flood-notice.html")).doesNotExist();
    assertThat(out("news/index.html")).doesNotContain("防汛");
    assertThat(out("index.html")).doesNotContain("防汛");
    assertThat(out("atom.xml")).doesNotContain("防汛");
    assertThat(out("sitemaps/portal.xml")).doesNotContain("flood-notice");
    assertThat(report.deleted()).isEqualTo(2);
  }

  @Test
  void aSiteWhosePageFailsKeepsItsPublishedPagesAndTheProblemNamesTheTemplate() throws Exception {
    build(TestContent.MINI_CLUSTER);
    String before = out("fgw/index.html");
    TestContent.write(
        temp.resolve("templates"),
        """
        -- department/layouts/home.ftlh --
        <h1>${page.noSuchField}</h1>
        """);

    BuildReport report = build(TestContent.MINI_CLUSTER);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.site()).isEqualTo("fgw");
              assertThat(p.item()).isEmpty();
              assertThat(p.reason())
                  .startsWith("fgw/")
                  .contains("index.html: ")
                  .contains("layouts/home.ftlh");
            });
    assertThat(out("fgw/index.html")).isEqualTo(before);
  }

  @Test
  void failsOnAUiStringNoBundleHas() throws Exception {
    TestContent.write(
        temp.resolve("templates"),
        TestTheme.TEMPLATES,
        """
        -- _shared/layouts/404.ftlh --
        <p>${msg("no.such.string")}</p>
        """);

    assertThatThrownBy(() -> build(TestContent.MINI_CLUSTER))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e ->
                assertThat(e.failures())
                    .singleElement()
                    .asString()
                    .contains("404.html")
                    .contains("unknown UI string 'no.such.string'"));
  }

  @Test
  void failsWhenTheOnlySiteToBuildHasNoTheme() throws Exception {
    String noTheme =
        TestContent.MINI_CLUSTER.replace(
            "path: fgw/\ntheme: department", "path: fgw/\ntheme: nowhere");
    Path content = TestContent.write(temp.resolve("content"), noTheme);

    assertThatThrownBy(
            () ->
                new ClusterBuild(
                        settings(output(), Optional.of("fgw"), false), ClusterBuild.Progress.NONE)
                    .run(new ContentReader().read(content)))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e ->
                assertThat(e.failures())
                    .containsExactly(
                        "fgw/site.yaml: theme 'nowhere' is not a folder of the templates"));
  }

  @Test
  void buildsOneSiteAndLeavesTheOthersAsTheyAre() throws Exception {
    build(TestContent.MINI_CLUSTER);
    String portalHome = out("index.html");
    Path content =
        TestContent.write(
            temp.resolve("content"),
            TestContent.MINI_CLUSTER,
            """
            -- fgw/news/new-item.zh-CN.md --
            ---
            type: news
            title: 新的工作动态
            published: 2026-08-01T09:00:00+08:00
            ---
            正文。
            """);

    new ClusterBuild(settings(output(), Optional.of("fgw"), false), ClusterBuild.Progress.NONE)
        .run(new ContentReader().read(content));

    assertThat(out("fgw/news/index.html")).contains("新的工作动态");
    assertThat(out("index.html")).isEqualTo(portalHome);
    assertThat(output().resolve("news/flood-notice.html")).exists();
  }

  @Test
  void publishesUnderAnotherBaseUrl() throws Exception {
    Path content = TestContent.write(temp.resolve("content"), TestContent.MINI_CLUSTER);
    ClusterBuild.Settings settings =
        new ClusterBuild.Settings(
            themes(),
            i18n(),
            output(),
            Optional.of(java.net.URI.create("http://127.0.0.1:8000/gov/")),
            Optional.empty(),
            false);

    new ClusterBuild(settings, ClusterBuild.Progress.NONE).run(new ContentReader().read(content));

    assertThat(out("fgw/search.html"))
        .as("the API beside the cluster's root")
        .contains("data-api=\"/gov/api/v1/search\"");
    assertThat(out("news/flood-notice.html"))
        .contains("href=\"/gov/en/news/flood-notice.html\"")
        .contains(
            "<link rel=\"canonical\" href=\"http://127.0.0.1:8000/gov/news/flood-notice.html\">");
  }

  @Test
  void searchPagesCallTheSearchApiTheSettingsName() throws Exception {
    Path content = TestContent.write(temp.resolve("content"), TestContent.MINI_CLUSTER);
    ClusterBuild.Settings settings =
        new ClusterBuild.Settings(
            themes(),
            i18n(),
            output(),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.of("https://api.example.gov.cn/cms/api/v1/"));

    new ClusterBuild(settings, ClusterBuild.Progress.NONE).run(new ContentReader().read(content));

    assertThat(out("fgw/en/search.html"))
        .contains("data-api=\"https://api.example.gov.cn/cms/api/v1/search\"");
  }

  @Test
  void previewsAnUnpublishedVersionWithoutWritingAnything() throws Exception {
    build(TestContent.MINI_CLUSTER);
    String published = out("news/flood-notice.html");
    Path content = temp.resolve("content");
    ContentSet set = new ContentReader().read(content);
    org.zhanqun.model.item.Item live =
        set.items().stream()
            .filter(i -> i.file().equals("portal/news/flood-notice.zh-CN.md"))
            .findFirst()
            .orElseThrow();
    org.zhanqun.model.item.Item draft =
        new org.zhanqun.model.item.Item(
            live.site(),
            live.column(),
            live.slug(),
            live.language(),
            live.type(),
            "防汛通知（修改稿）",
            live.translationKey(),
            live.summary(),
            live.source(),
            live.tags(),
            live.published(),
            live.updated(),
            false,
            "修改稿正文<script>alert(1)</script>",
            null,
            live.file(),
            "preview");
    java.util.List<org.zhanqun.model.item.Item> items = new java.util.ArrayList<>(set.items());
    items.set(items.indexOf(live), draft);

    byte[] page = builder(output(), false).preview(new ContentSet(set.cluster(), items), draft);

    String html = new String(page, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains("<h1>防汛通知（修改稿）</h1>").contains("修改稿正文").doesNotContain("<script");
    assertThat(out("news/flood-notice.html")).isEqualTo(published);
  }

  // ---- helpers

  private ContentSet contentOf(String... content) throws Exception {
    Path folder = temp.resolve("content-" + content.length + "-" + content.hashCode());
    TestContent.write(folder, content);
    try {
      return new ContentReader().read(folder);
    } catch (InvalidContentException e) {
      throw new AssertionError(e.problems().toString(), e);
    }
  }

  private BuildReport build(String... content) throws Exception {
    Path folder = temp.resolve("content");
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    TestContent.write(folder, content);
    ContentSet set;
    try {
      set = new ContentReader().read(folder);
    } catch (InvalidContentException e) {
      throw new AssertionError(e.problems().toString(), e);
    }
    return builder(output(), false).run(set);
  }

  private ClusterBuild builder(Path output, boolean full) {
    return new ClusterBuild(settings(output, Optional.empty(), full), ClusterBuild.Progress.NONE);
  }

  private ClusterBuild.Settings settings(Path output, Optional<String> site, boolean full) {
    return new ClusterBuild.Settings(themes(), i18n(), output, Optional.empty(), site, full);
  }

  private Path themes() {
    Path folder = temp.resolve("templates");
    if (!Files.exists(folder)) {
      TestContent.write(folder, TestTheme.TEMPLATES);
    }
    return folder;
  }

  private Path i18n() {
    Path folder = temp.resolve("i18n");
    if (!Files.exists(folder)) {
      TestContent.write(folder, TestTheme.I18N);
    }
    return folder;
  }

  private Path output() {
    return temp.resolve("public");
  }

  private String read(String path) {
    try {
      return out(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String out(String path) throws IOException {
    return Files.readString(output().resolve(path));
  }

  private static Map<String, String> files(Path output) throws IOException {
    Path root = output.toRealPath();
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(),
            java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    }
    return files;
  }
}
