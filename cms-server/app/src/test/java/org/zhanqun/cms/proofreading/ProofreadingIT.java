package org.zhanqun.cms.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ExchangeFolders;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Proofreading at the server's doors (issue #16): an editor who pastes a paragraph with a misspelt
 * state name, a citizen's ID number and a classified marking into a news item cannot get it
 * published without recorded reasons; warnings pass and come back; bulk publication, the live check
 * of {@code POST /proofread} and the import apply the same rules.
 */
@ZhanqunIT
class ProofreadingIT {

  /** A 居民身份证 number whose check digit is valid by GB 11643 (computed below, not typed). */
  private static final String ID_NUMBER = withCheckDigit("22010219850612003");

  /** What the editor pastes: 中华人民共合国 for 中华人民共和国, an ID number and a 秘密★ marking. */
  private static final String PARAGRAPH =
      "根据中华人民共合国有关规定，申请人（身份证号" + ID_NUMBER + "）提交的材料标有秘密★字样，已退回。";

  /** The body: a heading, an empty line, then the paragraph on line 3. */
  private static final String BODY = "## 材料受理情况\n\n" + PARAGRAPH;

  private static final String OVERRIDE_BY_EDITOR = "材料经保密办审核同意公开，身份证号为申请人书面同意公开的";
  private static final String OVERRIDE_BY_REVIEWER = "已与保密办核实，同意按原文发布，责任人：审核员";

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
  void anEditorCannotSubmitAParagraphWithAMisspeltStateNameAnIdNumberAndAClassifiedMarking() {
    JsonObject draft = WorkflowSteps.create(editor, news(BODY));
    long id = draft.getJsonNumber("id").longValue();

    ApiResponse refused = editor.post("items/" + id + "/workflow/submit");

    assertThat(refused).hasStatus(422).hasErrorOn("body");
    assertThat(refused.json().getString("error")).isEqualTo("Unprocessable Content");
    assertThat(refused.json().getString("message")).startsWith("3 findings block publication");
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("body", "body", "body");
    List<JsonObject> findings =
        refused.json().getJsonArray("findings").getValuesAs(JsonObject.class);
    assertThat(findings)
        .extracting(f -> f.getString("category"))
        .containsExactly("serious-error", "personal-data", "classified-marking");
    for (JsonObject finding : findings) {
      assertThat(finding.getString("severity")).isEqualTo("block");
      assertThat(finding.getString("field")).isEqualTo("body");
      assertThat(finding.getInt("line")).as(finding.toString()).isEqualTo(3);
      assertThat(finding.getInt("offset"))
          .as("the offset points at the text as written: %s", finding)
          .isEqualTo(PARAGRAPH.indexOf(finding.getString("text")));
      assertThat(finding.getString("suggestion")).isNotBlank();
    }
    assertThat(findings.get(0).getString("text")).contains("共合国");
    assertThat(findings.get(1).getString("text")).isEqualTo(ID_NUMBER);
    assertThat(findings.get(2).getString("text")).startsWith("秘密");
    JsonObject after = editor.get("items/" + id).json();
    assertThat(after.getString("status")).isEqualTo("draft");
    assertThat(after.getInt("version")).isEqualTo(draft.getInt("version"));
    assertThat(editor.get("items/" + id + "/workflow/history").array()).isEmpty();
  }

  @Test
  void aBlockedItemGoesLiveOnlyWithTheEditorsAndTheReviewersRecordedReasons() {
    long id = WorkflowSteps.create(editor, news(BODY)).getJsonNumber("id").longValue();

    ApiResponse submitted =
        editor.post(
            "items/" + id + "/workflow/submit", object("overrideReason", OVERRIDE_BY_EDITOR));
    assertThat(submitted).hasStatus(200);
    assertThat(submitted.json().getString("status")).isEqualTo("in_review");
    assertThat(categories(submitted.json().getJsonArray("findings")))
        .containsExactly("serious-error", "personal-data", "classified-marking");

    ApiResponse refused =
        reviewer.post(
            "items/" + id + "/workflow/publish",
            object("version", submitted.json().getInt("version")));
    assertThat(refused).hasStatus(422);
    assertThat(categories(refused.json().getJsonArray("findings"))).hasSize(3);
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404);

