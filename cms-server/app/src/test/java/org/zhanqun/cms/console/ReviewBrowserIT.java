package org.zhanqun.cms.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.ConsoleBrowser;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.JsonBody;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * The review screen (diff against live, publish, schedule, send back), the history screen
 * (revisions, compare, restore) and the translation screen (side by side, outdated, start a
 * translation), in real Chromium against the real server.
 */
@ZhanqunIT
class ReviewBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient editor;
  private ApiClient reviewer;
  private long news;

  @BeforeEach
  void logIn() {
    editor = ApiClient.anonymous(base).as(DemoUser.EDITOR_FGW);
    reviewer = ApiClient.anonymous(base).as(DemoUser.REVIEWER_FGW);
    news = editor.columnId("fgw", "news");
  }

  @Test
  void theReviewerSeesTheChangedTitlePublishesAndTheLivePageShowsIt() {
    String before = Unique.text("旧标题");
    String after = Unique.text("新标题");
    long id = liveItemWithChangedTitle(before, after);
    submit(id);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.REVIEWER_FGW).open("#/items/" + id + "/review");
      WebElement title = browser.waitFor(By.cssSelector("tr[data-field='title']"));
      assertThat(title.findElement(By.tagName("del")).getText()).contains(before);
      assertThat(title.findElement(By.tagName("ins")).getText()).contains(after);
      shot(browser, "review-reviewer-1366");
      browser.assertAccessible("review at 1366");

      browser.driver().findElement(By.id("review-publish")).click();

      browser.waitUntil(d -> d.findElement(By.id("review-status")).getText().equals("已发布"));
      WebElement check = browser.waitFor(By.id("review-live-check"));
      browser.waitUntil(d -> browser.text(By.id("review-live-check")).contains("已上线"));
      shot(browser, "review-published-1366");
      String live = browser.driver().findElement(By.id("review-live-link")).getAttribute("href");
      browser.driver().get(live);
      assertThat(browser.driver().getPageSource()).contains(after);
    }
  }

  @Test
  void aDecisionOnAnItemChangedSinceItWasOpenedIsRefusedInWordsWithAReload() {
    JsonObject item = created(ItemRequests.news("fgw", news, Unique.text("并发")));
    long id = item.getJsonNumber("id").longValue();
    submit(id);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.REVIEWER_FGW).open("#/items/" + id + "/review");
      WebElement publish = browser.waitFor(By.id("review-publish"));
      JsonObject read = editor.get("items/" + id).json();
      assertThat(
              editor
                  .put("items/" + id, with(ItemRequests.changeOf(read), "title", Unique.text("改了")))
                  .status())
          .isEqualTo(200);

      publish.click();

      WebElement outcome = browser.waitFor(By.cssSelector("#review-outcome .error-summary"));
      assertThat(browser.text(By.cssSelector("#review-outcome .error-summary")))
          .contains("此内容在您打开后已被修改");
      browser.driver().findElement(By.id("review-reload")).click();
      browser.waitUntil(d -> d.findElement(By.id("review-status")).getText().equals("草稿"));
      assertThat(browser.driver().findElements(By.id("review-publish"))).isEmpty();
    }
    assertThat(editor.get("items/" + id).json().getString("status")).isEqualTo("draft");
  }

  @Test
  void aReviewerWithdrawsALiveItemWithAReason() {
    JsonObject live =
        WorkflowSteps.createPublished(
            editor, reviewer, ItemRequests.news("fgw", news, Unique.text("撤下")));
    long id = live.getJsonNumber("id").longValue();

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 360)) {
      browser.logIn(DemoUser.REVIEWER_FGW).open("#/items/" + id + "/review");
      browser.waitFor(By.id("review-withdraw-comment")).sendKeys("信息已过时");
      browser.assertAccessible("review of a live item at 360");
      browser.driver().findElement(By.id("review-withdraw")).click();

      browser.waitUntil(d -> d.findElement(By.id("review-status")).getText().equals("已撤下"));
      assertThat(browser.text(By.cssSelector(".trail-withdraw .trail-comment"))).isEqualTo("信息已过时");
    }
  }

  @Test
  void aScheduledPublicationShowsItsTimeInTheClusterZoneAndGoesLiveWhenDue() {
    long id =
        created(ItemRequests.news("fgw", news, Unique.text("定时发布")))
            .getJsonNumber("id")
            .longValue();
    submit(id);
    String zone = reviewer.get("cluster").json().getString("timeZone");
    ZonedDateTime due =
        ZonedDateTime.now(ZoneId.of(zone)).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.REVIEWER_FGW).open("#/items/" + id + "/review");
      WebElement date = browser.waitFor(By.id("review-at-date"));
      assertThat(browser.text(By.id("review-zone"))).contains(zone);
      browser.script(
          "arguments[0].value = arguments[1];", date, due.format(DateTimeFormatter.ISO_LOCAL_DATE));
      browser.script(
          "arguments[0].value = arguments[1];",
          browser.driver().findElement(By.id("review-at-time")),
          due.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
      browser.driver().findElement(By.id("review-schedule")).click();

      browser.waitUntil(d -> d.findElement(By.id("review-status")).getText().equals("定时发布"));
      shot(browser, "review-scheduled-1366");
      assertThat(browser.text(By.id("review-scheduled-at")))
          .contains(zone)
          .contains(due.format(DateTimeFormatter.ofPattern("H:mm")));
    }
    JsonObject scheduled = editor.get("items/" + id).json();
    assertThat(Instant.parse(scheduled.getString("scheduledAt"))).isEqualTo(due.toInstant());
    await("item " + id + " published when due")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> editor.get("items/" + id).json().getString("status").equals("published"));
  }

  @Test
  void aSentBackItemShowsTheCommentToTheEditorWhoResubmitsIt() {
    long id =
        created(ItemRequests.news("fgw", news, Unique.text("退回"))).getJsonNumber("id").longValue();
    submit(id);
    String comment = "请补充数据来源 <script>window.pwned=1</script>";

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.REVIEWER_FGW).open("#/items/" + id + "/review");
      browser.waitFor(By.id("review-send-back")).click();
      assertThat(browser.waitFor(By.id("review-send-back-comment")).getAttribute("aria-invalid"))
          .as("a send-back without a comment is stopped at the field")
          .isEqualTo("true");
      browser.driver().findElement(By.id("review-send-back-comment")).sendKeys(comment);
      browser.driver().findElement(By.id("review-send-back")).click();
      browser.waitUntil(d -> d.findElement(By.id("review-status")).getText().equals("草稿"));
    }

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id + "/review");
      WebElement said = browser.waitFor(By.cssSelector(".trail-send-back .trail-comment"));
      assertThat(browser.text(By.cssSelector(".trail-send-back .trail-comment")))
          .isEqualTo(comment);
      assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
      assertThat(browser.driver().findElements(By.id("review-publish"))).isEmpty();

      browser.driver().findElement(By.id("review-submit")).click();

      browser.waitUntil(d -> d.findElement(By.id("review-status")).getText().equals("待审核"));
    }
    assertThat(editor.get("items/" + id).json().getString("status")).isEqualTo("in_review");
  }

  @Test
  void anEditorSeesTheDiffAndHistoryButNoPublishButtons() {
    long id = liveItemWithChangedTitle(Unique.text("编辑看"), Unique.text("编辑改"));
    submit(id);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 360)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id + "/review");
      browser.waitFor(By.cssSelector("tr[data-field='title']"));
      browser.waitFor(By.id("review-not-reviewer"));
      assertThat(browser.driver().findElements(By.id("review-publish"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("review-schedule"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("review-send-back"))).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector(".trail-submit"))).isNotEmpty();
      shot(browser, "review-editor-360");
      browser.assertAccessible("review at 360");
    }
  }

  @Test
  void restoringAnOldRevisionFromTheHistoryOpensTheEditorWithTheOldTitle() {
    String first = Unique.text("第一版");
    JsonObject item = created(ItemRequests.news("fgw", news, first));
    long id = item.getJsonNumber("id").longValue();
    ApiResponse changed =
        editor.put("items/" + id, with(ItemRequests.changeOf(item), "title", Unique.text("第二版")));
    assertThat(changed.status()).isEqualTo(200);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id + "/history");
      browser.waitFor(By.cssSelector("#history-diff tr[data-field='title']"));
      shot(browser, "history-1366");
      browser.assertAccessible("history at 1366");
      browser
          .driver()
          .findElement(By.cssSelector("button.history-restore[data-revision='1']"))
          .click();
      browser.driver().switchTo().alert().accept();

      browser.waitUntil(d -> d.getCurrentUrl().endsWith("#/items/" + id));
    }
    JsonObject restored = editor.get("items/" + id).json();
    assertThat(restored.getString("title")).isEqualTo(first);
    assertThat(restored.getInt("revision")).isEqualTo(3);
  }

  @Test
  void titlesWithMarkupShowAsTextInTheDiffAndTheHistory() {
    String payload = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";
    JsonObject item = created(ItemRequests.news("fgw", news, Unique.text("安全")));
    long id = item.getJsonNumber("id").longValue();
    editor.put("items/" + id, with(ItemRequests.changeOf(item), "title", payload));

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 360)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id + "/history");
      assertThat(browser.text(By.cssSelector("#history-diff tr[data-field='title'] ins")))
          .endsWith(payload);
      shot(browser, "history-xss-360");
      browser.assertAccessible("history at 360");
      browser.open("#/items/" + id + "/review");
      browser.waitFor(By.cssSelector("tr[data-field='title'] ins"));
      assertThat(browser.text(By.cssSelector(".review-title"))).isEqualTo(payload);
      assertThat(browser.driver().findElements(By.cssSelector("main img, main script"))).isEmpty();
      assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    }
  }

  @Test
  void anOutdatedTranslationShowsWhatChangedInTheSourceSideBySide() {
    JsonObject chinese = created(ItemRequests.news("fgw", news, Unique.text("原文")));
    long id = chinese.getJsonNumber("id").longValue();
    created(
        with(
            ItemRequests.news("fgw", news, "Notice in English"),
            "language",
            "en",
            "translationKey",
            chinese.getString("translationKey")));
    ApiResponse changed =
        editor.put(
            "items/" + id,
            with(ItemRequests.changeOf(chinese), "body", "## 标题\n\n正文第一段。\n\n新增的第二段。"));
    assertThat(changed.status()).isEqualTo(200);

    for (int width : List.of(1366, 360)) {
      try (ConsoleBrowser browser = ConsoleBrowser.start(base, width)) {
        browser.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id + "/translate/en");
        WebElement outdated = browser.waitFor(By.id("translate-outdated"));
        assertThat(outdated.findElement(By.cssSelector("tr[data-field='body']")).getText())
            .contains("新增的第二段。");
        shot(browser, "translate-outdated-" + width);
        assertThat(browser.text(By.cssSelector(".translate-target .translate-title")))
            .isEqualTo("Notice in English");
        assertThat(browser.driver().findElement(By.id("translate-edit")).getAttribute("href"))
            .contains("#/items/");
        browser.assertAccessible("translation at " + width);
      }
    }
  }

  @Test
  void translateThisItemStartsAnEnglishVersionAndOpensItsEditor() {
    JsonObject chinese = created(ItemRequests.news("fgw", news, Unique.text("待翻译")));
    long id = chinese.getJsonNumber("id").longValue();

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id + "/translate/en");
      browser.waitFor(By.id("translate-start"));
      shot(browser, "translate-missing-1366");
      browser.assertAccessible("translation missing at 1366");
      browser.driver().findElement(By.id("translate-start")).click();
      browser.waitUntil(d -> d.getCurrentUrl().contains("#/items/new?translationOf=" + id));
      browser
          .waitFor(By.cssSelector("form.editor-form button[type=submit]"))
          .click(); // the editor has the source's texts to start from

      browser.waitUntil(
          d ->
              d.getCurrentUrl().matches(".*#/items/\\d+(\\?saved=1)?$")
                  && !d.getCurrentUrl().matches(".*#/items/" + id + "(\\?saved=1)?$"));
    }
    JsonObject source = editor.get("items/" + id).json();
    assertThat(source.getJsonArray("translations")).hasSize(1);
    JsonObject english = source.getJsonArray("translations").getJsonObject(0);
    assertThat(english.getString("language")).isEqualTo("en");
    assertThat(english.getString("title")).isEqualTo(chinese.getString("title"));
  }

  private JsonObject created(JsonObject request) {
    return WorkflowSteps.create(editor, request);
  }

  private long liveItemWithChangedTitle(String before, String after) {
    JsonObject live =
        WorkflowSteps.createPublished(editor, reviewer, ItemRequests.news("fgw", news, before));
    long id = live.getJsonNumber("id").longValue();
    JsonObject read = editor.get("items/" + id).json();
    ApiResponse changed =
        editor.put("items/" + id, with(ItemRequests.changeOf(read), "title", after));
    assertThat(changed.status()).as(changed.describe()).isEqualTo(200);
    return id;
  }

  private void submit(long id) {
    int version = editor.get("items/" + id).json().getInt("version");
    ApiResponse submitted =
        editor.post("items/" + id + "/workflow/submit", JsonBody.object("version", version));
    assertThat(submitted.status()).as(submitted.describe()).isEqualTo(200);
  }

  /** A full-page screenshot in target/screenshots, for looking at the screens by eye. */
  private static void shot(ConsoleBrowser browser, String name) {
    try {
      Long height = (Long) browser.script("return document.documentElement.scrollHeight");
      org.openqa.selenium.Dimension size = browser.driver().manage().window().getSize();
      browser
          .driver()
          .manage()
          .window()
          .setSize(
              new org.openqa.selenium.Dimension(
                  size.getWidth(), (int) Math.min(height + 150, 4000)));
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) browser.driver())
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Path dir = java.nio.file.Path.of("target/screenshots");
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.write(dir.resolve(name + ".png"), png);
      browser.driver().manage().window().setSize(size);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
