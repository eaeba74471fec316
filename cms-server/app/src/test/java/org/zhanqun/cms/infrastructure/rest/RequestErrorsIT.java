package org.zhanqun.cms.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.with;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.ShippedConfig;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/** Requests the API cannot read get the same JSON error body as every other failure. */
@ZhanqunIT
class RequestErrorsIT {

  private static final long JSON_LIMIT = ShippedConfig.number("zhanqun.request.max-bytes");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editor;
  private long news;

  @BeforeEach
  void logIn() {
    editor = ApiClient.anonymous(base).as(DemoUser.EDITOR_FGW);
    news = editor.columnId("fgw", "news");
  }

  @Test
  void rejectsMalformedJson() {
    ApiResponse refused = editor.post("items", "{\"site\": \"fgw\", \"title\": ");

    assertThat(refused).hasStatus(400).hasErrorOn("body");
    assertThat(refused.json().getString("message")).startsWith("malformed JSON");
  }

  @Test
  void rejectsAnUnknownJsonProperty() {
    ApiResponse refused =
        editor.post(
            "items", with(ItemRequests.news("fgw", news, Unique.text("新闻")), "titel", "拼错的字段"));

    assertThat(refused).hasStatus(400).hasErrorOn("titel");
    assertThat(refused.json().getString("message")).contains("titel");
  }

  @Test
  void rejectsAJsonBodyLargerThanTheRequestLimit() {
    String body = "x".repeat(Math.toIntExact(JSON_LIMIT + 1));
    String title = Unique.text("超长正文");

    ApiResponse refused =
        editor.post("items", with(ItemRequests.news("fgw", news, title), "body", body));

    assertThat(refused).hasStatus(413).hasErrorOn("body");
    assertThat(refused.json().getString("message")).contains(String.valueOf(JSON_LIMIT));
    assertThat(
            editor.get("items?column=" + news + "&size=100").items().stream()
                .map(item -> item.getString("title")))
        .doesNotContain(title);
  }

  @Test
  void rejectsAMissingBody() {
    ApiResponse refused = editor.post("items");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getInt("status")).isEqualTo(400);
  }

  @Test
  void answersAnUnknownPathWithAJsonError() {
    ApiResponse missing = editor.get("no-such-resource");

    assertThat(missing).hasStatus(404);
    assertThat(missing.json().getInt("status")).isEqualTo(404);
  }

  @Test
  void answersAnUnknownItemWithNotFound() {
    ApiResponse missing = editor.get("items/987654321");

    assertThat(missing).hasStatus(404).hasErrorOn("item");
    assertThat(missing.json().getString("message")).contains("987654321");
  }
}
