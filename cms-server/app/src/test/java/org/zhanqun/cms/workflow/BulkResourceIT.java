package org.zhanqun.cms.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
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
import org.zhanqun.cms.testing.PublishedSite;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/** Bulk submit, publish and withdraw: a result per item, each item in its own transaction. */
@ZhanqunIT
class BulkResourceIT {

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
  void bulkPublishesTheItemsItMayAndAnswersTheOneEditedMeanwhileWithItsCurrentState() {
    JsonObject first = submitted(fgwNews());
    JsonObject second = submitted(fgwNews());
    JsonObject third = submitted(fgwNews());
    String unseenTitle = Unique.text("审核后改的标题");
    JsonObject edited =
        editorFgw
            .put("items/" + id(second), with(ItemRequests.changeOf(second), "title", unseenTitle))
            .json();

    ApiResponse answer = reviewerFgw.post("items/bulk", bulk("publish", first, second, third));

    assertThat(answer).hasStatus(200);
    JsonObject body = answer.json();
    assertThat(body.getInt("done")).isEqualTo(2);
    assertThat(body.getInt("failed")).isEqualTo(1);
    List<JsonObject> results = body.getJsonArray("results").getValuesAs(JsonObject.class);
    assertThat(results)
        .extracting(r -> r.getJsonNumber("id").longValue())
        .containsExactly(id(first), id(second), id(third));
    assertThat(results)
        .extracting(r -> r.getString("outcome"))
        .containsExactly("done", "conflict", "done");
    assertThat(results).extracting(r -> r.getInt("status")).containsExactly(200, 409, 200);
    assertThat(results.get(0).getJsonObject("item").getString("status")).isEqualTo("published");
    assertThat(results.get(2).getJsonObject("item").getBoolean("live")).isTrue();
    JsonObject conflict = results.get(1);
    assertThat(conflict.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("version");
    assertThat(conflict.getJsonObject("item").getString("title")).isEqualTo(unseenTitle);
    assertThat(conflict.getJsonObject("item").getInt("version"))
        .isEqualTo(edited.getInt("version"));

    JsonObject untouched = editorFgw.get("items/" + id(second)).json();
    assertThat(untouched.getString("status")).isEqualTo(edited.getString("status"));
    assertThat(untouched.getInt("version")).isEqualTo(edited.getInt("version"));
    assertThat(untouched.getBoolean("live")).isFalse();
    assertThat(anonymous.get("public/items/" + id(second))).hasStatus(404);
    assertThat(anonymous.get("public/items/" + id(first))).hasStatus(200);
    assertThat(anonymous.get("public/items/" + id(third))).hasStatus(200);
  }

  @Test
  void anEditorCannotBulkPublishAndEachItemIsRefusedWith403() {
    JsonObject first = submitted(fgwNews());
    JsonObject second = submitted(fgwNews());

    ApiResponse answer = editorFgw.post("items/bulk", bulk("publish", first, second));

    assertThat(answer).hasStatus(200);
    assertThat(answer.json().getInt("done")).isZero();
    assertThat(answer.json().getInt("failed")).isEqualTo(2);
    for (JsonObject result : answer.json().getJsonArray("results").getValuesAs(JsonObject.class)) {
      assertThat(result.getString("outcome")).isEqualTo("refused");
      assertThat(result.getInt("status")).isEqualTo(403);
      assertThat(result.containsKey("item")).as("null members are left out").isFalse();
    }
    assertThat(editorFgw.get("items/" + id(first)).json().getString("status"))
        .isEqualTo("in_review");
  }

  @Test
  void checksTheCallersRightsPerItemWhenAnEditorSubmitsAnotherDepartmentsItem() {
    ApiClient editorJyj = anonymous.as(DemoUser.EDITOR_JYJ);
    JsonObject own = WorkflowSteps.create(editorFgw, fgwNews());
    JsonObject foreign =
        WorkflowSteps.create(
            editorJyj,
            ItemRequests.news("jyj", anonymous.columnId("jyj", "news"), Unique.text("教育新闻")));

    ApiResponse answer = editorFgw.post("items/bulk", bulk("submit", own, foreign));

    assertThat(answer).hasStatus(200);
    List<JsonObject> results = answer.json().getJsonArray("results").getValuesAs(JsonObject.class);
    assertThat(results.get(0).getString("outcome")).isEqualTo("done");
    assertThat(results.get(0).getJsonObject("item").getString("status")).isEqualTo("in_review");
    assertThat(results.get(1).getString("outcome")).isEqualTo("refused");
    assertThat(results.get(1).getInt("status")).isEqualTo(403);
    assertThat(editorJyj.get("items/" + id(foreign)).json().getString("status")).isEqualTo("draft");
  }

  @Test
  void answersAnUnknownItemAsNotFoundAndStillStepsTheOthers() {
    JsonObject own = WorkflowSteps.create(editorFgw, fgwNews());

    ApiResponse answer =
        editorFgw.post(
            "items/bulk",
            object(
                "action",
                "submit",
                "items",
                Json.createArrayBuilder()
                    .add(object("id", 999_999_999L, "version", 0))
                    .add(object("id", id(own), "version", own.getInt("version")))
                    .build()));

    assertThat(answer).hasStatus(200);
    List<JsonObject> results = answer.json().getJsonArray("results").getValuesAs(JsonObject.class);
    assertThat(results.get(0).getString("outcome")).isEqualTo("not-found");
    assertThat(results.get(0).getInt("status")).isEqualTo(404);
    assertThat(results.get(1).getString("outcome")).isEqualTo("done");
  }

  @Test
  void bulkWithdrawsLiveItemsWithTheComment() {
    JsonObject live = WorkflowSteps.createPublished(editorFgw, reviewerFgw, fgwNews());

    ApiResponse answer =
        reviewerFgw.post("items/bulk", with(bulk("withdraw", live), "comment", "内容过期"));

    assertThat(answer).hasStatus(200);
    JsonObject result = answer.json().getJsonArray("results").getJsonObject(0);
    assertThat(result.getString("outcome")).isEqualTo("done");
    assertThat(result.getJsonObject("item").getBoolean("live")).isFalse();
    assertThat(anonymous.get("public/items/" + id(live))).hasStatus(404);
  }

  @Test
  void refusesABadRequestAsAWholeWithTheFieldsAtFault() {
    JsonObject item = WorkflowSteps.create(editorFgw, fgwNews());

    assertThat(editorFgw.post("items/bulk", bulk("approve", item)))
        .hasStatus(400)
        .hasErrorOn("action");
    assertThat(
            editorFgw.post(
                "items/bulk",
                object("action", "submit", "items", Json.createArrayBuilder().build())))
        .hasStatus(400)
        .hasErrorOn("items");
    JsonArrayBuilder tooMany = Json.createArrayBuilder();
    for (int i = 0; i < 201; i++) {
      tooMany.add(object("id", 1_000_000L + i, "version", 0));
    }
    assertThat(editorFgw.post("items/bulk", object("action", "submit", "items", tooMany.build())))
        .hasStatus(400)
        .hasErrorOn("items");
    assertThat(editorFgw.post("items/bulk", bulk("submit", item, item)))
        .hasStatus(400)
        .hasErrorOn("items[1].id");
    ApiResponse noVersion =
        editorFgw.post(
            "items/bulk",
            object(
                "action",
                "submit",
                "items",
                Json.createArrayBuilder()
                    .add(object("id", id(item), "version", item.getInt("version")))
                    .add(object("id", 999_999_998L))
                    .build()));
    assertThat(noVersion).hasStatus(400).hasErrorOn("items[1].version");
    assertThat(reviewerFgw.post("items/bulk", bulk("withdraw", item)))
        .hasStatus(400)
        .hasErrorOn("comment");
    assertThat(
            editorFgw.post(
                "items/bulk",
                object(
                    "action",
                    "submit",
                    "items",
                    Json.createArrayBuilder()
                        .add(object("id", id(item), "version", 1, "extra", true))
                        .build())))
        .hasStatus(400);
    assertThat(editorFgw.get("items/" + id(item)).json().getString("status")).isEqualTo("draft");
  }

  @Test
  void bulkSchedulesThePublicationOfEveryItemAtAFutureTime() {
    JsonObject first = submitted(fgwNews());
    JsonObject second = submitted(fgwNews());
    String at = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString();

    ApiResponse answer =
        reviewerFgw.post("items/bulk", with(bulk("publish", first, second), "at", at));

    assertThat(answer).hasStatus(200);
    assertThat(answer.json().getInt("done")).isEqualTo(2);
    for (JsonObject result : answer.json().getJsonArray("results").getValuesAs(JsonObject.class)) {
      assertThat(result.getJsonObject("item").getString("status")).isEqualTo("scheduled");
      assertThat(result.getJsonObject("item").getBoolean("live")).isFalse();
    }
    assertThat(reviewerFgw.post("items/bulk", with(bulk("submit", first), "at", at)))
        .hasStatus(400)
        .hasErrorOn("at");
    assertThat(
            reviewerFgw.post(
                "items/bulk", with(bulk("publish", first), "at", "2020-01-01T00:00:00Z")))
        .hasStatus(400)
        .hasErrorOn("at");
  }

  @Test
  void theOpenApiDocumentListsTheNewEndpoints() {
    ApiResponse document = anonymous.getFromServerRoot("/openapi");

    assertThat(document).hasStatus(200);
    assertThat(document.json().getJsonObject("paths").keySet())
        .contains(
            "/api/v1/items/bulk",
            "/api/v1/items/{id}/live-diff",
            "/api/v1/items/{id}/source-changes",
            "/api/v1/files/{id}/usage",
            "/api/v1/files/{id}/content");
    assertThat(
            document
                .json()
                .getJsonObject("paths")
                .getJsonObject("/api/v1/files/{id}/content")
                .containsKey("put"))
        .isTrue();
  }

  @Test
  void refusesAnonymousCallers() {
    JsonObject item = WorkflowSteps.create(editorFgw, fgwNews());

    assertThat(anonymous.post("items/bulk", bulk("submit", item))).hasStatus(401);
  }

  @Test
  void aLiveItemShowsTheUrlOfItsPublishedPageAndADraftNone() {
    JsonObject draft = WorkflowSteps.create(editorFgw, fgwNews());
    assertThat(draft.containsKey("liveUrl")).as("null members are left out").isFalse();

    JsonObject live = WorkflowSteps.publish(editorFgw, reviewerFgw, id(draft));

    String basePath = URI.create(anonymous.get("cluster").json().getString("baseUrl")).getPath();
    String path = "fgw/news/" + draft.getString("slug") + ".html";
    assertThat(live.getString("liveUrl")).isEqualTo(basePath + path);
    PublishedSite.awaitContaining(path, draft.getString("title"));
    assertThat(editorFgw.get("items/" + id(draft)).json().getString("liveUrl"))
        .isEqualTo(basePath + path);
  }

  private JsonObject submitted(JsonObject request) {
    JsonObject created = WorkflowSteps.create(editorFgw, request);
    ApiResponse submitted = editorFgw.post("items/" + id(created) + "/workflow/submit");
    assertThat(submitted).hasStatus(200);
    return submitted.json();
  }

  private static JsonObject bulk(String action, JsonObject... items) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (JsonObject item : items) {
      list.add(object("id", id(item), "version", item.getInt("version")));
    }
    return object("action", action, "items", list.build());
  }

  private JsonObject fgwNews() {
    return ItemRequests.news("fgw", anonymous.columnId("fgw", "news"), Unique.text("批量新闻"));
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }
}
