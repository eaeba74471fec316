package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
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
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/** Language versions share a translation key, list each other and go outdated with their source. */
@ZhanqunIT
class TranslationsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editor;

  @BeforeEach
  void logIn() {
    editor = ApiClient.anonymous(base).as(DemoUser.EDITOR_FGW);
  }

  @Test
  void listsEachLanguageVersionWithTheOther() {
    JsonObject chinese = createChinese();
    JsonObject english = createEnglishOf(chinese);

    JsonObject chineseRead = editor.get("items/" + chinese.getInt("id")).json();

    assertThat(chineseRead.getJsonArray("translations")).hasSize(1);
    JsonObject listed = chineseRead.getJsonArray("translations").getJsonObject(0);
    assertThat(listed.getInt("id")).isEqualTo(english.getInt("id"));
    assertThat(listed.getString("language")).isEqualTo("en");
    assertThat(listed.getString("title")).isEqualTo("Notice on the Business Environment");
    assertThat(listed.getBoolean("outdated")).isFalse();
    assertThat(english.getJsonArray("translations").getJsonObject(0).getString("language"))
        .isEqualTo("zh-CN");
  }

  @Test
  void flagsTheTranslationOutdatedWhenTheSourceChangesAfterIt() {
    JsonObject chinese = createChinese();
    JsonObject english = createEnglishOf(chinese);

    ApiResponse changed =
        editor.put(
            "items/" + chinese.getInt("id"),
            with(ItemRequests.changeOf(chinese), "body", "正文第一段（修订）。"));
    assertThat(changed).hasStatus(200);

    JsonObject englishRead = editor.get("items/" + english.getInt("id")).json();
    assertThat(englishRead.getBoolean("outdated")).isTrue();
    JsonObject chineseRead = editor.get("items/" + chinese.getInt("id")).json();
    assertThat(chineseRead.getBoolean("outdated")).as("the source is never outdated").isFalse();
    assertThat(chineseRead.getJsonArray("translations").getJsonObject(0).getBoolean("outdated"))
        .isTrue();
  }

  @Test
  void clearsTheOutdatedFlagOnceTheTranslationIsUpdated() {
    JsonObject chinese = createChinese();
    JsonObject english = createEnglishOf(chinese);
    editor.put(
        "items/" + chinese.getInt("id"),
        with(ItemRequests.changeOf(chinese), "body", "正文第一段（修订）。"));

    ApiResponse updated =
        editor.put(
            "items/" + english.getInt("id"),
            with(ItemRequests.changeOf(english), "body", "First paragraph (revised)."));

    assertThat(updated).hasStatus(200);
    assertThat(updated.json().getBoolean("outdated")).isFalse();
    JsonObject chineseRead = editor.get("items/" + chinese.getInt("id")).json();
    assertThat(chineseRead.getJsonArray("translations").getJsonObject(0).getBoolean("outdated"))
        .isFalse();
  }

  @Test
  void rejectsASecondVersionInTheSameLanguage() {
    JsonObject chinese = createChinese();

    ApiResponse duplicate =
        editor.post(
            "items",
            with(
                ItemRequests.news("fgw", column(), "重复的中文版本"),
                "translationKey",
                chinese.getString("translationKey")));

    assertThat(duplicate.status()).isBetween(400, 409);
    assertThat(duplicate).hasErrorOn("translationKey");
  }

  private JsonObject createChinese() {
    ApiResponse created =
        editor.post(
            "items",
            with(
                ItemRequests.news("fgw", column(), "关于优化营商环境的通知"),
                "translationKey",
                Unique.slug("notice")));
    assertThat(created).hasStatus(201);
    return created.json();
  }

  private JsonObject createEnglishOf(JsonObject chinese) {
    ApiResponse created =
        editor.post(
            "items",
            with(
                ItemRequests.news("fgw", column(), "Notice on the Business Environment"),
                "language",
                "en",
                "translationKey",
                chinese.getString("translationKey"),
                "body",
                "First paragraph."));
    assertThat(created).hasStatus(201);
    return created.json();
  }

  private long column() {
    return editor.columnId("fgw", "news");
  }
}
