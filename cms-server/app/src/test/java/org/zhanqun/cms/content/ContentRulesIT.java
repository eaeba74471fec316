package org.zhanqun.cms.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ShippedConfig;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.ZhanqunIT;
import org.zhanqun.model.item.IndexNumber;

/**
 * The content rules for clients ({@code GET /content-rules}, {@code GET /content-rules/check}): the
 * lists and limits the console shows, and the verdict on one value in the words a save gives.
 */
@ZhanqunIT
class ContentRulesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
  }

  private ApiResponse check(ApiClient client, String kind, String value) {
    return client.get(
        "content-rules/check?kind="
            + URLEncoder.encode(kind, UTF_8)
            + "&value="
            + URLEncoder.encode(value, UTF_8));
  }

  private JsonObject verdict(String kind, String value) {
    ApiResponse answer = check(editor, kind, value);
    assertThat(answer).hasStatus(200);
    return answer.json();
  }

  @Test
  void listsTheGuideElementsInPrintedOrderWithTheRequiredOnes() {
    ApiResponse rules = editor.get("content-rules");

    assertThat(rules).hasStatus(200);
    List<JsonObject> elements =
        rules.json().getJsonArray("guideElements").getValuesAs(JsonObject.class);
    assertThat(elements).extracting(e -> e.getString("field")).startsWith("itemCode", "itemType");
    assertThat(elements.get(2).getString("field")).isEqualTo("basis");
    assertThat(elements.get(2).getString("standardName")).isEqualTo("设定依据");
    assertThat(elements.get(2).getBoolean("required")).isTrue();
    assertThat(elements.get(0).getBoolean("required")).isFalse();
    assertThat(elements.stream().filter(e -> e.getBoolean("required")))
        .extracting(e -> e.getString("standardName"))
        .hasSize(11)
        .startsWith("设定依据", "受理条件")
        .endsWith("监督电话");
  }

  @Test
  void givesTheItemTextLimitsAndTheConfiguredUploadLimit() {
    JsonObject rules = editor.get("content-rules").json();

    JsonObject limits = rules.getJsonObject("itemLimits");
    assertThat(limits.getInt("title")).isEqualTo(500);
    assertThat(limits.getInt("summary")).isEqualTo(2000);
    assertThat(limits.getInt("source")).isEqualTo(200);
    assertThat(limits.getInt("body")).isEqualTo(1_000_000);
    JsonObject upload = rules.getJsonObject("upload");
    assertThat(upload.getJsonNumber("maxBytes").longValue())
        .isEqualTo(ShippedConfig.number("zhanqun.upload.max-bytes"));
    assertThat(upload.getJsonArray("extensions").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .contains("pdf", "docx", "wps", "ofd", "zip")
        .doesNotContain("exe", "html");
  }

  @Test
  void acceptsAGovernmentOrderNumberAsADocumentNumber() {
    JsonObject verdict = verdict("docNo", "长春市人民政府令第98号");

    assertThat(verdict.getBoolean("valid")).isTrue();
    assertThat(verdict.getString("value")).isEqualTo("长春市人民政府令第98号");
    assertThat(verdict.get("reason")).as("reason is written as null").isEqualTo(JsonValue.NULL);
  }

  @Test
  void normalisesLookAlikeBracketsAroundTheYearOfADocumentNumber() {
    for (String typed : List.of("长府发[2024]3号", "长府发【2024】3号", "长府发（2024）3号", " 长府发(2024)3号 ")) {
      JsonObject verdict = verdict("docNo", typed);

      assertThat(verdict.getBoolean("valid")).as(typed).isTrue();
      assertThat(verdict.getString("value")).as(typed).isEqualTo("长府发〔2024〕3号");
    }
  }

  @Test
  void refusesALowerCaseIndexNumberWithTheModelsReason() {
    String lowerCase = "11220100mb1234567x/2024-00012";

    JsonObject verdict = verdict("indexNo", lowerCase);

    assertThat(verdict.getBoolean("valid")).isFalse();
    assertThat(verdict.get("value")).isEqualTo(JsonValue.NULL);
    assertThat(verdict.getString("reason"))
        .contains(lowerCase)
        .contains("索引号")
        .contains("lower-case letters are refused");
    assertThat(verdict.getString("reason"))
        .as("the model's sentence, which a save's policy.indexNo error gives too")
        .isEqualTo(IndexNumber.parse(lowerCase).reason().orElseThrow());
  }

  @Test
  void judgesSlugsSiteCodesAndLanguageTagsAsTheModelDoes() {
    assertThat(verdict("slug", "flood-notice-2024").getBoolean("valid")).isTrue();
    JsonObject badSlug = verdict("slug", "Flood Notice");
    assertThat(badSlug.getBoolean("valid")).isFalse();
    assertThat(badSlug.getString("reason")).contains("is not a slug");
    assertThat(verdict("siteCode", "bm01000001").getString("value")).isEqualTo("bm01000001");
    assertThat(verdict("siteCode", "22010000").getString("reason")).contains("网站标识码");
    assertThat(verdict("language", "zh-hant-tw").getString("value")).isEqualTo("zh-Hant-TW");
    assertThat(verdict("language", "zh_CN").getString("reason")).contains("use '-', not '_'");
  }

  @Test
  void refusesAnUnknownKindAndAMissingValueNamingEach() {
    ApiResponse unknownKind = check(editor, "phone", "0431-88888888");
    assertThat(unknownKind).hasStatus(400).hasErrorOn("kind");
    assertThat(reasonFor(unknownKind, "kind"))
        .contains("'phone'")
        .contains("indexNo, docNo, slug, siteCode, language");

    assertThat(editor.get("content-rules/check?kind=docNo")).hasStatus(400).hasErrorOn("value");
    assertThat(editor.get("content-rules/check"))
        .hasStatus(400)
        .hasErrorOn("kind")
        .hasErrorOn("value");
  }

  @Test
  void isForSignedInUsersOnly() {
    assertThat(anonymous.get("content-rules")).hasStatus(401);
    assertThat(check(anonymous, "docNo", "长府发〔2024〕3号")).hasStatus(401);
    assertThat(anonymous.as(DemoUser.REVIEWER_FGW).get("content-rules")).hasStatus(200);
  }

  @Test
  void theOpenApiDocumentListsBothEndpoints() {
    JsonObject paths = anonymous.getFromServerRoot("/openapi").json().getJsonObject("paths");

    assertThat(paths.keySet()).contains("/api/v1/content-rules", "/api/v1/content-rules/check");
    assertThat(paths.getJsonObject("/api/v1/content-rules/check").getJsonObject("get").toString())
        .contains("\"kind\"")
        .contains("\"value\"");
  }

  private static String reasonFor(ApiResponse response, String field) {
    return response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .filter(error -> error.getString("field").equals(field))
        .map(error -> error.getString("reason"))
        .findFirst()
        .orElseThrow();
  }
}
