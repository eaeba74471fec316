package org.zhanqun.cms.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/** "My work" ({@code GET /work}): each caller's lists, of their own sites only. */
@ZhanqunIT
class WorkIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;
  private ApiClient reviewer;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
    reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
  }

  @Test
  void anEditorOfFgwSeesTheDraftsOfFgwOnlyAndNothingToReview() {
    long fgwDraft = create(editor, "fgw", "我的草稿");
    long jyjDraft = create(anonymous.as(DemoUser.EDITOR_JYJ), "jyj", "教育局的草稿");

    for (ApiResponse work : List.of(editor.get("work"), editor.get("work?site=fgw"))) {
      assertThat(work).hasStatus(200);
      List<JsonObject> drafts = list(work, "drafts");
      assertThat(drafts).extracting(d -> id(d)).contains(fgwDraft).doesNotContain(jyjDraft);
      assertThat(drafts).allSatisfy(d -> assertThat(d.getString("site")).isEqualTo("fgw"));
      assertThat(drafts.size()).isLessThanOrEqualTo(50);
      assertThat(work.json().getJsonNumber("draftsTotal").longValue())
          .isGreaterThanOrEqualTo(drafts.size());
      assertThat(list(work, "awaitingReview")).isEmpty();
    }
    JsonObject summary =
        list(editor.get("work?site=fgw"), "drafts").stream()
            .filter(d -> id(d) == fgwDraft)
            .findFirst()
            .orElseThrow();
    assertThat(summary.getString("title")).isEqualTo("我的草稿");
    assertThat(summary.getString("status")).isEqualTo("draft");
    assertThat(summary.getString("type")).isEqualTo("news");
    assertThat(summary.getString("language")).isEqualTo("zh-CN");
    assertThat(summary.getString("updatedBy")).isEqualTo("editor.fgw");
    assertThat(summary.getInt("version")).isPositive();
    assertThat(summary.containsKey("body")).as("a summary, not the item").isFalse();
    assertThat(editor.get("work?site=fgw").json().getString("site")).isEqualTo("fgw");
  }

  @Test
  void aReviewerSeesWhatAwaitsTheirReviewNewestFirst() {
    long older = submitted(create(editor, "fgw", "待审稿件一"));
    long newer = submitted(create(editor, "fgw", "待审稿件二"));

    ApiResponse work = reviewer.get("work?site=fgw");

    assertThat(work).hasStatus(200);
    List<Long> awaiting = list(work, "awaitingReview").stream().map(WorkIT::id).toList();
    assertThat(awaiting).containsSubsequence(newer, older);
    assertThat(list(work, "awaitingReview"))
        .allSatisfy(i -> assertThat(i.getString("status")).isEqualTo("in_review"));
    assertThat(work.json().getJsonNumber("awaitingReviewTotal").longValue())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aDraftSentBackShowsTheReviewersCommentAndGoesWhenResubmitted() {
    long item = submitted(create(editor, "fgw", "需要修改的稿件"));
    int version = editor.get("items/" + item).version();
    assertThat(
            reviewer.post(
                "items/" + item + "/workflow/send-back",
                object("comment", "请补充发布机关", "version", version)))
        .hasStatus(200);

    JsonObject sentBack =
        list(editor.get("work"), "sentBack").stream()
            .filter(s -> id(s.getJsonObject("item")) == item)
            .findFirst()
            .orElseThrow();

    assertThat(sentBack.getString("comment")).isEqualTo("请补充发布机关");
    assertThat(sentBack.getString("by")).isEqualTo("reviewer.fgw");
    assertThat(OffsetDateTime.parse(sentBack.getString("at")))
        .isCloseTo(
            OffsetDateTime.now(ZoneOffset.UTC),
            org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES));
    assertThat(sentBack.getJsonObject("item").getString("status")).isEqualTo("draft");

    submitted(item);
    assertThat(list(editor.get("work"), "sentBack"))
        .extracting(s -> id(s.getJsonObject("item")))
        .doesNotContain(item);
  }

  @Test
  void listsScheduledItemsAndOutdatedTranslations() {
    long scheduled = submitted(create(editor, "fgw", "定时发布的稿件"));
    String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(30).withNano(0).toString();
    assertThat(
            reviewer.post(
                "items/" + scheduled + "/workflow/publish",
                object("at", at, "version", editor.get("items/" + scheduled).version())))
        .hasStatus(200);
    JsonObject chinese =
        WorkflowSteps.create(
            editor,
            with(
                ItemRequests.news("fgw", editor.columnId("fgw", "news"), "源语言稿件"),
                "translationKey",
                Unique.slug("work")));
    long english =
        WorkflowSteps.create(
                editor,
                with(
                    ItemRequests.news("fgw", editor.columnId("fgw", "news"), "The translation"),
                    "language",
                    "en",
                    "translationKey",
                    chinese.getString("translationKey")))
            .getJsonNumber("id")
            .longValue();
    assertThat(
            editor.put(
                "items/" + chinese.getInt("id"),
                with(ItemRequests.changeOf(chinese), "body", "源语言正文（修订）。")))
        .hasStatus(200);

    ApiResponse work = editor.get("work?site=fgw");

    JsonObject listed =
        list(work, "scheduled").stream().filter(i -> id(i) == scheduled).findFirst().orElseThrow();
    assertThat(listed.getString("scheduledAt")).isNotBlank();
    assertThat(list(work, "outdatedTranslations")).extracting(WorkIT::id).contains(english);
    assertThat(list(work, "outdatedTranslations"))
        .extracting(WorkIT::id)
        .doesNotContain(chinese.getJsonNumber("id").longValue());
  }

  @Test
  void refusesASiteTheCallerHasNoRoleOnAndAnonymousCallers() {
    ApiResponse refused = editor.get("work?site=jyj");

    assertThat(refused).hasStatus(403);
    assertThat(refused.json().getString("message")).contains("jyj");
    assertThat(anonymous.get("work")).hasStatus(401);
  }

  @Test
  void evaluatorsAndAdministratorsMayReadAnySiteButNotOneThatDoesNotExist() {
    ApiResponse work = anonymous.as(DemoUser.EVALUATOR).get("work?site=jyj");

    assertThat(work).hasStatus(200);
    assertThat(list(work, "awaitingReview")).as("evaluators review nothing").isEmpty();
    assertThat(list(anonymous.as(DemoUser.EVALUATOR).get("work"), "drafts"))
        .as("without a site: the sites of their roles, none")
        .isEmpty();
    assertThat(anonymous.as(DemoUser.ADMIN).get("work?site=nosuchsite")).hasStatus(404);
  }

  private long create(ApiClient client, String site, String title) {
    return WorkflowSteps.create(
            client, ItemRequests.news(site, client.columnId(site, "news"), title))
        .getJsonNumber("id")
        .longValue();
  }

  private long submitted(long item) {
    assertThat(editor.post("items/" + item + "/workflow/submit")).hasStatus(200);
    return item;
  }

  private static List<JsonObject> list(ApiResponse work, String name) {
    assertThat(work).hasStatus(200);
    return work.json().getJsonArray(name).getValuesAs(JsonObject.class);
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }
}
