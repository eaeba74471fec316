package org.zhanqun.cms.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/** Who may move items through the workflow of two department sites, and what each step does. */
@ZhanqunIT
class WorkflowResourceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editorFgw;
  private ApiClient reviewerFgw;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editorFgw = anonymous.as(DemoUser.EDITOR_FGW);
    reviewerFgw = anonymous.as(DemoUser.REVIEWER_FGW);
  }

  @Test
  void editorCannotCreateItemsInAnotherDepartmentsSite() {
    String title = Unique.text("越权新闻");

    ApiResponse refused =
        editorFgw.post("items", ItemRequests.news("jyj", anonymous.columnId("jyj", "news"), title));

    assertThat(refused).hasStatus(403);
    assertThat(refused.json().getString("message")).contains("editor.fgw").contains("jyj");
  }

  @Test
  void editorCannotChangeAnItemOfAnotherDepartmentsSite() {
    ApiClient editorJyj = anonymous.as(DemoUser.EDITOR_JYJ);
    JsonObject item = WorkflowSteps.create(editorJyj, jyjNews());

    ApiResponse refused =
        editorFgw.put("items/" + id(item), with(ItemRequests.changeOf(item), "title", "越权修改"));

    assertThat(refused).hasStatus(403);
    assertThat(editorJyj.get("items/" + id(item)).json().getString("title"))
        .isEqualTo(item.getString("title"));
  }

  @Test
  void editorCannotPublishTheirOwnItem() {
    long id = id(WorkflowSteps.create(editorFgw, fgwNews()));
    assertThat(editorFgw.post("items/" + id + "/workflow/submit")).hasStatus(200);

    ApiResponse refused = editorFgw.post("items/" + id + "/workflow/publish");

    assertThat(refused).hasStatus(403);
    assertThat(refused.json().getString("message")).contains("review or publish");
    assertThat(editorFgw.get("items/" + id).json().getString("status")).isEqualTo("in_review");
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404);
  }

  @Test
  void reviewerPublishesAnItemOfTheirSite() {
    String title = Unique.text("发布的新闻");
    long id = id(WorkflowSteps.create(editorFgw, ItemRequests.news("fgw", column("news"), title)));
    ApiResponse submitted = editorFgw.post("items/" + id + "/workflow/submit");
    assertThat(submitted).hasStatus(200);
    assertThat(submitted.json().getString("status")).isEqualTo("in_review");

    ApiResponse published =
        reviewerFgw.post(
            "items/" + id + "/workflow/publish",
            object("version", submitted.json().getInt("version")));

    assertThat(published).hasStatus(200);
    assertThat(published.json().getString("status")).isEqualTo("published");
    assertThat(published.json().getBoolean("live")).isTrue();
    assertThat(published.json().getInt("liveRevision")).isEqualTo(1);
    ApiResponse readerView = anonymous.get("public/items/" + id);
    assertThat(readerView).hasStatus(200);
    assertThat(readerView.json().getString("title")).isEqualTo(title);
    assertThat(readerView.json().getString("published"))
        .isEqualTo(published.json().getString("firstPublishedAt"));
  }

  @Test
  void refusesAPublicationThatDoesNotNameTheReviewedVersion() {
    long id = id(WorkflowSteps.create(editorFgw, fgwNews()));
    assertThat(editorFgw.post("items/" + id + "/workflow/submit")).hasStatus(200);

    ApiResponse refused = reviewerFgw.post("items/" + id + "/workflow/publish");

    assertThat(refused).hasStatus(400).hasErrorOn("version");
    assertThat(editorFgw.get("items/" + id).json().getString("status")).isEqualTo("in_review");
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404);
  }

  @Test
  void refusesToPublishAnEditTheReviewerHasNotSeenAndAnswersWithTheCurrentItem() {
    long id = id(WorkflowSteps.create(editorFgw, fgwNews()));
    JsonObject reviewed = editorFgw.post("items/" + id + "/workflow/submit").json();
    String unseenTitle = Unique.text("审核后才改的标题");
    JsonObject edited =
        editorFgw
            .put("items/" + id, with(ItemRequests.changeOf(reviewed), "title", unseenTitle))
            .json();
    JsonObject resubmitted = editorFgw.post("items/" + id + "/workflow/submit").json();

    ApiResponse refused =
        reviewerFgw.post(
            "items/" + id + "/workflow/publish", object("version", reviewed.getInt("version")));

    assertThat(edited.getString("title")).isEqualTo(unseenTitle);
    assertThat(refused).hasStatus(409).hasErrorOn("version");
    JsonObject current = refused.json().getJsonObject("current");
    assertThat(current.getString("title")).isEqualTo(unseenTitle);
    assertThat(current.getInt("version")).isEqualTo(resubmitted.getInt("version"));
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404);
  }

  @Test
  void reviewerCannotPublishAnItemOfAnotherDepartment() {
    ApiClient editorJyj = anonymous.as(DemoUser.EDITOR_JYJ);
    long id = id(WorkflowSteps.create(editorJyj, jyjNews()));
    assertThat(editorJyj.post("items/" + id + "/workflow/submit")).hasStatus(200);

    ApiResponse refused = reviewerFgw.post("items/" + id + "/workflow/publish");

    assertThat(refused).hasStatus(403);
    assertThat(refused.json().getString("message")).contains("reviewer.fgw").contains("jyj");
    assertThat(editorJyj.get("items/" + id).json().getString("status")).isEqualTo("in_review");
  }

  @Test
  void administratorCannotPublish() {
    long id = id(WorkflowSteps.create(editorFgw, fgwNews()));
    assertThat(editorFgw.post("items/" + id + "/workflow/submit")).hasStatus(200);

    ApiResponse refused = anonymous.as(DemoUser.ADMIN).post("items/" + id + "/workflow/publish");

    assertThat(refused).hasStatus(403);
    assertThat(refused.json().getString("message")).contains("admin");
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404);
  }

  @Test
  void refusesToPublishADraftThatWasNotSubmitted() {
    JsonObject draft = WorkflowSteps.create(editorFgw, fgwNews());
    long id = id(draft);

    ApiResponse refused =
        reviewerFgw.post(
            "items/" + id + "/workflow/publish", object("version", draft.getInt("version")));

    assertThat(refused).hasStatus(409).hasErrorOn("status");
    assertThat(refused.json().getString("message")).contains("draft");
    assertThat(refused.json().getJsonObject("current").getString("status")).isEqualTo("draft");
  }

  @Test
  void sendingBackRequiresAComment() {
    long id = id(WorkflowSteps.create(editorFgw, fgwNews()));
    assertThat(editorFgw.post("items/" + id + "/workflow/submit")).hasStatus(200);

    ApiResponse withoutComment = reviewerFgw.post("items/" + id + "/workflow/send-back");
    ApiResponse blankComment =
        reviewerFgw.post("items/" + id + "/workflow/send-back", object("comment", "  "));

    assertThat(withoutComment).hasStatus(400).hasErrorOn("comment");
    assertThat(blankComment).hasStatus(400).hasErrorOn("comment");
    assertThat(editorFgw.get("items/" + id).json().getString("status")).isEqualTo("in_review");
  }

  @Test
  void sendingBackReturnsTheItemToItsEditorAsADraft() {
    long id = id(WorkflowSteps.create(editorFgw, fgwNews()));
    assertThat(editorFgw.post("items/" + id + "/workflow/submit")).hasStatus(200);

    ApiResponse sentBack =
        reviewerFgw.post("items/" + id + "/workflow/send-back", object("comment", "请补充发布来源"));

    assertThat(sentBack).hasStatus(200);
    assertThat(sentBack.json().getString("status")).isEqualTo("draft");
    JsonObject last = last(editorFgw.get("items/" + id + "/workflow/history"));
    assertThat(last.getString("action")).isEqualTo("send-back");
    assertThat(last.getString("actor")).isEqualTo("reviewer.fgw");
    assertThat(last.getString("comment")).isEqualTo("请补充发布来源");
    assertThat(last.getString("to")).isEqualTo("draft");
    assertThat(editorFgw.post("items/" + id + "/workflow/submit")).hasStatus(200);
  }

  @Test
  void withdrawingTakesAnItemOffThePublicSite() {
    long id = id(WorkflowSteps.createPublished(editorFgw, reviewerFgw, fgwNews()));
    assertThat(anonymous.get("public/items/" + id)).hasStatus(200);

    ApiResponse withoutComment = reviewerFgw.post("items/" + id + "/workflow/withdraw");
    ApiResponse withdrawn =
        reviewerFgw.post("items/" + id + "/workflow/withdraw", object("comment", "内容已过时"));

    assertThat(withoutComment).hasStatus(400).hasErrorOn("comment");
    assertThat(withdrawn).hasStatus(200);
    assertThat(withdrawn.json().getString("status")).isEqualTo("withdrawn");
    assertThat(withdrawn.json().getBoolean("live")).isFalse();
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404).hasErrorOn("item");
    assertThat(
            anonymous.get("public/items?site=fgw&size=100").items().stream()
                .map(item -> item.getJsonNumber("id").longValue()))
        .doesNotContain(id);
  }

  @Test
  void recordsWhoDidEachStepWhenAndWhy() {
    long id = id(WorkflowSteps.create(editorFgw, fgwNews()));
    ApiResponse submitted =
        editorFgw.post("items/" + id + "/workflow/submit", object("comment", "请审核"));
    assertThat(submitted).hasStatus(200);
    ApiResponse published =
        reviewerFgw.post(
            "items/" + id + "/workflow/publish",
            object("comment", "同意发布", "version", submitted.json().getInt("version")));

    ApiResponse history = editorFgw.get("items/" + id + "/workflow/history");

    assertThat(history).hasStatus(200);
    List<JsonObject> steps = history.array().getValuesAs(JsonObject.class);
    assertThat(steps).extracting(s -> s.getString("action")).containsExactly("submit", "publish");
    assertThat(steps)
        .extracting(s -> s.getString("actor"))
        .containsExactly("editor.fgw", "reviewer.fgw");
    assertThat(steps).extracting(s -> s.getString("comment")).containsExactly("请审核", "同意发布");
    assertThat(steps).extracting(s -> s.getString("from")).containsExactly("draft", "in_review");
    assertThat(steps).allSatisfy(s -> assertThat(s.getString("at")).isNotBlank());
    assertThat(steps.get(1).getString("publishedAt"))
        .isEqualTo(published.json().getString("firstPublishedAt"));
  }

  @Test
  void refusesAPublicationTimeInThePast() {
    long id = id(WorkflowSteps.create(editorFgw, fgwNews()));
    int version = editorFgw.post("items/" + id + "/workflow/submit").json().getInt("version");
    String anHourAgo = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).toString();

    ApiResponse refused =
        reviewerFgw.post(
            "items/" + id + "/workflow/publish", object("at", anHourAgo, "version", version));

    assertThat(refused).hasStatus(400).hasErrorOn("at");
    assertThat(refused.json().getString("message")).contains("future");
    JsonObject item = editorFgw.get("items/" + id).json();
    assertThat(item.getString("status")).isEqualTo("in_review");
    assertThat(item.containsKey("firstPublishedAt")).isFalse();
  }

  @Test
  void refusesAPublicationTimeWithoutOffset() {
    long id = id(WorkflowSteps.create(editorFgw, fgwNews()));
    int version = editorFgw.post("items/" + id + "/workflow/submit").json().getInt("version");

    ApiResponse refused =
        reviewerFgw.post(
            "items/" + id + "/workflow/publish",
            object("at", "2099-01-01T09:00:00", "version", version));

    assertThat(refused).hasStatus(400).hasErrorOn("at");
  }

  @Test
  void keepsThePublishedRevisionLiveWhileAnEditAwaitsRepublication() {
    JsonObject first =
        WorkflowSteps.createPublished(
            editorFgw, reviewerFgw, ItemRequests.news("fgw", column("news"), "第一版标题"));
    long id = id(first);
    String firstPublishedAt = first.getString("firstPublishedAt");

    ApiResponse edited =
        editorFgw.put(
            "items/" + id,
            with(ItemRequests.changeOf(editorFgw.get("items/" + id).json()), "title", "第二版标题"));

    assertThat(edited).hasStatus(200);
    assertThat(edited.json().getString("status")).isEqualTo("draft");
    assertThat(edited.json().getBoolean("live")).isTrue();
    assertThat(edited.json().getInt("liveRevision")).isEqualTo(1);
    assertThat(edited.json().getInt("revision")).isEqualTo(2);
    assertThat(anonymous.get("public/items/" + id).json().getString("title")).isEqualTo("第一版标题");

    JsonObject republished = WorkflowSteps.publish(editorFgw, reviewerFgw, id);

    assertThat(republished.getInt("liveRevision")).isEqualTo(2);
    assertThat(republished.getString("firstPublishedAt")).isEqualTo(firstPublishedAt);
    assertThat(republished.getString("lastPublishedAt")).isNotEqualTo(firstPublishedAt);
    JsonObject readerView = anonymous.get("public/items/" + id).json();
    assertThat(readerView.getString("title")).isEqualTo("第二版标题");
    assertThat(readerView.getString("published")).isEqualTo(firstPublishedAt);
    assertThat(readerView.getString("updated")).isEqualTo(republished.getString("lastPublishedAt"));
  }

  @Test
  void evaluatorReadsItemsButChangesNothing() {
    JsonObject item = WorkflowSteps.create(editorFgw, fgwNews());
    ApiClient evaluator = anonymous.as(DemoUser.EVALUATOR);

    ApiResponse read = evaluator.get("items/" + id(item));
    ApiResponse change =
        evaluator.put("items/" + id(item), with(ItemRequests.changeOf(item), "title", "评估员修改"));
    ApiResponse submit = evaluator.post("items/" + id(item) + "/workflow/submit");

    assertThat(read).hasStatus(200);
    assertThat(read.json().getString("title")).isEqualTo(item.getString("title"));
    assertThat(change).hasStatus(403);
    assertThat(submit).hasStatus(403);
    assertThat(editorFgw.get("items/" + id(item)).json().getString("title"))
        .isEqualTo(item.getString("title"));
  }

  private JsonObject fgwNews() {
    return ItemRequests.news("fgw", column("news"), Unique.text("新闻"));
  }

  private JsonObject jyjNews() {
    return ItemRequests.news("jyj", anonymous.columnId("jyj", "news"), Unique.text("教育新闻"));
  }

  private long column(String code) {
    return anonymous.columnId("fgw", code);
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }

  private static JsonObject last(ApiResponse history) {
    assertThat(history).hasStatus(200);
    List<JsonObject> steps = history.array().getValuesAs(JsonObject.class);
    return steps.get(steps.size() - 1);
  }
}
