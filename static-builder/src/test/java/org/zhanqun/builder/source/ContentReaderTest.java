package org.zhanqun.builder.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.testing.TestContent;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.item.DocumentNumber;
import org.zhanqun.model.item.FormFile;
import org.zhanqun.model.item.GuideElement;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.IndexNumber;
import org.zhanqun.model.item.InterpretationForm;
import org.zhanqun.model.item.InterpretationPart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.item.PolicyPart;
import org.zhanqun.model.item.Validity;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteKind;
import org.zhanqun.model.yaml.ContentProblem;

class ContentReaderTest {

  @TempDir Path content;

  private final ContentReader reader = new ContentReader();

  // ---- a valid cluster ----

  @Test
  void readsTheClusterItsSitesAndTheirColumnTrees() throws Exception {
    Cluster cluster = read(TestContent.MINI_CLUSTER).cluster();

    assertThat(cluster.id()).isEqualTo("changchun");
    assertThat(cluster.names().byLanguage())
        .containsEntry("zh-CN", "中国·长春")
        .containsEntry("en", "Changchun China");
    assertThat(cluster.baseUrl()).hasToString("https://www.example.gov.cn/");
    assertThat(cluster.defaultLanguage()).isEqualTo("zh-CN");
    assertThat(cluster.languages()).containsExactly("zh-CN", "en");
    assertThat(cluster.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(cluster.sites()).extracting(Site::id).containsExactly("portal", "fgw");
    assertThat(cluster.portal().id()).isEqualTo("portal");

    Site portal = cluster.site("portal").orElseThrow();
    assertThat(portal.kind()).isEqualTo(SiteKind.PORTAL);
    assertThat(portal.path()).isEmpty();
    assertThat(portal.theme()).isEqualTo("portal");
    assertThat(portal.identification())
        .isEqualTo(
            new Identification(
                "2201000001",
                "吉ICP备05000000号",
                "吉公网安备 22010202000000号",
                "0431-88888888",
                "webmaster@example.gov.cn",
                "长春市人民大街 0000 号"));

    Site fgw = cluster.site("fgw").orElseThrow();
    assertThat(fgw.kind()).isEqualTo(SiteKind.DEPARTMENT);
    assertThat(fgw.path()).isEqualTo("fgw/");
    assertThat(fgw.department()).isEqualTo("长春市发展和改革委员会");
    assertThat(fgw.sourceLanguage()).isEqualTo("zh-CN");
    assertThat(fgw.identification()).isEqualTo(Identification.NONE);
    assertThat(fgw.columns())
        .extracting(Column::code)
        .containsExactly("news", "policy", "interpretation", "guide", "forms");
    Column normative = fgw.column("normative").orElseThrow();
    assertThat(normative.path()).isEqualTo("policy/normative");
    assertThat(normative.category()).isEqualTo(ColumnCategory.POLICY);
    assertThat(normative.types()).containsExactly(ContentType.POLICY);
    assertThat(normative.names().byLanguage()).containsOnlyKeys("zh-CN");
    assertThat(fgw.column("policy").orElseThrow().children()).containsExactly(normative);
  }

  @Test
  void readsEveryItemSortedByFileWithItsDatesAndHash() throws Exception {
    ContentSet set = read(TestContent.MINI_CLUSTER);

    assertThat(set.items())
        .extracting(Item::file)
        .containsExactly(
            "fgw/forms/cost-review-form.zh-CN.md",
            "fgw/guide/cost-review.zh-CN.md",
            "fgw/interpretation/private-economy-graphic.zh-CN.md",
            "fgw/news/price-monitoring.zh-CN.md",
            "fgw/policy/normative/private-economy-measures.zh-CN.md",
            "portal/about/overview.zh-CN.md",
            "portal/news/flood-notice.en.md",
            "portal/news/flood-notice.zh-CN.md");

    Item news = item(set, "portal/news/flood-notice.zh-CN.md");
    assertThat(news.site()).isEqualTo("portal");
    assertThat(news.column()).isEqualTo("news");
    assertThat(news.slug()).isEqualTo("flood-notice");
    assertThat(news.language()).isEqualTo("zh-CN");
    assertThat(news.type()).isEqualTo(ContentType.NEWS);
    assertThat(news.title()).isEqualTo("关于做好防汛工作的通知");
    assertThat(news.translationKey()).isEqualTo("flood-notice");
    assertThat(news.summary()).isEqualTo("各地做好防汛准备。");
    assertThat(news.source()).isEqualTo("长春市应急管理局");
    assertThat(news.tags()).containsExactly("防汛", "应急");
    assertThat(news.published()).isEqualTo(OffsetDateTime.parse("2026-07-01T08:00:00+08:00"));
    assertThat(news.updated()).isEqualTo(OffsetDateTime.parse("2026-07-02T10:30:00+08:00"));
    assertThat(news.draft()).isFalse();
    assertThat(news.body()).isEqualTo("## 防汛\n\n各地要做好准备。\n");
    assertThat(news.policy()).isNull();
    assertThat(news.contentHash())
        .isEqualTo(sha256(Files.readAllBytes(content.resolve(news.file()))));

    Item draft = item(set, "fgw/news/price-monitoring.zh-CN.md");
    assertThat(draft.draft()).isTrue();
    assertThat(draft.published()).isNull();
    assertThat(draft.tags()).isEmpty();
  }

  @Test
  void readsTheDateTimesWithoutOffsetInTheClusterTimeZone() throws Exception {
    ContentSet set =
        read(
            TestContent.MINI_CLUSTER,
            """
            -- cluster.yaml --
            id: changchun
            names: { zh-CN: 中国·长春 }
            baseUrl: https://www.example.gov.cn/
            defaultLanguage: zh-CN
            languages: [zh-CN, en]
            timeZone: Europe/Berlin
            sites: [portal, fgw]
            -- portal/news/summer.zh-CN.md --
            ---
            type: news
            title: 夏令时
            published: 2026-07-01T08:00
            updated: 2026-12-01T08:00:00
            ---
            """);

    Item summer = item(set, "portal/news/summer.zh-CN.md");
    assertThat(summer.published()).isEqualTo(OffsetDateTime.parse("2026-07-01T08:00+02:00"));
    assertThat(summer.updated()).isEqualTo(OffsetDateTime.parse("2026-12-01T08:00+01:00"));
  }

  @Test
  void readsThePartOfEachTypeAndResolvesReferences() throws Exception {
    ContentSet set = read(TestContent.MINI_CLUSTER);

    Item policy = item(set, "fgw/policy/normative/private-economy-measures.zh-CN.md");
    assertThat(policy.column()).isEqualTo("normative");
    assertThat(policy.policy())
        .isEqualTo(
            new PolicyPart(
                new IndexNumber("11220100MB1234567X/2024-00012"),
                "长春市人民政府",
                new DocumentNumber("长府发〔2024〕3号"),
                LocalDate.of(2024, 3, 10),
                "综合政务",
                List.of("民营经济", "营商环境"),
                Validity.VALID,
                null));

    Item interpretation = item(set, "fgw/interpretation/private-economy-graphic.zh-CN.md");
    ItemReference measures = new ItemReference("fgw", "private-economy-measures");
    assertThat(interpretation.interpretation())
        .isEqualTo(new InterpretationPart<>(List.of(measures), InterpretationForm.GRAPHIC));
    assertThat(set.resolve(measures, "en")).contains(policy);

    Item guide = item(set, "fgw/guide/cost-review.zh-CN.md");
    ItemReference form = new ItemReference("fgw", "cost-review-form");
    assertThat(guide.guide().materials())
        .containsExactly(
            new GuidePart.Material<>("定价成本监审申请表", form, 1, true, true),
            new GuidePart.Material<>("近三年财务报表", null, 1, null, null));
    assertThat(guide.guide().process()).containsExactly("申请", "受理", "审核", "出具结论");
    assertThat(guide.guide().timeLimit()).isEqualTo(new GuidePart.TimeLimit(60, 30));
    assertThat(guide.guide().onlineUrl()).isEqualTo("https://zwfw.example.gov.cn/item/0001");
    assertThat(guide.guide().forms()).containsExactly(form);
    assertThat(guide.guide().missingElements())
        .extracting(GuideElement::field)
        .containsExactly("location", "hours", "department", "phone", "supervisionPhone");

    Item formItem = item(set, "fgw/forms/cost-review-form.zh-CN.md");
    assertThat(set.resolve(form, "zh-CN")).contains(formItem);
    Path pdf = content.resolve("fgw/forms/files/定价成本监审申请表.pdf");
    byte[] pdfBytes = Files.readAllBytes(pdf);
    assertThat(formItem.form())
        .isEqualTo(
            new FormFile(
                "files/定价成本监审申请表.pdf",
                pdf.toAbsolutePath().normalize(),
                "PDF",
                "application/pdf",
                pdfBytes.length,
                sha256(pdfBytes)));
    assertThat(formItem.form().fileName()).isEqualTo("定价成本监审申请表.pdf");
    assertThat(formItem.contentHash())
        .as("the item file and the form file")
        .isEqualTo(sha256(Files.readAllBytes(content.resolve(formItem.file())), pdfBytes));
  }

  @Test
  void groupsTranslationsByTranslationKeyAndLeavesDraftsOut() throws Exception {
    ContentSet set =
        read(
            TestContent.MINI_CLUSTER,
            """
            -- portal/news/flood-notice-in-english.en.md --
            ---
            type: news
            title: Flood prevention, revised
            translationKey: flood-notice
            published: 2026-07-03T08:00:00+08:00
            ---
            -- portal/news/flood-notice.en.md (delete) --
            """);

    assertThat(set.translationGroup(new ItemReference("portal", "flood-notice")))
        .extracting(Item::file)
        .containsExactlyInAnyOrder(
            "portal/news/flood-notice-in-english.en.md", "portal/news/flood-notice.zh-CN.md");
    assertThat(set.translationGroup(new ItemReference("fgw", "price-monitoring"))).isEmpty();
  }

  @Test
  void readsTheSameFolderIntoEqualContentSets() throws Exception {
    TestContent.write(content, TestContent.MINI_CLUSTER);

    assertThat(reader.read(content)).isEqualTo(reader.read(content));
  }

  @Test
  void canonicalisesLanguageTagsAndDocumentNumberBrackets() throws Exception {
    ContentSet set =
        read(
            TestContent.MINI_CLUSTER,
            """
            -- fgw/policy/price-rules.ZH-cn.md --
            ---
            type: policy
            title: 价格管理办法
            published: 2024-05-01T09:00:00+08:00
            policy:
              indexNo: " 013275466/2023-00008 "
              issuer: 长春市发展和改革委员会
              docNo: 长发改发【2023】12号
              writtenOn: 2023-04-20
              validity: amended
              validUntil: 2028-12-31
            ---
            """);

    Item policy = item(set, "fgw/policy/price-rules.ZH-cn.md");
    assertThat(policy.language()).isEqualTo("zh-CN");
    assertThat(policy.policy().indexNo()).isEqualTo(new IndexNumber("013275466/2023-00008"));
    assertThat(policy.policy().docNo()).isEqualTo(new DocumentNumber("长发改发〔2023〕12号"));
    assertThat(policy.policy().validity()).isEqualTo(Validity.AMENDED);
    assertThat(policy.policy().validUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
  }

  @Test
  void letsTheLanguageVersionsOfOnePolicyShareTheirIndexNumber() throws Exception {
    ContentSet set =
        read(
            TestContent.MINI_CLUSTER,
            """
            -- fgw/policy/normative/private-economy-measures.en.md --
            ---
            type: policy
            title: Measures to promote the private economy
            published: 2024-03-15T09:30:00+08:00
            policy:
              indexNo: 11220100MB1234567X/2024-00012
              issuer: Changchun Municipal People's Government
              writtenOn: 2024-03-10
            ---
            """);

    assertThat(set.translationGroup(new ItemReference("fgw", "private-economy-measures")))
        .hasSize(2);
  }

  @Test
  void skipsHiddenFilesAndTheFilesFolderOfAColumn() throws Exception {
    ContentSet set =
        read(
            TestContent.MINI_CLUSTER,
            """
            -- .git/config --
            x
            -- fgw/news/.DS_Store --
            x
            -- fgw/forms/files/unused.txt --
            x
            """);

    assertThat(set.items()).hasSize(8);
  }

  @Test
  void acceptsTheProofreadersOperatorFileBesideClusterYamlButNoOtherFile() throws Exception {
    assertThat(read(TestContent.MINI_CLUSTER, "-- proofreading.yaml --\nallow: []\n").items())
        .hasSize(8);
    assertThat(problemsOf(TestContent.MINI_CLUSTER, "-- notes.txt --\nx\n"))
        .extracting(ContentProblem::toString)
        .containsExactly(
            "notes.txt: unexpected file: the content folder holds cluster.yaml, interaction.yaml,"
                + " proofreading.yaml and site folders");
  }

  // ---- interaction.yaml ----

  @Test
  void readsTheLetterChannelsOfTheSites() throws Exception {
    ContentSet set =
        read(
            TestContent.MINI_CLUSTER,
            """
            -- interaction.yaml --
            channels:
              - site: portal
                code: mayor
                names: { zh-CN: 市长信箱, en: Mayor's Mailbox }
                kinds: [complaint, consultation]
                replyDays: 10
              - site: fgw
                code: mailbox
                names: { zh-CN: 局长信箱 }
                kinds: [suggestion]
                replyDays: 5
            """);

    assertThat(set.interaction().channels())
        .extracting(Channel::site, Channel::code, Channel::kinds, Channel::replyDays)
        .containsExactly(
            tuple("portal", "mayor", List.of(LetterKind.COMPLAINT, LetterKind.CONSULTATION), 10),
            tuple("fgw", "mailbox", List.of(LetterKind.SUGGESTION), 5));
    assertThat(set.interaction().channelsOf("portal").get(0).names().byLanguage())
        .containsEntry("en", "Mayor's Mailbox");
    assertThat(set.interaction().letters()).isEmpty();
  }

  @Test
  void refusesTheChannelCodeOfTheLettersQueryPage() {
    assertThat(
            problemsOf(
                TestContent.MINI_CLUSTER,
                """
                -- interaction.yaml --
                channels:
                  - site: fgw
                    code: query
                    names: { zh-CN: 查询 }
                    kinds: [consultation]
                    replyDays: 5
                """))
        .extracting(ContentProblem::toString)
        .containsExactly(
            "interaction.yaml:3: channels[].code: 'query' is the folder of the letters' query page;"
                + " choose another");
  }

  @Test
  void refusesAChannelOfAnUnknownSiteAnUnknownKindAndAReplyLimitOutOfRange() {
    assertThat(
            problemsOf(
                TestContent.MINI_CLUSTER,
                """
                -- interaction.yaml --
                channels:
                  - site: nowhere
                    code: mayor
                    names: { zh-CN: 市长信箱 }
                    kinds: [complaint]
                    replyDays: 5
                  - site: fgw
                    code: mailbox
                    names: { zh-CN: 局长信箱 }
                    kinds: [praise]
                    replyDays: 90
                  - site: fgw
                    code: mailbox
                    names: { en: Mailbox }
                    kinds: [complaint]
                    replyDays: 5
                """))
        .extracting(ContentProblem::toString)
        .containsExactly(
            "interaction.yaml:2: channels[].site: 'nowhere' is not a site of the cluster",
            "interaction.yaml:10: channels[].kinds: 'praise' is not a kind of letter"
                + " (consultation, complaint, suggestion)",
            "interaction.yaml:11: channels[].replyDays: must be 1 to 60 working days, found 90",
            "interaction.yaml:14: channels[].names: must include the site's first language,"
                + " zh-CN");
  }

  @Test
  void keepsTheItemsItCouldReadWhenOthersHaveProblems() {
    try {
      read(TestContent.MINI_CLUSTER, item("fgw/news/bad.zh-CN.md", "type: article"));
      fail("expected the content to be invalid");
    } catch (InvalidContentException e) {
      assertThat(e.readable())
          .extracting(Item::file)
          .hasSize(8)
          .doesNotContain("fgw/news/bad.zh-CN.md");
      assertThat(e.readable()).extracting(Item::file).isSorted();
    }
  }

  // ---- item files ----

  @Test
  void refusesAnUnknownType() {
    assertOnlyProblem(
        item("fgw/news/bad.zh-CN.md", "type: article"),
        "fgw/news/bad.zh-CN.md",
        2,
        "type: 'article' is not a content type (news, policy, interpretation, guide, form, page)");
  }

  @Test
  void refusesAnItemWithoutTitle() {
    assertOnlyProblem(
        """
        -- fgw/news/untitled.zh-CN.md --
        ---
        type: news
        published: 2026-01-05T09:00:00+08:00
        ---
        """,
        "fgw/news/untitled.zh-CN.md",
        2,
        "title is required");
  }

  @Test
  void refusesAPublishedItemWithoutPublicationTime() {
    assertOnlyProblem(
        """
        -- fgw/news/undated.zh-CN.md --
        ---
        type: news
        title: 无日期
        ---
        """,
        "fgw/news/undated.zh-CN.md",
        2,
        "published is required");
  }

  @Test
  void refusesADateTimeThatIsNotIso8601() {
    assertOnlyProblem(
        """
        -- fgw/news/bad-date.zh-CN.md --
        ---
        type: news
        title: 日期错误
        published: 2026-13-45T09:00:00+08:00
        ---
        """,
        "fgw/news/bad-date.zh-CN.md",
        4,
        "published: '2026-13-45T09:00:00+08:00' is not an ISO 8601 date-time such as"
            + " 2024-03-15T09:30:00+08:00");
  }

  @Test
  void refusesAWrittenOnDateThatIsNotYearMonthDay() {
    assertOnlyProblem(
        policy("fgw/policy/late.zh-CN.md", "22010000000/2024-00999", "writtenOn: 2024-3-10"),
        "fgw/policy/late.zh-CN.md",
        8,
        "policy.writtenOn: '2024-3-10' is not a date YYYY-MM-DD");
  }

  @Test
  void refusesASlugUsedTwiceInOneSiteAndLanguage() {
    assertOnlyProblem(
        """
        -- portal/about/flood-notice.zh-CN.md --
        ---
        type: page
        title: 防汛
        published: 2026-01-05T09:00:00+08:00
        ---
        """,
        "portal/news/flood-notice.zh-CN.md",
        0,
        "slug 'flood-notice' in zh-CN is already used by portal/about/flood-notice.zh-CN.md");
  }

  @Test
  void refusesATranslationKeyGivenTwiceInOneLanguage() {
    assertOnlyProblem(
        """
        -- portal/news/other.zh-CN.md --
        ---
        type: news
        title: 另一条
        translationKey: flood-notice
        published: 2026-01-05T09:00:00+08:00
        ---
        """,
        "portal/news/other.zh-CN.md",
        4,
        "translationKey 'flood-notice' in zh-CN is already the key of"
            + " portal/news/flood-notice.zh-CN.md");
  }

  @Test
  void refusesAnIndexNumberOfAnotherPolicy() {
    assertOnlyProblem(
        policy(
            "fgw/policy/other-measures.zh-CN.md",
            "11220100MB1234567X/2024-00012",
            "writtenOn: 2024-03-10"),
        "fgw/policy/other-measures.zh-CN.md",
        6,
        "policy.indexNo '11220100MB1234567X/2024-00012' is already the 索引号 of"
            + " fgw/policy/normative/private-economy-measures.zh-CN.md");
  }

  @Test
  void refusesAnIndexNumberWithLowerCaseLetters() {
    assertOnlyProblem(
        policy(
            "fgw/policy/lower.zh-CN.md", "11220100mb1234567x/2024-00013", "writtenOn: 2024-03-10"),
        "fgw/policy/lower.zh-CN.md",
        6,
        "lower-case letters are refused");
  }

  @Test
  void refusesADocumentNumberWithoutBracketedYear() {
    assertOnlyProblem(
        policy(
            "fgw/policy/decree.zh-CN.md",
            "22010000000/2024-00999",
            "writtenOn: 2024-03-10\n  docNo: 长府发{2024}3号"),
        "fgw/policy/decree.zh-CN.md",
        9,
        "policy.docNo: '长府发{2024}3号' is not a 文号: issuer code, year in 〔〕 and serial");
  }

  @Test
  void acceptsTheNumberOfAGovernmentOrderAsTheServerDoes() throws Exception {
    ContentSet set =
        read(
            TestContent.MINI_CLUSTER,
            policy(
                "fgw/policy/decree.zh-CN.md",
                "22010000000/2024-00999",
                "writtenOn: 2024-03-10\n  docNo: 长春市人民政府令第98号"));

    assertThat(item(set, "fgw/policy/decree.zh-CN.md").policy().docNo())
        .isEqualTo(new DocumentNumber("长春市人民政府令第98号"));
  }

  @Test
  void refusesAnInterpretationOfAPolicyThatDoesNotExist() {
    assertOnlyProblem(
        """
        -- fgw/interpretation/private-economy-graphic.zh-CN.md --
        ---
        type: interpretation
        title: 图解
        published: 2024-03-16T10:00:00+08:00
        interpretation:
          interprets:
            - fgw/private-economy-measures
            - fgw/no-such-policy
        ---
        """,
        "fgw/interpretation/private-economy-graphic.zh-CN.md",
        8,
        "interpretation.interprets: 'fgw/no-such-policy' does not resolve: no published item of"
            + " site fgw has translationKey 'no-such-policy'");
  }

  @Test
  void refusesAnInterpretationOfADraftOrOfAnItemThatIsNoPolicy() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- fgw/interpretation/private-economy-graphic.zh-CN.md --
            ---
            type: interpretation
            title: 图解
            published: 2024-03-16T10:00:00+08:00
            interpretation:
              interprets: [fgw/price-monitoring, portal/flood-notice]
            ---
            """);

    assertThat(problems)
        .extracting(ContentProblem::reason)
        .containsExactly(
            "interpretation.interprets: 'fgw/price-monitoring' does not resolve: no published item"
                + " of site fgw has translationKey 'price-monitoring'",
            "interpretation.interprets: 'portal/flood-notice' does not resolve: it is a news item"
                + " (portal/news/flood-notice.zh-CN.md), not a policy");
  }

  @Test
  void refusesAGuideWhoseFormDoesNotResolve() {
    assertOnlyProblem(
        """
        -- fgw/guide/cost-review.zh-CN.md --
        ---
        type: guide
        title: 办事指南
        published: 2025-01-06T09:00:00+08:00
        guide:
          forms: [fgw/cost-review-form, fgw/missing-form]
        ---
        """,
        "fgw/guide/cost-review.zh-CN.md",
        6,
        "guide.forms: 'fgw/missing-form' does not resolve");
  }

  @Test
  void refusesAMaterialWithoutNameOrWithNegativeCopies() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- fgw/guide/cost-review.zh-CN.md --
            ---
            type: guide
            title: 办事指南
            published: 2025-01-06T09:00:00+08:00
            guide:
              materials:
                - { copies: 1 }
                - { name: 申请表, copies: -1, form: fgw/cost-review }
              onlineUrl: ftp://example.gov.cn/
            ---
            """);

    assertThat(problems)
        .extracting(ContentProblem::line, ContentProblem::reason)
        .containsExactly(
            tuple(7, "guide.materials[].name is required"),
            tuple(8, "guide.materials[].copies: must not be negative, found -1"),
            tuple(
                8,
                "guide.materials[].form: 'fgw/cost-review' does not resolve: it is a guide item"
                    + " (fgw/guide/cost-review.zh-CN.md), not a form"),
            tuple(9, "guide.onlineUrl: 'ftp://example.gov.cn/' is not an http:// or https:// URL"));
  }

