package org.zhanqun.builder.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.testing.TestContent;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.ChannelMonth;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.interaction.PublicConsultation;
import org.zhanqun.model.interaction.PublicInteraction;
import org.zhanqun.model.interaction.PublishedLetter;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.LocalizedText;

/**
 * The interaction pages (letter channels, query, consultations, 我为政府网站找错) of the mini cluster
 * ({@link TestContent#MINI_CLUSTER} with an interaction column on the portal), built with the real
 * themes and UI strings on a fixed day, 2026-07-15 in Asia/Shanghai.
 */
class InteractionPagesTest {

  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  /** 2026-07-15 10:00 in Asia/Shanghai. */
  private static final Clock JULY_15 =
      Clock.fixed(Instant.parse("2026-07-15T02:00:00Z"), ZoneOffset.UTC);

  /** What a citizen gave with the letter, which the published letter never carries. */
  private static final String PLANTED_NAME = "欧阳建国";

  private static final String PLANTED_PHONE = "13912345678";

  private static final String PORTAL_COLUMNS =
      """
      -- portal/columns.yaml --
      - code: news
        names: { zh-CN: 要闻动态, en: News }
        category: dynamic
        types: [news]
      - code: about
        names: { zh-CN: 走进长春, en: About }
        category: static
        types: [page]
      - code: hudong
        names: { zh-CN: 互动交流, en: Interaction }
        category: interaction
        types: [page]
      """;

  private static final Channel MAYOR =
      new Channel(
          "portal",
          "mayor",
          new LocalizedText(Map.of("zh-CN", "市长信箱", "en", "Mayor's Mailbox")),
          List.of(LetterKind.CONSULTATION, LetterKind.COMPLAINT, LetterKind.SUGGESTION),
          15);

  private static final Channel FGW_MAILBOX =
      new Channel(
          "fgw",
          "mailbox",
          LocalizedText.of("zh-CN", "局长信箱"),
          List.of(LetterKind.SUGGESTION, LetterKind.COMPLAINT),
          10);

  private static final PublishedLetter HEATING =
      new PublishedLetter(
          "XJ2026-000123",
          "portal",
          "mayor",
          LetterKind.COMPLAINT,
          "小区供暖温度不达标",
          "我们小区今年冬天室温只有十五度。",
          LocalDate.of(2026, 1, 5),
          LocalDate.of(2026, 1, 12),
          "fgw",
          "经核实，已责成供热企业整改。");

  @TempDir Path temp;

