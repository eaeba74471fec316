package org.zhanqun.cms.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
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
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/** Every save is a revision; revisions are listed, compared and restored as new revisions. */
@ZhanqunIT
class RevisionsResourceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editor;
  private long id;

  /** An item saved three times: created, retitled, then retitled with a new body. */
  @BeforeEach
  void saveAnItemThreeTimes() {
    editor = ApiClient.anonymous(base).as(DemoUser.EDITOR_FGW);
    JsonObject created =
        WorkflowSteps.create(
            editor,
            with(
                ItemRequests.news("fgw", editor.columnId("fgw", "news"), "第一版标题"),
                "body",
                "第一版正文"));
    id = created.getJsonNumber("id").longValue();
    save(with(ItemRequests.changeOf(created), "title", "第二版标题"));
    save(
        with(
            ItemRequests.changeOf(editor.get("items/" + id).json()),
            "title",
            "第三版标题",
            "body",
            "第三版正文"));
  }

  @Test
  void listsEverySaveNewestFirst() {
    ApiResponse revisions = editor.get("items/" + id + "/revisions");

    assertThat(revisions).hasStatus(200);
    List<JsonObject> list = revisions.array().getValuesAs(JsonObject.class);
    assertThat(list).extracting(r -> r.getInt("number")).containsExactly(3, 2, 1);
    assertThat(list).allSatisfy(r -> assertThat(r.getString("author")).isEqualTo("editor.fgw"));
    assertThat(list).allSatisfy(r -> assertThat(r.getString("createdAt")).isNotBlank());
    assertThat(list.get(2).getString("note")).isEqualTo("created");
    assertThat(list.get(0).containsKey("content")).as("content only for one revision").isFalse();
  }

  @Test
  void showsOneRevisionWithItsContent() {
    ApiResponse second = editor.get("items/" + id + "/revisions/2");

    assertThat(second).hasStatus(200);
    assertThat(second.json().getJsonObject("content").getString("title")).isEqualTo("第二版标题");
    assertThat(second.json().getJsonObject("content").getString("body")).isEqualTo("第一版正文");
  }

  @Test
  void namesEachChangedFieldWithItsValuesBeforeAndAfter() {
    ApiResponse diff = editor.get("items/" + id + "/revisions/diff?from=1&to=3");

    assertThat(diff).hasStatus(200);
    List<JsonObject> changes = diff.array().getValuesAs(JsonObject.class);
    assertThat(changes).extracting(c -> c.getString("field")).containsExactly("body", "title");
    assertThat(changes.get(0).getString("before")).isEqualTo("第一版正文");
    assertThat(changes.get(0).getString("after")).isEqualTo("第三版正文");
    assertThat(changes.get(1).getString("before")).isEqualTo("第一版标题");
    assertThat(changes.get(1).getString("after")).isEqualTo("第三版标题");
  }

  @Test
  void restoresAnOldRevisionAsANewOne() {
    int version = editor.get("items/" + id).version();

    ApiResponse restored =
        editor.post("items/" + id + "/revisions/1/restore", object("version", version));

    assertThat(restored).hasStatus(200);
    assertThat(restored.json().getInt("revision")).isEqualTo(4);
    assertThat(restored.json().getString("title")).isEqualTo("第一版标题");
    assertThat(restored.json().getString("body")).isEqualTo("第一版正文");
    JsonObject fourth = editor.get("items/" + id + "/revisions/4").json();
    assertThat(fourth.getJsonObject("content"))
        .isEqualTo(editor.get("items/" + id + "/revisions/1").json().getJsonObject("content"));
    assertThat(fourth.getString("note")).isEqualTo("restored revision 1");
    assertThat(editor.get("items/" + id + "/revisions/diff?from=1&to=4").array()).isEmpty();
  }

  @Test
  void refusesARestoreWithAStaleVersion() {
    int stale = editor.get("items/" + id).version() - 1;

    ApiResponse refused =
        editor.post("items/" + id + "/revisions/1/restore", object("version", stale));

    assertThat(refused).hasStatus(409).hasErrorOn("version");
    assertThat(refused.json().getJsonObject("current").getString("title")).isEqualTo("第三版标题");
    assertThat(editor.get("items/" + id + "/revisions").array()).hasSize(3);
    assertThat(editor.get("items/" + id).json().getString("title")).isEqualTo("第三版标题");
  }

  @Test
  void refusesARestoreWithoutTheVersionRead() {
    ApiResponse refused = editor.post("items/" + id + "/revisions/1/restore", object());

    assertThat(refused).hasStatus(400).hasErrorOn("version");
  }

  @Test
  void answersAnUnknownRevisionWithNotFound() {
    ApiResponse missing = editor.get("items/" + id + "/revisions/9");

    assertThat(missing).hasStatus(404).hasErrorOn("revision");
  }

  @Test
  void requiresBothRevisionsOfADiff() {
    assertThat(editor.get("items/" + id + "/revisions/diff?to=3"))
        .hasStatus(400)
        .hasErrorOn("from");
  }

  @Test
  void keepsRevisionsFromReadersOfOtherSites() {
    ApiResponse refused =
        ApiClient.anonymous(base).as(DemoUser.EDITOR_JYJ).get("items/" + id + "/revisions");

    assertThat(refused).hasStatus(403);
  }

  private void save(JsonObject change) {
    ApiResponse saved = editor.put("items/" + id, change);
    assertThat(saved).hasStatus(200);
  }
}