  @Test
  void refusesAFormWhoseFileIsMissing() {
    assertOnlyProblem(
        "-- fgw/forms/files/定价成本监审申请表.pdf (delete) --",
        "fgw/forms/cost-review-form.zh-CN.md",
        6,
        "form.file: fgw/forms/files/定价成本监审申请表.pdf does not exist");
  }

  @Test
  void refusesAFormFileWhoseFirstBytesDoNotMatchItsExtension() {
    assertOnlyProblem(
        """
        -- fgw/forms/files/定价成本监审申请表.pdf (hex) --
        4D 5A 90 00 03 00 00 00
        """,
        "fgw/forms/cost-review-form.zh-CN.md",
        6,
        "form.file: fgw/forms/files/定价成本监审申请表.pdf does not start as a PDF file (%PDF-), as a"
            + " .pdf file must");
  }

  @Test
  void acceptsAnOleWordDocumentAndRefusesAnUnacceptedExtension() throws Exception {
    String form =
        """
        -- fgw/forms/old-form.zh-CN.md --
        ---
        type: form
        title: 旧表
        published: 2025-01-06T09:00:00+08:00
        form: { file: files/旧表.DOC }
        ---
        -- fgw/forms/files/旧表.DOC (hex) --
        D0 CF 11 E0 A1 B1 1A E1 00 00
        """;
    FormFile part =
        item(read(TestContent.MINI_CLUSTER, form), "fgw/forms/old-form.zh-CN.md").form();
    assertThat(part.format()).isEqualTo("DOC");
    assertThat(part.mediaType()).isEqualTo("application/msword");
    assertThat(part.size()).isEqualTo(10);

    assertOnlyProblem(
        form.replace("旧表.DOC", "旧表.exe"),
        "fgw/forms/old-form.zh-CN.md",
        5,
        "form.file: '旧表.exe' is not of an accepted format (pdf, doc, docx, xls, xlsx, odt, ods,"
            + " wps, ofd, zip)");
  }