  @Test
  void publishesEachChannelsPageInEveryLanguageWithAFormThatPostsWithoutJavaScript()
      throws Exception {
    build(interaction(List.of(HEATING)));

    for (String path : List.of("letters/mayor/index.html", "en/letters/mayor/index.html")) {
      boolean english = path.startsWith("en/");
      Document page = page(path);
      Element form = page.selectFirst("main form.letter-form");
      assertThat(form).as(path).isNotNull();
      assertThat(form.attr("method")).isEqualTo("post");
      assertThat(form.attr("action")).isEqualTo("/api/v1/public/letters");
      assertThat(form.attr("enctype")).isEqualTo("application/x-www-form-urlencoded");
      assertThat(hidden(form, "site")).isEqualTo("portal");
      assertThat(hidden(form, "channel")).isEqualTo("mayor");
      assertThat(hidden(form, "lang")).isEqualTo(english ? "en" : "zh-CN");
      assertThat(hidden(form, "back"))
          .isEqualTo("https://www.example.gov.cn/" + path.replace("index.html", ""));
      assertThat(form.select("fieldset legend").first().text())
          .contains(english ? "Kind of letter" : "信件类型");
      assertThat(form.select("input[type=radio][name=kind]").eachAttr("value"))
          .containsExactly("consultation", "complaint", "suggestion");
      assertThat(form.select("input[type=radio][name=kind][checked]").attr("value"))
          .isEqualTo("consultation");
      assertThat(form.selectFirst("input[name=subject]").attr("maxlength")).isEqualTo("100");
      assertThat(form.selectFirst("input[name=subject]").hasAttr("required")).isTrue();
      assertThat(form.selectFirst("textarea[name=text]").attr("maxlength")).isEqualTo("5000");
      assertThat(form.selectFirst("input[name=name]").attr("maxlength")).isEqualTo("50");
      assertThat(form.selectFirst("input[name=name]").attr("autocomplete")).isEqualTo("name");
      assertThat(form.selectFirst("input[name=phone]").attr("autocomplete")).isEqualTo("tel");
      assertThat(form.selectFirst("input[name=email]").attr("type")).isEqualTo("email");
      assertThat(form.selectFirst("input[name=address]").attr("maxlength")).isEqualTo("200");
      assertThat(form.select("input[type=checkbox][name=publishConsent]")).hasSize(1);
      for (Element field : form.select("input:not([type=hidden]):not([type=radio]), textarea")) {
        assertThat(form.select("label[for=" + field.id() + "]"))
            .as(path + ": the label of " + field.attr("name"))
            .hasSize(1);
      }
      Element trap = form.selectFirst("input[name=website]");
      assertThat(trap.attr("tabindex")).isEqualTo("-1");
      assertThat(trap.attr("autocomplete")).isEqualTo("off");
      assertThat(trap.parent().hasClass("visually-hidden")).isTrue();
      assertThat(trap.parent().attr("aria-hidden")).isEqualTo("true");
      assertThat(form.select(".form-privacy").text())
          .contains(english ? "never published" : "绝不公开");
      assertThat(page.select("main a[href=" + (english ? "/en" : "") + "/letters/query/]"))
          .isNotEmpty();
      assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href"))
          .isEqualTo("https://www.example.gov.cn/letters/mayor/");
    }
    assertThat(page("en/letters/mayor/index.html").select("h1").text())
        .isEqualTo("Mayor's Mailbox");
    Element chineseOnly = page("fgw/en/letters/mailbox/index.html").selectFirst("h1 span");
    assertThat(chineseOnly.text()).isEqualTo("局长信箱");
    assertThat(chineseOnly.attr("lang")).as("Chinese inside an English page").isEqualTo("zh-CN");
    assertThat(
            page("fgw/letters/mailbox/index.html")
                .select("input[type=radio][name=kind]")
                .eachAttr("value"))
        .containsExactly("suggestion", "complaint");
  }

