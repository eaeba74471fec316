package org.zhanqun.cms.content;

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
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * References between the items of two departments: an fgw interpretation of a jyj policy. They may
 * point only at live items of another site; nothing of another site's unpublished items shows in an
 * answer; and another site's references never stop a department deleting its own draft.
 */
@ZhanqunIT
class CrossSiteReferencesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editorFgw;
  private ApiClient editorJyj;
  private ApiClient reviewerJyj;

  @BeforeEach
  void logIn() {
    ApiClient anonymous = ApiClient.anonymous(base);
    editorFgw = anonymous.as(DemoUser.EDITOR_FGW);
    editorJyj = anonymous.as(DemoUser.EDITOR_JYJ);
    reviewerJyj = anonymous.as(DemoUser.REVIEWER_JYJ);
  }

  @Test
  void refusesAnInterpretationOfAnotherSitesDraftAsIfTheDraftDidNotExist() {
    String secretTitle = Unique.text("未发布的教育政策");
    long draftPolicy = jyjPolicy(secretTitle).getJsonNumber("id").longValue();
    long draftNews =
        WorkflowSteps.create(
                editorJyj, ItemRequests.news("jyj", editorJyj.columnId("jyj", "news"), secretTitle))
            .getJsonNumber("id")
            .longValue();
    long missing = draftPolicy + 1_000_000_000L;

    ApiResponse draftRefused = interpretationByFgw(draftPolicy);
    ApiResponse newsRefused = interpretationByFgw(draftNews);
    ApiResponse missingRefused = interpretationByFgw(missing);

    assertThat(draftRefused).hasStatus(400).hasErrorOn("interpretation.interprets[0]");
    assertThat(reason(draftRefused)).isEqualTo(reason(missingRefused));
    assertThat(reason(newsRefused)).isEqualTo(reason(missingRefused));
    assertThat(draftRefused.text()).doesNotContain(secretTitle).doesNotContain("policy");
    assertThat(newsRefused.text()).doesNotContain(secretTitle).doesNotContain("news");
    JsonObject policy = editorJyj.get("items/" + draftPolicy).json();
    assertThat(policy.getJsonArray("interpretations")).isEmpty();
    assertThat(editorJyj.delete("items/" + draftPolicy + "?version=" + policy.getInt("version")))
        .hasStatus(204);
  }

  @Test
  void showsAnotherSitesLivePolicyByItsLiveTitleNeverByItsUnpublishedEdit() {
    String liveTitle = Unique.text("已发布的教育政策");
    JsonObject policy = publishedJyjPolicy(liveTitle);
    long policyId = policy.getJsonNumber("id").longValue();
    ApiResponse interpretation = interpretationByFgw(policyId);
    assertThat(interpretation).hasStatus(201);
    String unpublishedTitle = Unique.text("尚未发布的修改标题");
    assertThat(
            editorJyj.put(
                "items/" + policyId,
                with(ItemRequests.changeOf(policy), "title", unpublishedTitle)))
        .hasStatus(200);

    JsonObject seenByFgw = editorFgw.get("items/" + interpretation.id()).json();

    List<JsonObject> interprets =
        seenByFgw.getJsonArray("interprets").getValuesAs(JsonObject.class);
    assertThat(interprets).hasSize(1);
    assertThat(interprets.get(0).getJsonNumber("id").longValue()).isEqualTo(policyId);
    assertThat(interprets.get(0).getString("title")).isEqualTo(liveTitle);
    assertThat(seenByFgw.toString()).doesNotContain(unpublishedTitle);
    assertThat(editorJyj.get("items/" + policyId).json().getString("title"))
        .isEqualTo(unpublishedTitle);
  }

  @Test
  void doesNotShowAnotherSitesDraftInterpretationsOnThePolicy() {
    JsonObject policy = publishedJyjPolicy(Unique.text("教育政策"));
    long policyId = policy.getJsonNumber("id").longValue();
    String draftTitle = Unique.text("发改委的解读草稿");
    ApiResponse interpretation =
        editorFgw.post(
            "items",
            ItemRequests.interpretation(
                "fgw", editorFgw.columnId("fgw", "interpretation"), draftTitle, policyId));
    assertThat(interpretation).hasStatus(201);

    JsonObject seenByJyj = editorJyj.get("items/" + policyId).json();

    assertThat(seenByJyj.getJsonArray("interpretations")).isEmpty();
    assertThat(seenByJyj.toString()).doesNotContain(draftTitle);
  }

  @Test
  void deletesADraftThatOnlyAnotherSitesItemsReferToAndShowsTheirOwnersTheBrokenReference() {
    String title = Unique.text("将撤回并删除的政策");
    long policyId = publishedJyjPolicy(title).getJsonNumber("id").longValue();
    ApiResponse interpretation = interpretationByFgw(policyId);
    assertThat(interpretation).hasStatus(201);
    JsonObject withdrawn =
        reviewerJyj
            .post("items/" + policyId + "/workflow/withdraw", object("comment", "废止"))
            .json();
    JsonObject whileWithdrawn = editorFgw.get("items/" + interpretation.id()).json();

    ApiResponse deleted =
        editorJyj.delete("items/" + policyId + "?version=" + withdrawn.getInt("version"));

    assertThat(deleted).hasStatus(204);
    assertThat(editorJyj.get("items/" + policyId)).hasStatus(404);
    assertThat(whileWithdrawn.toString()).doesNotContain(title);
    JsonObject seenByFgw = editorFgw.get("items/" + interpretation.id()).json();
    List<JsonObject> interprets =
        seenByFgw.getJsonArray("interprets").getValuesAs(JsonObject.class);
    assertThat(interprets).hasSize(1);
    assertThat(interprets.get(0).getJsonNumber("id").longValue()).isEqualTo(policyId);
    assertThat(interprets.get(0).containsKey("title")).isFalse();
    assertThat(
            editorFgw.put(
                "items/" + interpretation.id(),
                with(ItemRequests.changeOf(seenByFgw), "title", Unique.text("改了标题"))))
        .hasStatus(400)
        .hasErrorOn("interpretation.interprets[0]");
  }

  @Test
  void refusesToDeleteADraftThatItemsOfItsOwnSiteReferToAndAnswersWithTheItem() {
    JsonObject policy = jyjPolicy(Unique.text("本局政策"));
    long policyId = policy.getJsonNumber("id").longValue();
    assertThat(
            editorJyj.post(
                "items",
                ItemRequests.interpretation(
                    "jyj",
                    editorJyj.columnId("jyj", "interpretation"),
                    Unique.text("本局解读"),
                    policyId)))
        .hasStatus(201);

    ApiResponse refused =
        editorJyj.delete("items/" + policyId + "?version=" + policy.getInt("version"));

    assertThat(refused).hasStatus(409).hasErrorOn("item");
    assertThat(refused.json().getJsonObject("current").getJsonNumber("id").longValue())
        .isEqualTo(policyId);
    assertThat(editorJyj.get("items/" + policyId)).hasStatus(200);
  }

  private JsonObject jyjPolicy(String title) {
    return WorkflowSteps.create(
        editorJyj,
        ItemRequests.policy("jyj", editorJyj.columnId("jyj", "policy"), title, Unique.indexNo()));
  }

  private JsonObject publishedJyjPolicy(String title) {
    return WorkflowSteps.publish(
        editorJyj, reviewerJyj, jyjPolicy(title).getJsonNumber("id").longValue());
  }

  private ApiResponse interpretationByFgw(long policyId) {
    return editorFgw.post(
        "items",
        ItemRequests.interpretation(
            "fgw", editorFgw.columnId("fgw", "interpretation"), Unique.text("解读"), policyId));
  }

  /** The first field error, its numbers (the ids) left out. */
  private static String reason(ApiResponse refused) {
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    return error.getString("field") + ": " + error.getString("reason").replaceAll("[0-9]+", "");
  }
}