  @Test
  void reportsInvalidYamlWithItsLineAndReason() {
    assertOnlyProblem(
        """
        -- fgw/news/broken.zh-CN.md --
        ---
        type: news
        title: [未闭合
        published: 2026-01-05T09:00:00+08:00
        ---
        """,
        "fgw/news/broken.zh-CN.md",
        4,
        "invalid YAML: expected ',' or ']'");
  }

  @Test
  void refusesAnUnknownKeyNamingIt() {
    assertOnlyProblem(
        """
        -- fgw/news/typo.zh-CN.md --
        ---
        type: news
        title: 拼写错误
        published: 2026-01-05T09:00:00+08:00
        tag: [错误]
        ---
        """,
        "fgw/news/typo.zh-CN.md",
        5,
        "unknown key 'tag'");
  }

  @Test
  void refusesAnUnknownKeyInAPart() {
    assertOnlyProblem(
        policy(
            "fgw/policy/typo.zh-CN.md",
            "22010000000/2024-00999",
            "writtenOn: 2024-03-10\n  isuer: x"),
        "fgw/policy/typo.zh-CN.md",
        9,
        "unknown key 'policy.isuer'");
  }

  @Test
  void refusesAKeyGivenTwice() {
    assertOnlyProblem(
        """
        -- fgw/news/twice.zh-CN.md --
        ---
        type: news
        title: 一
        title: 二
        published: 2026-01-05T09:00:00+08:00
        ---
        """,
        "fgw/news/twice.zh-CN.md",
        4,
        "key 'title' is given twice (first on line 3)");
  }

