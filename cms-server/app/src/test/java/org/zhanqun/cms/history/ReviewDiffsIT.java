package org.zhanqun.cms.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/**
 * The diffs a reviewer and a translator read: the working copy against the live revision, and what
 * changed in a translation's source since the translation was last saved.
 */
@ZhanqunIT
class ReviewDiffsIT {

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
  void showsEveryFieldAsAddedForAnItemNeverPublished() {
    String title = Unique.text("未发布");
    JsonObject draft = WorkflowSteps.create(editor, news(title));

    ApiResponse diff = reviewer.get("items/" + id(draft) + "/live-diff");

    assertThat(diff).hasStatus(200);
    assertThat(diff.json().containsKey("liveRevision")).isFalse();
    assertThat(diff.json().getInt("revision")).isEqualTo(1);
    Map<String, JsonObject> changes = byField(diff.json());
    assertThat(changes.get("title").containsKey("before")).isFalse();
    assertThat(changes.get("title").getString("after")).isEqualTo(title);
    assertThat(changes).containsKeys("slug", "body", "summary");
    assertThat(changes.values()).allSatisfy(c -> assertThat(c.containsKey("before")).isFalse());
  }

  @Test
  void showsOnlyWhatTheEditChangedAgainstTheLiveRevision() {
    String title = Unique.text("已发布");
    JsonObject live = WorkflowSteps.createPublished(editor, reviewer, news(title));
    String newTitle = Unique.text("修改后");
    assertThat(
            editor.put("items/" + id(live), with(ItemRequests.changeOf(live), "title", newTitle)))
        .hasStatus(200);

    ApiResponse diff = reviewer.get("items/" + id(live) + "/live-diff");

    assertThat(diff).hasStatus(200);
    assertThat(diff.json().getInt("liveRevision")).isEqualTo(1);
    assertThat(diff.json().getInt("revision")).isEqualTo(2);
    Map<String, JsonObject> changes = byField(diff.json());
    assertThat(changes).containsOnlyKeys("title");
    assertThat(changes.get("title").getString("before")).isEqualTo(title);
    assertThat(changes.get("title").getString("after")).isEqualTo(newTitle);
  }

  @Test
  void showsNoChangeForALiveItemWhoseWorkingCopyIsTheLiveRevision() {
    JsonObject live = WorkflowSteps.createPublished(editor, reviewer, news(Unique.text("无改动")));

    ApiResponse diff = editor.get("items/" + id(live) + "/live-diff");

    assertThat(diff).hasStatus(200);
    assertThat(diff.json().getJsonArray("changes")).isEmpty();
  }

  @Test
  void refusesTheLiveDiffToOtherDepartmentsAnonymousCallersAndUnknownItems() {
    JsonObject draft = WorkflowSteps.create(editor, news(Unique.text("别的部门")));

    assertThat(anonymous.as(DemoUser.EDITOR_JYJ).get("items/" + id(draft) + "/live-diff"))
        .hasStatus(403);
    assertThat(anonymous.get("items/" + id(draft) + "/live-diff")).hasStatus(401);
    assertThat(editor.get("items/999999999/live-diff")).hasStatus(404);
  }

  @Test
  void showsTheSourceChangesMadeAfterTheTranslationWasSaved() {
    JsonObject chinese = WorkflowSteps.create(editor, chineseSource("关于优化营商环境的通知"));
    JsonObject english = WorkflowSteps.create(editor, englishOf(chinese));
    String newTitle = "关于进一步优化营商环境的通知";
    assertThat(
            editor.put(
                "items/" + id(chinese),
                with(ItemRequests.changeOf(chinese), "title", newTitle, "body", "正文（修订）。")))
        .hasStatus(200);

    ApiResponse changes = editor.get("items/" + id(english) + "/source-changes");

    assertThat(changes).hasStatus(200);
    JsonObject body = changes.json();
    assertThat(body.getJsonObject("source").getJsonNumber("id").longValue()).isEqualTo(id(chinese));
    assertThat(body.getJsonObject("source").getString("language")).isEqualTo("zh-CN");
    assertThat(body.getInt("sinceRevision")).isEqualTo(1);
    assertThat(body.getInt("sourceRevision")).isEqualTo(2);
    Map<String, JsonObject> byField = byField(body);
    assertThat(byField).containsOnlyKeys("title", "body");
    assertThat(byField.get("title").getString("before")).isEqualTo("关于优化营商环境的通知");
    assertThat(byField.get("title").getString("after")).isEqualTo(newTitle);
    assertThat(byField.get("body").getString("after")).isEqualTo("正文（修订）。");
  }

  @Test
  void showsNoSourceChangeOnceTheTranslationIsUpdated() {
    JsonObject chinese = WorkflowSteps.create(editor, chineseSource("通知"));
    JsonObject english = WorkflowSteps.create(editor, englishOf(chinese));
    editor.put("items/" + id(chinese), with(ItemRequests.changeOf(chinese), "body", "正文（修订）。"));
    assertThat(
            editor.put(
                "items/" + id(english),
                with(ItemRequests.changeOf(english), "body", "First paragraph (revised).")))
        .hasStatus(200);

    ApiResponse changes = editor.get("items/" + id(english) + "/source-changes");

    assertThat(changes).hasStatus(200);
    assertThat(changes.json().getJsonArray("changes")).isEmpty();
    assertThat(changes.json().getInt("sourceRevision")).isEqualTo(2);
  }

  @Test
  void refusesSourceChangesForTheSourceItselfAndForAnItemWithoutSource() {
    JsonObject chinese = WorkflowSteps.create(editor, chineseSource("源文"));
    JsonObject englishOnly =
        WorkflowSteps.create(
            editor,
            with(
                news("English only"),
                "language",
                "en",
                "translationKey",
                Unique.slug("english-only")));

    ApiResponse ofSource = editor.get("items/" + id(chinese) + "/source-changes");
    ApiResponse withoutSource = editor.get("items/" + id(englishOnly) + "/source-changes");

    assertThat(ofSource).hasStatus(400).hasErrorOn("id");
    assertThat(ofSource.json().getString("message")).contains("source");
    assertThat(withoutSource).hasStatus(400).hasErrorOn("id");
  }

  @Test
  void refusesSourceChangesToOtherDepartmentsAndAnonymousCallers() {
    JsonObject chinese = WorkflowSteps.create(editor, chineseSource("通知"));
    JsonObject english = WorkflowSteps.create(editor, englishOf(chinese));

    assertThat(anonymous.as(DemoUser.EDITOR_JYJ).get("items/" + id(english) + "/source-changes"))
        .hasStatus(403);
    assertThat(anonymous.get("items/" + id(english) + "/source-changes")).hasStatus(401);
    assertThat(editor.get("items/999999999/source-changes")).hasStatus(404);
  }

  private JsonObject news(String title) {
    return ItemRequests.news("fgw", editor.columnId("fgw", "news"), title);
  }

  private JsonObject chineseSource(String title) {
    return with(news(title), "translationKey", Unique.slug("notice"));
  }

  private JsonObject englishOf(JsonObject chinese) {
    return with(
        news("Notice on the Business Environment"),
        "language",
        "en",
        "translationKey",
        chinese.getString("translationKey"),
        "body",
        "First paragraph.");
  }

  private static Map<String, JsonObject> byField(JsonObject diff) {
    List<JsonObject> changes = diff.getJsonArray("changes").getValuesAs(JsonObject.class);
    return changes.stream().collect(Collectors.toMap(c -> c.getString("field"), c -> c));
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }
}
