package org.zhanqun.builder.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.InvalidContentException;
import org.zhanqun.builder.testing.TestContent;
import org.zhanqun.builder.testing.TestTheme;
import org.zhanqun.model.item.Item;

/**
 * One item or site that cannot be built never stops the rest of the cluster: it is left out and
 * reported, everything else publishes (issue #13).
 */
class ClusterBuildIsolationTest {

  @TempDir Path temp;

  private static final String NEWS_IN_FGW =
      """
      -- fgw/news/open-day.zh-CN.md --
      ---
      type: news
      title: 发改委开放日
      published: 2026-07-05T09:00:00+08:00
      ---
      欢迎参观。
      """;

  @Test
  void anItemWithTheSlugIndexIsLeftOutAndReportedAndEverythingElsePublishes() throws Exception {
    BuildReport report =
        build(
            TestContent.MINI_CLUSTER,
            NEWS_IN_FGW,
            """
            -- fgw/news/index.zh-CN.md --
            ---
            type: news
            title: 占用栏目首页的稿件
            published: 2026-07-06T09:00:00+08:00
            ---
            正文。
            """);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.site()).isEqualTo("fgw");
              assertThat(p.item()).map(Item::file).contains("fgw/news/index.zh-CN.md");
              assertThat(p.reason())
                  .contains("fgw/news/index.html")
                  .contains("two outputs would be written here");
            });
    assertThat(out("fgw/news/index.html"))
        .as("the column's list keeps its page and does not list the left-out item")
        .contains("发改委开放日")
        .doesNotContain("占用栏目首页的稿件");
    assertThat(out("fgw/news/open-day.html")).contains("发改委开放日");
    assertThat(out("news/flood-notice.html")).contains("关于做好防汛工作的通知");
    assertThat(out("fgw/atom.xml")).doesNotContain("占用栏目首页的稿件");
  }

  @Test
  void ofTwoLiveItemsWithOneSlugTheEarlierPublishedKeepsThePageAndTheOtherIsLeftOut()
      throws Exception {
    ContentSet set = read(TestContent.MINI_CLUSTER, NEWS_IN_FGW);
    Item earlier = item(set, "fgw/news/open-day.zh-CN.md");
    Item later = retitled(earlier, "同名的后发稿件", earlier.published().plusDays(1));
    List<Item> items = new ArrayList<>(set.items());
    items.add(later);

    BuildReport report = builder().run(new ContentSet(set.cluster(), items));

    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.item()).containsSame(later));
    assertThat(out("fgw/news/open-day.html")).contains("发改委开放日").doesNotContain("同名的后发稿件");
    assertThat(out("fgw/news/index.html")).doesNotContain("同名的后发稿件");
  }

  @Test
  void aPortalColumnWhereADepartmentSiteLivesIsLeftOutWithItsItemsAndTheSiteStays()
      throws Exception {
    String clash =
        TestContent.MINI_CLUSTER.replace(
            "- code: about\n  names: { zh-CN: 走进长春, en: About }",
            "- code: fgw\n  names: { zh-CN: 发改专栏, en: NDRC }");
    assertThat(clash).isNotEqualTo(TestContent.MINI_CLUSTER);

    BuildReport report =
        build(
            clash.replace(
                "-- portal/about/overview.zh-CN.md --", "-- portal/fgw/overview.zh-CN.md --"),
            NEWS_IN_FGW);

    assertThat(report.problems())
        .extracting(BuildProblem::toString)
        .anySatisfy(p -> assertThat(p).contains("column fgw left out").contains("fgw/index.html"))
        .anySatisfy(p -> assertThat(p).contains("portal/fgw/overview.zh-CN.md"));
    assertThat(out("fgw/index.html")).contains("长春市发展和改革委员会").doesNotContain("发改专栏</h1>");
    assertThat(output().resolve("fgw/overview.html")).doesNotExist();
    assertThat(out("news/flood-notice.html")).contains("关于做好防汛工作的通知");
    assertThat(out("fgw/news/open-day.html")).contains("发改委开放日");
  }

  @Test
  void aSiteWhoseThemeDoesNotExistKeepsItsPublishedPagesAndTheOthersPublish() throws Exception {
    build(TestContent.MINI_CLUSTER);
    String fgwHome = out("fgw/index.html");

    BuildReport report =
        build(
            TestContent.MINI_CLUSTER.replace(
                "path: fgw/\ntheme: department", "path: fgw/\ntheme: nowhere"),
            NEWS_IN_FGW,
            """
            -- portal/news/new-portal-news.zh-CN.md --
            ---
            type: news
            title: 门户新闻
            published: 2026-07-07T09:00:00+08:00
            ---
            正文。
            """);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.site()).isEqualTo("fgw");
              assertThat(p.item()).isEmpty();
              assertThat(p.reason())
                  .isEqualTo("fgw/site.yaml: theme 'nowhere' is not a folder of the templates");
            });
    assertThat(out("fgw/index.html")).isEqualTo(fgwHome);
    assertThat(output().resolve("fgw/news/open-day.html")).doesNotExist();
    assertThat(out("news/new-portal-news.html")).contains("门户新闻");
  }

  @Test
  void anItemWhosePageFailsToRenderIsLeftOutAndTheOthersPublish() throws Exception {
    TestContent.write(
        temp.resolve("templates"),
        TestTheme.TEMPLATES,
        """
        -- department/layouts/item/news.ftlh --
        <#if page.title?contains("渲染失败")>${page.noSuchField}<#else><h1>${page.title}</h1></#if>
        """);

    BuildReport report =
        build(
            TestContent.MINI_CLUSTER,
            NEWS_IN_FGW,
            """
            -- fgw/news/broken.zh-CN.md --
            ---
            type: news
            title: 渲染失败的稿件
            published: 2026-07-06T09:00:00+08:00
            ---
            正文。
            """);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.item()).map(Item::file).contains("fgw/news/broken.zh-CN.md");
              assertThat(p.reason()).contains("fails to render").contains("fgw/news/broken.html");
            });
    assertThat(output().resolve("fgw/news/broken.html")).doesNotExist();
    assertThat(out("fgw/news/index.html")).doesNotContain("渲染失败的稿件");
    assertThat(out("fgw/news/open-day.html")).contains("发改委开放日");
  }

  // ---- helpers

  private static Item item(ContentSet set, String file) {
    return set.items().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
  }

  private static Item retitled(Item i, String title, java.time.OffsetDateTime published) {
    return new Item(
        i.site(),
        i.column(),
        i.slug(),
        i.language(),
        i.type(),
        title,
        i.translationKey() + "-2",
        i.summary(),
        i.source(),
        i.tags(),
        published,
        i.updated(),
        false,
        i.body(),
        i.part(),
        i.file(),
        i.contentHash() + "2");
  }

  private ContentSet read(String... content) throws Exception {
    Path folder = temp.resolve("content");
    if (Files.exists(folder)) {
      try (var paths = Files.walk(folder)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    TestContent.write(folder, content);
    try {
      return new ContentReader().read(folder);
    } catch (InvalidContentException e) {
      throw new AssertionError(e.problems().toString(), e);
    }
  }

  private BuildReport build(String... content) throws Exception {
    return builder().run(read(content));
  }

  private ClusterBuild builder() {
    Path templates = temp.resolve("templates");
    if (!Files.exists(templates)) {
      TestContent.write(templates, TestTheme.TEMPLATES);
    }
    Path i18n = temp.resolve("i18n");
    if (!Files.exists(i18n)) {
      TestContent.write(i18n, TestTheme.I18N);
    }
    return new ClusterBuild(
        new ClusterBuild.Settings(
            templates, i18n, output(), Optional.empty(), Optional.empty(), false),
        ClusterBuild.Progress.NONE);
  }

  private Path output() {
    return temp.resolve("public");
  }

  private String out(String path) throws IOException {
    return Files.readString(output().resolve(path));
  }
}