  @Test
  void refusesFrontMatterThatIsNotClosed() {
    assertOnlyProblem(
        """
        -- fgw/news/open.zh-CN.md --
        ---
        type: news
        title: 未结束
        正文
        """,
        "fgw/news/open.zh-CN.md",
        1,
        "the front matter is not closed");
  }

  @Test
  void refusesAnItemFileWithoutFrontMatter() {
    assertOnlyProblem(
        """
        -- fgw/news/plain.zh-CN.md --
        只有正文
        """,
        "fgw/news/plain.zh-CN.md",
        1,
        "no front matter: an item file starts with a '---' line");
  }

  @Test
  void refusesAFileNameWithoutSlugLanguageAndExtension() {
    assertOnlyProblem(
        item("fgw/news/notes.md", "type: news"),
        "fgw/news/notes.md",
        0,
        "file name 'notes.md': an item file is named <slug>.<language>.md");
  }

  @Test
  void refusesAnUnderscoreInTheLanguageOfAFileName() {
    assertOnlyProblem(
        item("fgw/news/notes.zh_CN.md", "type: news"),
        "fgw/news/notes.zh_CN.md",
        0,
        "file name: 'zh_CN' is not a language tag");
  }

  @Test
  void refusesALanguageTheSiteDoesNotOffer() {
    assertOnlyProblem(
        item("fgw/news/notes.ru.md", "type: news"),
        "fgw/news/notes.ru.md",
        0,
        "file name: ru is not a language of site fgw (zh-CN, en)");
  }

