package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/** Chinese text and emoji survive every hop: create, editorial read, publication, public read. */
@ZhanqunIT
class ChineseTextIT {

  private static final String TITLE = "关于印发《长春市优化营商环境若干措施》的通知 🏛";
  private static final String BODY = "各县（市）区人民政府：\n\n现将《若干措施》印发给你们，请认真贯彻落实。🏛🇨🇳";
  private static final String ISSUER = "长春市人民政府办公厅";

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
  void keepsChineseTextAndEmojiUnchangedFromCreationToThePublicRead() {
    JsonObject request =
        with(policy("长府发〔2024〕3号"), "summary", "摘要：优化营商环境 🏛", "tags", List.of("营商环境", "🏛"));

    ApiResponse created = editor.post("items", request);
    assertThat(created).hasStatus(201);
    ApiResponse read = editor.get("items/" + created.id());
    JsonObject published = WorkflowSteps.publish(editor, reviewer, created.id());
    ApiResponse publicRead = anonymous.get("public/items/" + created.id());

    for (ApiResponse response : List.of(created, read)) {
      JsonObject item = response.json();
      assertThat(item.getString("title")).isEqualTo(TITLE);
      assertThat(item.getString("body")).isEqualTo(BODY);
      assertThat(item.getString("summary")).isEqualTo("摘要：优化营商环境 🏛");
      assertThat(item.getJsonArray("tags").getString(1)).isEqualTo("🏛");
      assertThat(item.getJsonObject("policy").getString("issuer")).isEqualTo(ISSUER);
      assertThat(item.getJsonObject("policy").getString("docNo")).isEqualTo("长府发〔2024〕3号");
      assertThat(response.text()).as("sent as UTF-8, not escaped").contains(TITLE);
    }
    assertThat(published.getString("title")).isEqualTo(TITLE);
    assertThat(publicRead).hasStatus(200);
    JsonObject live = publicRead.json();
    assertThat(live.getString("title").getBytes(StandardCharsets.UTF_8))
        .isEqualTo(TITLE.getBytes(StandardCharsets.UTF_8));
    assertThat(live.getString("bodyHtml")).contains("各县（市）区人民政府：").contains("🏛🇨🇳");
    assertThat(live.getJsonObject("policy").getString("issuer")).isEqualTo(ISSUER);
    assertThat(live.getJsonObject("policy").getString("docNo")).isEqualTo("长府发〔2024〕3号");
    assertThat(
            anonymous.get("public/items?site=fgw&size=100").items().stream()
                .filter(item -> item.getJsonNumber("id").longValue() == created.id())
                .map(item -> item.getString("title")))
        .containsExactly(TITLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"长府发[2024]3号", "长府发【2024】3号", "长府发（2024）3号", "长府发(2024)3号"})
  void normalisesLookAlikeBracketsOfADocumentNumber(String docNo) {
    ApiResponse created = editor.post("items", policy(docNo));

    assertThat(created).hasStatus(201);
    assertThat(
            editor.get("items/" + created.id()).json().getJsonObject("policy").getString("docNo"))
        .isEqualTo("长府发〔2024〕3号");
  }

  private JsonObject policy(String docNo) {
    JsonObject request =
        ItemRequests.policy("fgw", editor.columnId("fgw", "policy"), TITLE, Unique.indexNo());
    return with(
        request,
        "body",
        BODY,
        "policy",
        with(request.getJsonObject("policy"), "issuer", ISSUER, "docNo", docNo));
  }
}
