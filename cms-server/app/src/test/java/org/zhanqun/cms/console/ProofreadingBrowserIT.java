package org.zhanqun.cms.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
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
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Proofreading in the console, in real Chromium against the real server: the editor's findings
 * panel with the suggestion one click away, a submit refused with the findings and sent anyway with
 * a reason, the reviewer's publish refused until they give their own, and the history that keeps
 * both reasons with the findings (issue #16's "done when").
 */
@ZhanqunIT
class ProofreadingBrowserIT {

  private static final String WRONG_STATE_NAME = "中华人民共合国";
  private static final String STATE_NAME = "中华人民共和国";
  private static final String MARKING = "秘密★";

  /** A citizen's number: region 440305, born 2002-02-02, sequence 200, check digit computed. */
  private static final String ID_NUMBER = withCheckDigit("44030520020202200");

  private static final String PARAGRAPH =
      "根据" + WRONG_STATE_NAME + "有关法律，现将申请人（身份证号 " + ID_NUMBER + "）的材料公示如下。" + MARKING;

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
  void anEditorReplacesTheWrongStateNameInOneClickAndSubmitsTheRestAnywayWithAReason() {
    long id =
        WorkflowSteps.create(editor, ItemRequests.news("fgw", news, "公示"))
            .getJsonNumber("id")
            .longValue();

    try (ConsoleBrowser b = ConsoleBrowser.start(base, 1366)) {
      b.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id);
      WebElement body = b.waitFor(By.name("body"));
      body.sendKeys("\n\n" + PARAGRAPH);
      b.driver().findElement(By.id("proofread-run")).click();

      b.waitUntil(d -> findings(b).size() == 3);
      assertThat(findings(b))
          .extracting(f -> f.getAttribute("data-category"))
          .containsExactlyInAnyOrder("serious-error", "personal-data", "classified-marking");
      assertThat(b.text(By.cssSelector("li[data-category='personal-data'] .finding-text")))
          .isEqualTo(ID_NUMBER);
      assertThat(b.text(By.cssSelector(".field[data-findings='block'] .field-findings")))
          .as("the body says beside it what was found in it")
          .contains(WRONG_STATE_NAME);
      assertThat(
              b.driver()
                  .findElements(
                      By.cssSelector("li[data-category='personal-data'] .finding-replace")))
          .as("advice to remove a number is no replacement text")
          .isEmpty();
      b.assertAccessible("editor with findings at 1366");

      b.driver()
          .findElement(By.cssSelector("li[data-category='serious-error'] .finding-locate"))
          .click();
      assertThat(
              b.script(
                  "const a = document.activeElement;"
                      + " return a.name + ':' + a.value.substring(a.selectionStart, a.selectionEnd);"))
          .isEqualTo("body:" + WRONG_STATE_NAME);

      b.driver()
          .findElement(By.cssSelector("li[data-category='serious-error'] .finding-replace"))
          .click();
      assertThat(body.getAttribute("value"))
          .contains("根据" + STATE_NAME + "有关法律")
          .doesNotContain(WRONG_STATE_NAME);
      b.driver().findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
      b.waitFor(By.cssSelector(".error-place .notice"));
      b.waitUntil(d -> findings(b).size() == 2);

      b.waitFor(By.id("submit-for-review")).click();
      WebElement dialog = b.waitFor(By.id("override-dialog"));
      assertThat(dialog.getText())
          .contains(ID_NUMBER)
          .contains(MARKING)
          .contains("个人信息")
          .contains("密级标志");
      b.assertAccessible("submit refused with findings at 1366");
      b.driver().findElement(By.id("override-reason")).sendKeys("太短");
      b.driver().findElement(By.id("override-send")).click();
      assertThat(b.driver().findElement(By.id("override-reason")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(editor.get("items/" + id).json().getString("status")).isEqualTo("draft");

      b.driver().findElement(By.id("override-reason")).sendKeys("，公示材料须按原件刊登，已征得本人同意");
      b.driver().findElement(By.id("override-send")).click();
      b.waitUntil(d -> d.findElements(By.id("override-dialog")).isEmpty());
      b.waitUntil(d -> statusSays(b, "待审核"));
    }
    JsonObject saved = editor.get("items/" + id).json();
    assertThat(saved.getString("status")).isEqualTo("in_review");
    assertThat(saved.getString("body")).contains(STATE_NAME).doesNotContain(WRONG_STATE_NAME);
    JsonObject submit = lastStep(id, "submit");
    assertThat(submit.getString("overrideReason")).isEqualTo("太短，公示材料须按原件刊登，已征得本人同意");
    assertThat(submit.getJsonArray("findings").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("text"))
        .containsExactlyInAnyOrder(ID_NUMBER, MARKING);
  }

  @Test
  void theReviewersPublishIsRefusedUntilTheyGiveTheirOwnReasonAndTheHistoryKeepsBoth() {
    String editorsReason = "公示材料须按原件刊登，已征得本人同意";
    String reviewersReason = "经审核，公示期内照原件发布，期满撤下";
    long id = submittedAnyway(editorsReason);

    try (ConsoleBrowser b = ConsoleBrowser.start(base, 360)) {
      b.logIn(DemoUser.REVIEWER_FGW).open("#/items/" + id + "/review");
      assertThat(b.text(By.id("review-findings")))
          .as("the reviewer sees what blocks before deciding")
          .contains(ID_NUMBER)
          .contains(MARKING);
      b.driver().findElement(By.id("review-publish")).click();
      WebElement reason = b.waitFor(By.id("override-reason"));
      assertThat(b.text(By.id("override-dialog"))).contains(ID_NUMBER).contains(MARKING);
      b.assertAccessible("publish refused with findings at 360");

      // A reason over the API's limit: the server's refusal shows beside the field.
      b.script("arguments[0].value = arguments[1];", reason, "长".repeat(2001));
      b.driver().findElement(By.id("override-send")).click();
      b.waitUntil(d -> "true".equals(reason.getAttribute("aria-invalid")));
      assertThat(b.text(By.id("override-reason-error"))).isNotBlank();
      assertThat(editor.get("items/" + id).json().getString("status")).isEqualTo("in_review");

      reason.clear();
      reason.sendKeys(reviewersReason);
      b.driver().findElement(By.id("override-send")).click();
      b.waitUntil(d -> d.findElement(By.id("review-status")).getText().equals("已发布"));

      b.open("#/items/" + id + "/history");
      assertThat(b.text(By.cssSelector(".trail-submit .trail-override-reason")))
          .isEqualTo(editorsReason);
      assertThat(b.text(By.cssSelector(".trail-publish .trail-override-reason")))
          .isEqualTo(reviewersReason);
      assertThat(b.text(By.cssSelector(".trail-publish .trail-findings")))
          .contains(ID_NUMBER)
          .contains(MARKING);
      b.assertAccessible("history with override reasons at 360");
    }
    JsonObject publish = lastStep(id, "publish");
    assertThat(publish.getString("overrideReason")).isEqualTo(reviewersReason);
  }

  @Test
  void aFindingsTextWithMarkupShowsAsTextAndThePanelIsAccessibleAt360() {
    String payload = "<img src=x onerror=alert(1)>";
    long id =
        WorkflowSteps.create(
                editor,
                with(
                    ItemRequests.news("fgw", news, "标题" + payload),
                    "body",
                    "第一段。\n\n" + payload + "中华人民" + payload + "共合国"))
            .getJsonNumber("id")
            .longValue();

    try (ConsoleBrowser b = ConsoleBrowser.start(base, 360)) {
      b.logIn(DemoUser.EDITOR_FGW).open("#/items/" + id);
      b.script("window.__alarm = false; window.alert = () => { window.__alarm = true; };");
      b.waitUntil(d -> !findings(b).isEmpty());
      assertThat(b.text(By.cssSelector("#proofread-findings .finding-text"))).contains(payload);
      assertThat(b.driver().findElements(By.cssSelector("main img"))).isEmpty();
      assertThat(b.script("return window.__alarm")).isEqualTo(false);
      b.assertAccessible("editor with findings at 360");
    }
  }

  /** A news item with the paragraph, submitted by its editor over the findings with a reason. */
  private long submittedAnyway(String reason) {
    JsonObject item =
        WorkflowSteps.create(
            editor,
            with(
                ItemRequests.news("fgw", news, "公示"),
                "body",
                PARAGRAPH.replace(WRONG_STATE_NAME, STATE_NAME)));
    long id = item.getJsonNumber("id").longValue();
    ApiResponse refused =
        editor.post(
            "items/" + id + "/workflow/submit", JsonBody.object("version", item.getInt("version")));
    assertThat(refused.status()).as(refused.describe()).isEqualTo(422);
    ApiResponse submitted =
        editor.post(
            "items/" + id + "/workflow/submit",
            JsonBody.object("version", item.getInt("version"), "overrideReason", reason));
    assertThat(submitted.status()).as(submitted.describe()).isEqualTo(200);
    return id;
  }

  private JsonObject lastStep(long id, String action) {
    List<JsonObject> steps =
        editor.get("items/" + id + "/workflow/history").array().getValuesAs(JsonObject.class);
    return steps.stream()
        .filter(step -> step.getString("action").equals(action))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no " + action + " step in " + steps));
  }

  private static List<WebElement> findings(ConsoleBrowser b) {
    return b.driver().findElements(By.cssSelector("#proofread-findings > li"));
  }

  private static boolean statusSays(ConsoleBrowser b, String text) {
    return Boolean.TRUE.equals(
        b.script(
            "const facts = document.querySelector('.editor-side dl.facts');"
                + " return Boolean(facts && facts.textContent.includes(arguments[0]));",
            text));
  }

  /** The 18th character of a 居民身份证 number by GB 11643: weighted sum mod 11. */
  private static String withCheckDigit(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }
}