  @Test
  void refusesATypeTheColumnDoesNotHold() {
    assertOnlyProblem(
        item("fgw/policy/normative/notice.zh-CN.md", "type: news"),
        "fgw/policy/normative/notice.zh-CN.md",
        2,
        "type: column policy/normative does not hold news items (its types: policy)");
  }

  @Test
  void refusesThePartOfAnotherTypeAndAMissingPart() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- fgw/news/with-policy.zh-CN.md --
            ---
            type: news
            title: 带政策
            published: 2026-01-05T09:00:00+08:00
            policy: { issuer: x }
            ---
            -- fgw/policy/without-part.zh-CN.md --
            ---
            type: policy
            title: 无元数据
            published: 2026-01-05T09:00:00+08:00
            ---
            """);

    assertThat(problems)
        .containsExactly(
            new ContentProblem(
                "fgw/news/with-policy.zh-CN.md",
                5,
                "'policy' is the part of policy items; a news item must not carry it"),
            new ContentProblem(
                "fgw/policy/without-part.zh-CN.md", 2, "a policy item needs its 'policy:' part"));
  }

  @Test
  void refusesTextsLongerThanTheirLimits() {
    assertOnlyProblem(
        item("fgw/news/long.zh-CN.md", "type: news\nsummary: " + "长".repeat(2001)),
        "fgw/news/long.zh-CN.md",
        3,
        "summary: at most 2000 characters, found 2001");
  }

  @Test
  void refusesAFolderThatIsNoColumn() {
    assertOnlyProblem(
        item("fgw/misc/notes.zh-CN.md", "type: news"),
        "fgw/misc",
        0,
        "folder 'misc' is not a column here: columns.yaml of fgw has no such column at this place");
  }

  @Test
  void refusesAColumnFolderThatDoesNotNestAsTheTreeDoes() {
    assertOnlyProblem(
        item("fgw/normative/notes.zh-CN.md", "type: policy"),
        "fgw/normative",
        0,
        "column 'normative' has the folder fgw/policy/normative");
  }

  // ---- cluster.yaml, site.yaml, columns.yaml ----

  @Test
  void refusesClusterSettingsThatBreakTheirRules() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- cluster.yaml --
            id: changchun
            names: { zh-CN: 中国·长春, ru: Чанчунь }
            baseUrl: https://www.example.gov.cn
            defaultLanguage: ko
            languages: [zh-cn, en]
            timeZone: Asia/Beijing
            sites: [portal, fgw]
            """);

    assertThat(problems)
        .containsExactly(
            new ContentProblem(
                "cluster.yaml", 2, "names.ru: ru is not a language of the cluster (zh-CN, en)"),
            new ContentProblem(
                "cluster.yaml",
                3,
                "baseUrl: 'https://www.example.gov.cn' is not an http:// or https:// URL ending in"
                    + " '/'"),
            new ContentProblem(
                "cluster.yaml", 4, "defaultLanguage: ko is not one of languages (zh-CN, en)"),
            new ContentProblem(
                "cluster.yaml",
                6,
                "timeZone: 'Asia/Beijing' is not an IANA time zone such as Asia/Shanghai"));
  }

  @Test
  void refusesALanguageTagWithUnderscoreOrExtension() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- cluster.yaml --
            id: changchun
            names: { zh-CN: 中国·长春 }
            baseUrl: https://www.example.gov.cn/
            defaultLanguage: zh-CN
            languages: [zh-CN, en, zh_TW, zh-CN-x-private]
            timeZone: Asia/Shanghai
            sites: [portal, fgw]
            """);

    assertThat(problems)
        .extracting(ContentProblem::file, ContentProblem::line, ContentProblem::reason)
        .containsExactly(
            tuple(
                "cluster.yaml",
                5,
                "languages: 'zh-CN-x-private' is not a language tag such as zh-CN, en or"
                    + " zh-Hant-TW (language, optional script, optional region; no extensions)"),
            tuple(
                "cluster.yaml",
                5,
                "languages: 'zh_TW' is not a language tag such as zh-CN, en or zh-Hant-TW (language,"
                    + " optional script, optional region; no extensions): use '-', not '_'"));
  }

  @Test
  void refusesSiteFoldersTheClusterDoesNotListAndListedSitesWithoutFolder() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- cluster.yaml --
            id: changchun
            names: { zh-CN: 中国·长春 }
            baseUrl: https://www.example.gov.cn/
            defaultLanguage: zh-CN
            languages: [zh-CN, en]
            timeZone: Asia/Shanghai
            sites:
              - portal
              - jyj
            """);

    assertThat(problems)
        .containsExactly(
            new ContentProblem("cluster.yaml", 7, "sites: does not list the site folder 'fgw'"),
            new ContentProblem("cluster.yaml", 9, "sites: 'jyj' has no site folder"));
  }

  @Test
  void refusesASecondPortalAndAPathUsedTwice() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- fgw/site.yaml --
            kind: portal
            names: { zh-CN: 长春市发展和改革委员会 }
            department: 长春市发展和改革委员会
            path: ""
            theme: department
            languages: [zh-CN, en]
            """);

    assertThat(problems)
        .containsExactly(
            new ContentProblem(
                "fgw/site.yaml", 1, "kind: a second portal; site 'portal' is already the portal"),
            new ContentProblem(
                "fgw/site.yaml", 4, "path: '' is already the path of site 'portal'"));
  }

  @Test
  void refusesAClusterWithoutPortal() {
    assertOnlyProblem(
        """
        -- portal/site.yaml --
        kind: department
        names: { zh-CN: 门户 }
        department: 长春市人民政府办公厅
        path: portal/
        theme: portal
        languages: [zh-CN, en]
        """,
        "cluster.yaml",
        7,
        "sites: none is the portal; one site.yaml must say kind: portal");
  }

  @Test
  void refusesSiteSettingsThatBreakTheirRules() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- fgw/site.yaml --
            kind: department
            names: { en: Development and Reform Commission }
            department: 长春市发展和改革委员会
            path: Fgw
            theme: " "
            languages: [zh-CN, en]
            identification:
              siteCode: "22010000"
              contact: { email: webmaster.example.gov.cn, fax: "0431-1" }
            """);

    assertThat(problems)
        .containsExactly(
            new ContentProblem(
                "fgw/site.yaml", 2, "names: must include the site's first language, zh-CN"),
            new ContentProblem(
                "fgw/site.yaml",
                4,
                "path: 'Fgw' is not a site path: lower-case segments each ending in '/', e.g. fgw/;"
                    + " empty for the portal"),
            new ContentProblem("fgw/site.yaml", 5, "theme: must not be blank"),
            new ContentProblem(
                "fgw/site.yaml",
                8,
                "identification.siteCode: '22010000' is not a 网站标识码: 10 digits, or bm and 8 digits for a State Council department"),
            new ContentProblem(
                "fgw/site.yaml",
                9,
                "identification.contact.email: 'webmaster.example.gov.cn' is not an e-mail address"),
            new ContentProblem(
                "fgw/site.yaml",
                9,
                "unknown key 'identification.contact.fax'; expected one of phone, email, address"));
  }

  @Test
  void refusesASiteLanguageTheClusterDoesNotHave() {
    assertOnlyProblem(
        """
        -- fgw/site.yaml --
        kind: department
        names: { zh-CN: 长春市发展和改革委员会 }
        department: 长春市发展和改革委员会
        path: fgw/
        theme: department
        languages: [zh-CN, ko]
        """,
        "fgw/site.yaml",
        6,
        "languages: ko is not a language of the cluster (zh-CN, en)");
  }

  @Test
  void refusesColumnsThatBreakTheirRules() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- portal/columns.yaml --
            - code: news
              names: { zh-CN: 要闻动态 }
              category: dynamic
              types: [news]
            - code: about
              names: { zh-CN: 走进长春 }
              category: static
              types: [page]
              children:
                - code: News
                  names: { zh-CN: 坏 }
                  category: dynamic
                  types: [news]
                - code: news
                  names: { zh-CN: 重复 }
                  category: dynamic
                  types: [news]
                - code: history
                  names: { fr: Histoire }
                  category: archive
                  types: [article]
                - code: empty
                  names: { zh-CN: 空 }
                  category: static
                  types: []
            """);

    assertThat(problems)
        .containsExactly(
            new ContentProblem(
                "portal/columns.yaml",
                10,
                "code: 'News' is not a column code: 1 to 64 lower-case letters, digits or '-',"
                    + " starting with a letter"),
            new ContentProblem(
                "portal/columns.yaml",
                14,
                "code: 'news' is already the code of the column on line 1"),
            new ContentProblem(
                "portal/columns.yaml",
                19,
                "names.fr: fr is not a language of the site (zh-CN, en)"),
            new ContentProblem(
                "portal/columns.yaml",
                20,
                "category: 'archive' is not a column category (dynamic, notice, policy,"
                    + " interpretation, personnel, planning, guide, forms, interaction, static,"
                    + " special)"),
            new ContentProblem(
                "portal/columns.yaml",
                21,
                "types: 'article' is not a content type (news, policy, interpretation, guide, form,"
                    + " page)"),
            new ContentProblem(
                "portal/columns.yaml", 25, "types: must list at least one content type"));
  }

  @Test
  void refusesAMissingClusterFile() {
    assertOnlyProblem(
        "-- cluster.yaml (delete) --",
        "cluster.yaml",
        0,
        "missing: the content folder needs a cluster.yaml");
  }

  // ---- every problem at once ----

  @Test
  void reportsEveryProblemOfEveryFileInOneExceptionSortedByFileAndLine() {
    List<ContentProblem> problems =
        problemsOf(
            TestContent.MINI_CLUSTER,
            """
            -- portal/news/b.zh-CN.md --
            ---
            type: news
            title: 乙
            published: yesterday
            colour: red
            ---
            -- portal/news/a.zh-CN.md --
            ---
            type: news
            ---
            -- fgw/site.yaml --
            kind: agency
            names: { zh-CN: 长春市发展和改革委员会 }
            department: 长春市发展和改革委员会
            path: fgw/
            theme: department
            languages: [zh-CN, en]
            -- fgw/forms/files/定价成本监审申请表.pdf (delete) --
            """);

    assertThat(problems)
        .extracting(ContentProblem::file, ContentProblem::line)
        .containsExactly(
            tuple("fgw/forms/cost-review-form.zh-CN.md", 6),
            tuple("fgw/site.yaml", 1),
            tuple("portal/news/a.zh-CN.md", 2),
            tuple("portal/news/a.zh-CN.md", 2),
            tuple("portal/news/b.zh-CN.md", 4),
            tuple("portal/news/b.zh-CN.md", 5));
  }

  // ---- helpers ----

  private ContentSet read(String... texts) throws InvalidContentException {
    return reader.read(TestContent.write(content, texts));
  }

  private List<ContentProblem> problemsOf(String... texts) {
    try {
      ContentSet set = read(texts);
      return fail("expected the content to be invalid, but it read as " + set);
    } catch (InvalidContentException e) {
      assertThat(e.problems()).isNotEmpty().isSortedAccordingTo(ContentReaderTest::byFileAndLine);
      return e.problems();
    }
  }

  /** The mini cluster changed by {@code change} has exactly one problem, this one. */
  private void assertOnlyProblem(String change, String file, int line, String reasonStart) {
    assertThat(problemsOf(TestContent.MINI_CLUSTER, change))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo(file);
              assertThat(problem.line()).isEqualTo(line);
              assertThat(problem.reason()).contains(reasonStart);
            });
  }

  private static int byFileAndLine(ContentProblem a, ContentProblem b) {
    int byFile = a.file().compareTo(b.file());
    return byFile != 0 ? byFile : Integer.compare(a.line(), b.line());
  }

  private static Item item(ContentSet set, String file) {
    return set.items().stream()
        .filter(i -> i.file().equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + file));
  }

  /** An item file with {@code keys} (first line 2), a title and a publication time after them. */
  private static String item(String file, String keys) {
    return "-- "
        + file
        + " --\n---\n"
        + keys
        + "\ntitle: 标题\npublished: 2026-01-05T09:00:00+08:00\n---\n正文\n";
  }

  /** A policy item in fgw whose indexNo is on line 6 and {@code more} starts on line 8. */
  private static String policy(String file, String indexNo, String more) {
    return "-- "
        + file
        + " --\n---\ntype: policy\ntitle: 政策\npublished: 2024-03-15T09:30:00+08:00\npolicy:\n"
        + "  indexNo: "
        + indexNo
        + "\n  issuer: 长春市发展和改革委员会\n  "
        + more
        + "\n---\n";
  }

  private static String sha256(byte[]... parts) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (byte[] part : parts) {
      digest.update(part);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