    ApiResponse published =
        reviewer.post(
            "items/" + id + "/workflow/publish",
            object(
                "version",
                submitted.json().getInt("version"),
                "overrideReason",
                "  " + OVERRIDE_BY_REVIEWER + "  "));
    assertThat(published).hasStatus(200);
    assertThat(published.json().getString("status")).isEqualTo("published");
    assertThat(anonymous.get("public/items/" + id)).hasStatus(200);

    List<JsonObject> trail =
        editor.get("items/" + id + "/workflow/history").array().getValuesAs(JsonObject.class);
    assertThat(trail).extracting(e -> e.getString("action")).containsExactly("submit", "publish");
    assertThat(trail.get(0).getString("actor")).isEqualTo(DemoUser.EDITOR_FGW.username());
    assertThat(trail.get(0).getString("overrideReason")).isEqualTo(OVERRIDE_BY_EDITOR);
    assertThat(trail.get(1).getString("actor")).isEqualTo(DemoUser.REVIEWER_FGW.username());
    assertThat(trail.get(1).getString("overrideReason"))
        .as("trimmed")
        .isEqualTo(OVERRIDE_BY_REVIEWER);
    for (JsonObject step : trail) {
      assertThat(categories(step.getJsonArray("findings")))
          .containsExactly("serious-error", "personal-data", "classified-marking");
      assertThat(step.getJsonArray("findings").getJsonObject(1).getString("text"))
          .isEqualTo(ID_NUMBER);
    }
  }

  @Test
  void aWarningDoesNotBlockAndComesBackWithTheSubmitAndThePublication() {
    long id =
        WorkflowSteps.create(editor, news("截止目前，全市已完成改造项目12个。")).getJsonNumber("id").longValue();

    JsonObject published = WorkflowSteps.publish(editor, reviewer, id);

    assertThat(published.getString("status")).isEqualTo("published");
    List<JsonObject> findings = published.getJsonArray("findings").getValuesAs(JsonObject.class);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).getString("category")).isEqualTo("typo");
    assertThat(findings.get(0).getString("severity")).isEqualTo("warn");
    assertThat(findings.get(0).getString("text")).isEqualTo("截止目前");
    assertThat(findings.get(0).getString("suggestion")).contains("截至目前");
    assertThat(findings.get(0).getInt("line")).isEqualTo(1);
    assertThat(findings.get(0).getInt("offset")).isZero();
    List<JsonObject> trail =
        editor.get("items/" + id + "/workflow/history").array().getValuesAs(JsonObject.class);
    assertThat(trail)
        .allSatisfy(
            step -> {
              assertThat(categories(step.getJsonArray("findings"))).containsExactly("typo");
              assertThat(step.containsKey("overrideReason")).isFalse();
            });
  }

  @Test
  void refusesAnOverrideReasonThatIsTooShortOrHasNothingToOverride() {
    long blocked = WorkflowSteps.create(editor, news(BODY)).getJsonNumber("id").longValue();
    long clean = WorkflowSteps.create(editor, news("正文第一段。")).getJsonNumber("id").longValue();

    ApiResponse tooShort =
        editor.post("items/" + blocked + "/workflow/submit", object("overrideReason", "  同意发布  "));
    ApiResponse tooLong =
        editor.post(
            "items/" + blocked + "/workflow/submit", object("overrideReason", "理".repeat(2001)));
    ApiResponse nothingToOverride =
        editor.post(
            "items/" + clean + "/workflow/submit", object("overrideReason", OVERRIDE_BY_EDITOR));

    assertThat(tooShort).hasStatus(400).hasErrorOn("overrideReason");
    assertThat(tooLong).hasStatus(400).hasErrorOn("overrideReason");
    assertThat(nothingToOverride).hasStatus(400).hasErrorOn("overrideReason");
    assertThat(nothingToOverride.json().getString("message")).contains("no blocking findings");
    assertThat(editor.get("items/" + blocked).json().getString("status")).isEqualTo("draft");
    assertThat(editor.get("items/" + clean).json().getString("status")).isEqualTo("draft");
    assertThat(editor.get("items/" + clean + "/workflow/history").array()).isEmpty();
  }

  @Test
  void bulkPublicationRefusesTheBlockedItemWith422AndPublishesTheOther() {
    JsonObject clean = inReview(news("正文第一段。"), null);
    JsonObject blocked = inReview(news(BODY), OVERRIDE_BY_EDITOR);

    ApiResponse answer =
        reviewer.post(
            "items/bulk",
            object(
                "action",
                "publish",
                "items",
                List.of(
                    object("id", clean.getJsonNumber("id"), "version", clean.getInt("version")),
                    object(
                        "id", blocked.getJsonNumber("id"), "version", blocked.getInt("version")))));

    assertThat(answer).hasStatus(200);
    assertThat(answer.json().getInt("done")).isEqualTo(1);
    assertThat(answer.json().getInt("failed")).isEqualTo(1);
    JsonObject refused = answer.json().getJsonArray("results").getJsonObject(1);
    assertThat(refused.getString("outcome")).isEqualTo("refused");
    assertThat(refused.getInt("status")).isEqualTo(422);
    assertThat(refused.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsOnly("body");
    assertThat(categories(refused.getJsonArray("findings"))).hasSize(3);
    assertThat(editor.get("items/" + blocked.getJsonNumber("id")).json().getString("status"))
        .isEqualTo("in_review");
    assertThat(editor.get("items/" + clean.getJsonNumber("id")).json().getString("status"))
        .isEqualTo("published");
  }

  @Test
  void proofreadsTextsNotYetSavedWithTheirCounts() {
    ApiResponse answer =
        editor.post(
            "proofread",
            object(
                "site",
                "fgw",
                "language",
                "zh-CN",
                "fields",
                List.of(
                    object("field", "title", "text", "截止目前的进展"),
                    object("field", "body", "text", BODY))));

    assertThat(answer).hasStatus(200);
    List<JsonObject> findings =
        answer.json().getJsonArray("findings").getValuesAs(JsonObject.class);
    assertThat(findings)
        .extracting(f -> f.getString("field") + " " + f.getString("category"))
        .containsExactly(
            "title typo", "body serious-error", "body personal-data", "body classified-marking");
    JsonObject counts = answer.json().getJsonObject("counts");
    assertThat(counts.getInt("block")).isEqualTo(3);
    assertThat(counts.getInt("warn")).isEqualTo(1);
    assertThat(counts.getJsonObject("byCategory").getInt("typo")).isEqualTo(1);
    assertThat(counts.getJsonObject("byCategory").getInt("official-name")).isZero();
    assertThat(
            editor.post(
                "proofread", object("fields", List.of(object("field", "body", "text", "")))))
        .as("site and language are optional")
        .hasStatus(200);
  }

  @Test
  void refusesProofreadingRequestsWithoutTextsOrLoginAndNamesTheFieldAtFault() {
    List<JsonObject> tooMany = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      tooMany.add(object("field", "tags[" + i + "]", "text", "标签"));
    }

    assertThat(editor.post("proofread", object("site", "fgw"))).hasStatus(400).hasErrorOn("fields");
    assertThat(editor.post("proofread", object("fields", tooMany)))
        .hasStatus(400)
        .hasErrorOn("fields");
    assertThat(editor.post("proofread", object("fields", List.of(object("text", "正文")))))
        .hasStatus(400)
        .hasErrorOn("fields[0].field");
    assertThat(
            editor.post(
                "proofread",
                object("fields", List.of(object("field", "body", "text", "a".repeat(1_000_001))))))
        .hasStatus(400)
        .hasErrorOn("fields[0].text");
    assertThat(
            editor.post(
                "proofread",
                object(
                    "site",
                    "fgw",
                    "language",
                    "xx-YY-ZZ",
                    "fields",
                    List.of(object("field", "body", "text", "正文")))))
        .hasStatus(400)
        .hasErrorOn("language");
    JsonObject valid = object("fields", List.of(object("field", "body", "text", "正文")));
    assertThat(anonymous.post("proofread", valid)).hasStatus(401);
    assertThat(
            editor.post("proofread", object("site", "jyj", "fields", valid.getJsonArray("fields"))))
        .hasStatus(403);
  }

  @Test
  void theContentRulesAndHealthNameProofreading() {
    JsonObject rules = editor.get("content-rules").json().getJsonObject("proofreading");
    JsonObject health = anonymous.get("health").json();

    assertThat(rules.getJsonArray("categories").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly(
            "serious-error",
            "official-name",
            "outdated-name",
            "classified-marking",
            "personal-data",
            "typo");
    assertThat(rules.getJsonArray("severities").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("block", "warn");
    assertThat(rules.getInt("minOverrideReason")).isEqualTo(10);
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonObject("parts").getString("proofreading")).isEqualTo("UP");
  }

  @Test
  void anImportWithABlockingFindingStoresNothingUnlessFindingsAreAllowed() throws IOException {
    ApiClient admin = anonymous.as(DemoUser.ADMIN);
    String title = Unique.text("导入的受理情况");
    String folder = ExchangeFolders.copyOfTheDemoCluster();
    String file = "fgw/news/" + Unique.slug("import") + ".zh-CN.md";
    Path written = ExchangeFolders.root().resolve(folder).resolve(file);
    Files.writeString(
        written,
        "---\ntype: news\ntitle: "
            + title
            + "\npublished: 2026-11-20T09:00:00+08:00\n---\n"
            + BODY
            + "\n");

    ApiResponse refused = admin.post("exchange/import", object("folder", folder));

    assertThat(refused).hasStatus(422).hasErrorOn(file + ":body");
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .as("the demo's draft holds blocking findings too, but a draft never blocks an import")
        .extracting(e -> e.getString("field"))
        .allMatch(field -> field.startsWith(file + ":"));
    assertThat(refused.json().getJsonArray("findings").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("file"))
        .contains("portal/news/yuandan-chunjie-anpai.zh-CN.md");
    assertThat(refused.json().getJsonArray("findings").getValuesAs(JsonObject.class))
        .filteredOn(f -> f.getString("file").equals(file))
        .extracting(f -> f.getString("category"))
        .containsExactly("serious-error", "personal-data", "classified-marking");
    assertThat(itemsTitled(admin, title)).isEmpty();

    ApiResponse imported =
        admin.post("exchange/import", object("folder", folder, "allowFindings", true));

    assertThat(imported).hasStatus(200);
    assertThat(imported.json().getJsonArray("findings").getValuesAs(JsonObject.class))
        .filteredOn(f -> f.getString("file").equals(file))
        .extracting(f -> f.getString("field") + " " + f.getString("severity"))
        .containsExactly("body block", "body block", "body block");
    List<JsonObject> items = itemsTitled(admin, title);
    assertThat(items).hasSize(1);
    long id = items.get(0).getJsonNumber("id").longValue();
    List<JsonObject> trail =
        admin.get("items/" + id + "/workflow/history").array().getValuesAs(JsonObject.class);
    assertThat(trail).extracting(e -> e.getString("action")).containsExactly("import");
    assertThat(categories(trail.get(0).getJsonArray("findings")))
        .containsExactly("serious-error", "personal-data", "classified-marking");
    assertThat(
            admin.post(
                "exchange/export",
                object("folder", ExchangeFolders.newName("e"), "allowFindings", true)))
        .hasStatus(400)
        .hasErrorOn("allowFindings");
  }

  private JsonObject news(String body) {
    return object(
        "site",
        "fgw",
        "column",
        editor.columnId("fgw", "news"),
        "type",
        "news",
        "language",
        "zh-CN",
        "slug",
        Unique.slug("proofread"),
        "title",
        Unique.text("受理情况通报"),
        "body",
        body);
  }

  /** Creates and submits the item (with the editor's reason when given); its view in review. */
  private JsonObject inReview(JsonObject request, String overrideReason) {
    long id = WorkflowSteps.create(editor, request).getJsonNumber("id").longValue();
    ApiResponse submitted =
        editor.post(
            "items/" + id + "/workflow/submit",
            overrideReason == null ? object() : object("overrideReason", overrideReason));
    assertThat(submitted).hasStatus(200);
    return submitted.json();
  }

  private List<JsonObject> itemsTitled(ApiClient admin, String title) {
    return admin
        .get("items?site=fgw&type=news&size=100&q=" + title.substring(title.lastIndexOf(' ') + 1))
        .items()
        .stream()
        .filter(item -> item.getString("title").equals(title))
        .toList();
  }

  private static List<String> categories(JsonArray findings) {
    return findings.getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("category"))
        .toList();
  }

  /** The 18th character of a 居民身份证 number by GB 11643-1999 (ISO 7064 MOD 11-2). */
  private static String withCheckDigit(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }
}