  @Test
  void showsPublishedLettersWithTheFourRequiredFieldsAndNoPersonalData() throws Exception {
    // HEATING was sent by PLANTED_NAME with PLANTED_PHONE: the server keeps them, a published
    // letter has no field for them, and no page may show them
    build(interaction(List.of(HEATING)));

    Element letter = page("letters/mayor/index.html").selectFirst("article.letter");
    assertThat(letter.select("h3").text()).isEqualTo("小区供暖温度不达标");
    assertThat(letter.text())
        .contains("来信日期 2026-01-05")
        .contains("答复日期 2026-01-12")
        .contains("答复单位 长春市发展和改革委员会")
        .contains("经核实，已责成供热企业整改。")
        .contains("我们小区今年冬天室温只有十五度。");
    Element english = page("en/letters/mayor/index.html").selectFirst("article.letter");
    assertThat(english.text())
        .contains("Received 2026-01-05")
        .contains("Replied 2026-01-12")
        .contains("Replied by Changchun Development and Reform Commission");
    assertThat(english.selectFirst(".letter-reply").attr("lang")).isEqualTo("zh-CN");
    assertThat(page("fgw/letters/mailbox/index.html").select("main").text()).contains("暂无公开的信件。");
    try (Stream<Path> files = Files.walk(output().toRealPath())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text).as(file.toString()).doesNotContain(PLANTED_NAME, PLANTED_PHONE);
      }
    }
  }

  @Test
  void listsLettersTwentyAPageNewestReplyFirstWithTheFormOnTheFirstOnly() throws Exception {
    List<PublishedLetter> letters = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      letters.add(
          new PublishedLetter(
              "XJ2026-%06d".formatted(i),
              "portal",
              "mayor",
              LetterKind.CONSULTATION,
              "咨询第" + i + "号",
              "问题。",
              LocalDate.of(2026, 3, 1),
              LocalDate.of(2026, 3, 1).plusDays(i),
              "portal",
              "答复。"));
    }
    build(interaction(letters));

    Document first = page("letters/mayor/index.html");
    assertThat(first.select("article.letter")).hasSize(20);
    assertThat(first.selectFirst("article.letter h3").text()).isEqualTo("咨询第25号");
    Document second = page("letters/mayor/page/2/index.html");
    assertThat(second.select("article.letter")).hasSize(5);
    assertThat(second.select("form.letter-form")).isEmpty();
    assertThat(second.select("link[rel=alternate][hreflang=en]").attr("href"))
        .isEqualTo("https://www.example.gov.cn/en/letters/mayor/page/2/");
  }

  @Test
  void showsTheMonthlyFiguresInATableWithCaptionAndHeaders() throws Exception {
    build(interaction(List.of(HEATING)));

    Element table = page("letters/mayor/index.html").selectFirst("table.statistics-table");
    assertThat(table.select("caption").text()).isEqualTo("近 12 个月收信和办理情况");
    assertThat(table.select("thead th[scope=col]").eachText())
        .containsExactly("月份", "收信数", "已答复", "平均办理时间（工作日）", "满意率");
    List<Element> rows = table.select("tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).select("th[scope=row]").text()).isEqualTo("2026-02");
    assertThat(rows.get(0).select("td").eachText()).containsExactly("3", "0", "暂无", "暂无");
    assertThat(rows.get(1).select("th[scope=row]").text()).isEqualTo("2026-01");
    assertThat(rows.get(1).select("td").eachText()).containsExactly("12", "10", "4.3", "95%");
  }

  @Test
  void showsAnOpenConsultationsFormAndAClosedOnesResultOrThatItIsPending() throws Exception {
    build(interaction(List.of()));

    Document open = page("consultations/bus-routes/index.html");
    Element form = open.selectFirst("main form.opinion-form");
    assertThat(form.attr("action"))
        .isEqualTo("/api/v1/public/consultations/portal/bus-routes/opinions");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(hidden(form, "back"))
        .isEqualTo("https://www.example.gov.cn/consultations/bus-routes/");
    assertThat(form.select("textarea[name=text][required][maxlength=2000]")).hasSize(1);
    assertThat(form.select("input[name=contact][maxlength=254]:not([required])")).hasSize(1);
    assertThat(form.select("input[name=website][tabindex=-1]")).hasSize(1);
    assertThat(open.select("main .item-body strong").text()).isEqualTo("公交线网");
    assertThat(open.html()).doesNotContain("<script>alert");
    assertThat(open.select(".consultation-result")).isEmpty();
    assertThat(open.select("nav.breadcrumbs a, .breadcrumbs a").eachText())
        .containsExactly("首页", "互动交流", "征集调查");

    Document upcoming = page("consultations/parks/index.html");
    assertThat(upcoming.select("main form")).isEmpty();
    assertThat(upcoming.select("main").text()).contains("本次征集尚未开始");

    Document pending = page("consultations/old-town/index.html");
    assertThat(pending.select("main form")).isEmpty();
    assertThat(pending.select(".consultation-result").text()).contains("结果待反馈");

    Document withResult = page("en/consultations/night-market/index.html");
    assertThat(withResult.select("main form")).isEmpty();
    assertThat(withResult.select(".consultation-result").text())
        .contains("Published on: 2026-06-10")
        .contains("采纳意见 12 条");
    assertThat(withResult.selectFirst("h1").attr("lang")).isEqualTo("zh-CN");

    Document list = page("consultations/index.html");
    assertThat(list.select("#consultations-open ~ ul a").eachText())
        .containsExactly("公交线网优化方案征求意见");
    assertThat(list.select("#consultations-upcoming ~ ul a").eachText())
        .containsExactly("城市公园建设征集");
    assertThat(list.select("#consultations-closed ~ ul a").eachText())
        .containsExactly("老城区改造意见征集", "夜市设置意见征集");
    assertThat(list.select("#consultations-closed ~ ul").text())
        .contains("结果待反馈")
        .contains("已反馈结果");
  }

  @Test
  void offersTheQueryAndErrorReportFormsAndLinksThemFromTheColumnAndFooter() throws Exception {
    build(interaction(List.of()));

    Element query = page("en/letters/query/index.html").selectFirst("main form.query-form");
    assertThat(query.attr("action")).isEqualTo("/api/v1/public/letters/status");
    assertThat(query.select("input[name=queryCode][required]")).hasSize(1);
    assertThat(hidden(query, "lang")).isEqualTo("en");
    assertThat(hidden(query, "back")).isEqualTo("https://www.example.gov.cn/en/letters/query/");

    Element report = page("fgw/report-error/index.html").selectFirst("main form");
    assertThat(report.attr("action")).isEqualTo("/api/v1/public/error-reports");
    assertThat(report.select("input[name=url][type=url][required]")).hasSize(1);
    assertThat(report.selectFirst("input[name=url]").attr("value")).isEmpty();
    assertThat(report.select("textarea[name=description][required]")).hasSize(1);
    assertThat(report.select("input[name=contact]:not([required])")).hasSize(1);
    assertThat(report.select("input[name=website][tabindex=-1]")).hasSize(1);
    assertThat(page("fgw/report-error/index.html").select("h1").text()).isEqualTo("我为政府网站找错");

    assertThat(page("hudong/index.html").select("main .interaction-links a").eachAttr("href"))
        .containsExactly("/letters/mayor/", "/letters/query/", "/consultations/");
    assertThat(page("en/hudong/index.html").select("main .interaction-links a").eachText())
        .containsExactly("Mayor's Mailbox", "Check a letter", "Public consultations");
    assertThat(page("fgw/news/index.html").select("footer a[href=/fgw/report-error/]").text())
        .isEqualTo("我为政府网站找错");
    assertThat(page("en/index.html").select("footer a[href=/en/report-error/]")).hasSize(1);
    assertThat(Files.readString(output().resolve("sitemaps/portal.xml")))
        .contains("<loc>https://www.example.gov.cn/letters/mayor/</loc>")
        .contains("hreflang=\"en\" href=\"https://www.example.gov.cn/en/letters/mayor/\"")
        .contains("<loc>https://www.example.gov.cn/consultations/night-market/</loc>")
        .contains("<loc>https://www.example.gov.cn/report-error/</loc>");
  }

  @Test
  void postsToTheApiTheSettingsName() throws Exception {
    ClusterBuild.Settings settings =
        new ClusterBuild.Settings(
            PROJECT.resolve("site-templates"),
            PROJECT.resolve("i18n"),
            output(),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.of("https://api.example.gov.cn/cms/api/v1/"));
    new ClusterBuild(settings, ClusterBuild.Progress.NONE, JULY_15)
        .run(content().withInteraction(interaction(List.of())));

    assertThat(
            page("fgw/letters/mailbox/index.html").selectFirst("form.letter-form").attr("action"))
        .isEqualTo("https://api.example.gov.cn/cms/api/v1/public/letters");
    assertThat(page("fgw/search.html").select("meta[name=zhanqun-search-api]").attr("content"))
        .isEqualTo("https://api.example.gov.cn/cms/api/v1/search");
  }

  @Test
  void aWarmRunRendersAChannelsPagesWhenALetterIsPublishedAndOnlyThen() throws Exception {
    ClusterBuild builder = builder();
    ContentSet content = content();
    builder.run(content.withInteraction(interaction(List.of())));

    BuildReport added =
        builder.run(content.withInteraction(interaction(List.of(HEATING))), Optional.of(Set.of()));

    assertThat(added.writtenPaths())
        .containsExactlyInAnyOrder("letters/mayor/index.html", "en/letters/mayor/index.html");
    assertThat(page("letters/mayor/index.html").select("article.letter")).hasSize(1);
    BuildReport again =
        builder.run(content.withInteraction(interaction(List.of(HEATING))), Optional.of(Set.of()));
    assertThat(again.rendered()).isZero();
    assertThat(again.writtenPaths()).isEmpty();

    BuildReport itemChanged =
        builder.run(
            content(
                    """
                    -- portal/about/overview.zh-CN.md --
                    ---
                    type: page
                    title: 长春概况（2026年版）
                    published: 2025-01-01T00:00:00+08:00
                    ---
                    长春是吉林省省会。
                    """)
                .withInteraction(interaction(List.of(HEATING))),
            Optional.of(Set.of(new ItemReference("portal", "overview"))));
    assertThat(itemChanged.writtenPaths())
        .contains("about/overview.html")
        .noneMatch(path -> path.contains("letters/") || path.contains("consultations/"));
  }

  @Test
  void leavesOutAColumnWhoseCodeIsAnInteractionFolderAndKeepsTheInteractionPages()
      throws Exception {
    BuildReport report =
        build(
            interaction(List.of()),
            PORTAL_COLUMNS
                + """
                - code: consultations
                  names: { zh-CN: 征集 }
                  category: interaction
                  types: [page]
                """);

    assertThat(report.problems())
        .anySatisfy(
            p ->
                assertThat(p.reason())
                    .contains("column consultations left out")
                    .contains("consultations/index.html"));
    assertThat(page("consultations/index.html").select("h1").text()).isEqualTo("征集调查");
  }

  // ---- helpers

  /**
   * The mayor's mailbox and fgw's, the letters given, two months of figures, four consultations.
   */
  private static PublicInteraction interaction(List<PublishedLetter> letters) {
    return new PublicInteraction(
        List.of(MAYOR, FGW_MAILBOX),
        letters,
        List.of(
            new ChannelMonth(
                "portal",
                "mayor",
                YearMonth.of(2026, 2),
                3,
                0,
                0,
                OptionalDouble.empty(),
                0,
                OptionalDouble.empty()),
            new ChannelMonth(
                "portal",
                "mayor",
                YearMonth.of(2026, 1),
                12,
                10,
                9,
                OptionalDouble.of(4.25),
                8,
                OptionalDouble.of(0.95))),
        List.of(
            consultation(
                "bus-routes",
                "公交线网优化方案征求意见",
                "关于**公交线网**的方案。<script>alert(1)</script>",
                "2026-07-01",
                "2026-07-15",
                Optional.empty()),
            consultation("parks", "城市公园建设征集", "公园。", "2026-07-16", "2026-08-15", Optional.empty()),
            consultation(
                "old-town", "老城区改造意见征集", "老城区。", "2026-05-01", "2026-06-01", Optional.empty()),
            consultation(
                "night-market",
                "夜市设置意见征集",
                "夜市。",
                "2026-04-01",
                "2026-05-01",
                Optional.of("共收到意见 30 条，采纳意见 12 条。"))));
  }

  private static PublicConsultation consultation(
      String code,
      String title,
      String text,
      String opens,
      String closes,
      Optional<String> result) {
    return new PublicConsultation(
        "portal",
        code,
        title,
        text,
        LocalDate.parse(opens),
        LocalDate.parse(closes),
        7,
        result,
        result.map(r -> LocalDate.of(2026, 6, 10)));
  }

  private BuildReport build(PublicInteraction interaction, String... extra) throws Exception {
    return builder().run(content(extra).withInteraction(interaction));
  }

  private ContentSet content(String... extra) throws Exception {
    List<String> texts = new ArrayList<>(List.of(TestContent.MINI_CLUSTER, PORTAL_COLUMNS));
    texts.addAll(List.of(extra));
    Path folder = TestContent.write(temp.resolve("content"), texts.toArray(String[]::new));
    return new ContentReader().read(folder);
  }

  private ClusterBuild builder() {
    return new ClusterBuild(
        new ClusterBuild.Settings(
            PROJECT.resolve("site-templates"),
            PROJECT.resolve("i18n"),
            output(),
            Optional.empty(),
            Optional.empty(),
            false),
        ClusterBuild.Progress.NONE,
        JULY_15);
  }

  private Path output() {
    return temp.resolve("public");
  }

  private Document page(String path) throws IOException {
    Path file = output().resolve(path);
    assertThat(file).as(path).exists();
    return Jsoup.parse(file.toFile(), "UTF-8", "https://www.example.gov.cn/" + path);
  }

  private static String hidden(Element form, String name) {
    Element input = form.selectFirst("input[type=hidden][name=" + name + "]");
    assertThat(input).as("hidden field " + name).isNotNull();
    return input.attr("value");
  }
}
