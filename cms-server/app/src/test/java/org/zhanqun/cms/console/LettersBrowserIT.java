package org.zhanqun.cms.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
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
import org.zhanqun.cms.testing.JsonBody;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * The handlers' letter screens (信件办理) in real Chromium against the real server: a letter a citizen
 * sent through the public API shows in the inbox of fgw's editor, who accepts it and drafts and
 * submits a reply; fgw's reviewer approves it and the citizen reads the reply with the query code.
 * A rejection's reason reaches the citizen; publishing with personal data left in is refused beside
 * the field.
 */
@ZhanqunIT
class LettersBrowserIT {

  private static final String NAME = "王小明";
  private static final String PHONE = "13912345678";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  /** The citizen's address, through the proxy the test server trusts: a rate limit of its own. */
  private String citizenAddress;

  @BeforeEach
  void citizen() {
    citizenAddress = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
  }

  @Test
  void aLetterIsAcceptedAnsweredApprovedAndTheCitizenReadsTheReplyWithTheQueryCode() {
    String subject = Unique.text("咨询项目申报");
    JsonObject sent = send("mailbox", "consultation", subject);
    String reply = "您好，项目申报请于每年三月通过市政务服务网提交。";
    String letterUrl;

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/letters?site=fgw");
      WebElement row = browser.waitFor(By.linkText(subject));
      assertThat(browser.text(By.id("letters-table"))).contains(subject, "待受理", "咨询");
      browser.assertAccessible("letters inbox at 1366");
      row.click();

      browser.waitUntil(d -> d.findElement(By.id("letter-status")).getText().equals("待受理"));
      assertThat(browser.text(By.id("letter-person"))).contains(NAME, PHONE);
      assertThat(browser.text(By.id("letter-facts"))).contains(sent.getString("number"));
      browser.assertAccessible("a received letter at 1366");
      browser.driver().findElement(By.id("letter-accept")).click();

      browser.waitUntil(d -> d.findElement(By.id("letter-status")).getText().equals("办理中"));
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
          .as("the focus moves to what happened")
          .isEqualTo("letter-done");
      browser.waitFor(By.id("letter-reply")).sendKeys(reply);
      browser.driver().findElement(By.id("letter-submit")).click();

      browser.waitUntil(d -> d.findElement(By.id("letter-status")).getText().equals("待审核"));
      assertThat(browser.text(By.id("letter-trail"))).contains("受理", "提交审核", "editor.fgw");
      letterUrl = browser.driver().getCurrentUrl();
    }

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 360)) {
      browser.logIn(DemoUser.REVIEWER_FGW).open(letterUrl.substring(letterUrl.indexOf('#')));
      browser.waitFor(By.id("letter-approve"));
      assertThat(browser.text(By.id("letter-reply-text"))).isEqualTo(reply);
      browser.assertAccessible("a letter in review at 360");
      browser.driver().findElement(By.id("letter-approve")).click();
      browser.waitUntil(d -> d.findElement(By.id("letter-status")).getText().equals("已答复"));
    }

    JsonObject status = statusOf(sent);
    assertThat(status.getString("status")).isEqualTo("replied");
    assertThat(status.getString("reply")).isEqualTo(reply);
  }

  @Test
  void aRejectionNeedsAReasonAndTheCitizenSeesIt() {
    String subject = Unique.text("无效来信");
    JsonObject sent = send("mailbox", "complaint", subject);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 360)) {
      browser.logIn(DemoUser.EDITOR_FGW).open("#/letters?site=fgw&status=received");
      browser.waitFor(By.linkText(subject));
      browser.assertAccessible("letters inbox at 360");
      browser.driver().findElement(By.linkText(subject)).click();

      browser.waitFor(By.id("letter-reject")).click();
      assertThat(browser.waitFor(By.id("letter-reject-reason")).getAttribute("aria-invalid"))
          .as("a rejection without a reason is stopped at the field")
          .isEqualTo("true");
      browser.driver().findElement(By.id("letter-reject-reason")).sendKeys("来信内容与本单位职能无关，且无具体诉求。");
      browser.driver().findElement(By.id("letter-reject")).click();

      browser.waitUntil(d -> d.findElement(By.id("letter-status")).getText().equals("不予受理"));
      assertThat(browser.driver().findElements(By.id("letter-accept"))).isEmpty();
    }

    JsonObject status = statusOf(sent);
    assertThat(status.getString("status")).isEqualTo("rejected");
    assertThat(status.getString("rejectedReason")).isEqualTo("来信内容与本单位职能无关，且无具体诉求。");
  }

  @Test
  void publishingWithTheCitizensPhoneLeftInIsRefusedBesideTheField() {
    String subject = Unique.text("公开来信");
    JsonObject sent = send("mailbox", "suggestion", subject);
    long id = repliedThroughTheApi(sent, subject);

    try (ConsoleBrowser browser = ConsoleBrowser.start(base, 1366)) {
      browser.logIn(DemoUser.REVIEWER_FGW).open("#/letters/" + id);
      WebElement question = browser.waitFor(By.id("letter-publish-question"));
      question.clear();
      question.sendKeys("建议增加公交线路，联系电话 " + PHONE + "。");
      browser.driver().findElement(By.id("letter-publish")).click();

      browser.waitUntil(
          d ->
              "true"
                  .equals(
                      d.findElement(By.id("letter-publish-question"))
                          .getAttribute("aria-invalid")));
      assertThat(browser.text(By.id("letter-publish-question-error"))).isNotBlank();
      browser.assertAccessible("a refused publication at 1366");

      question = browser.driver().findElement(By.id("letter-publish-question"));
      question.clear();
      question.sendKeys("建议增加公交线路。");
      browser.driver().findElement(By.id("letter-publish")).click();
      browser.waitFor(By.id("letter-done"));
      assertThat(browser.driver().findElements(By.id("letter-publish"))).isEmpty();
    }
  }

  /** A letter sent through the public JSON API to a channel of fgw, with consent to publish. */
  private JsonObject send(String channel, String kind, String subject) {
    ApiResponse sent =
        fromCitizen(
            "public/letters",
            JsonBody.object(
                "site",
                "fgw",
                "channel",
                channel,
                "kind",
                kind,
                "subject",
                subject,
                "text",
                "我想了解相关政策，请予答复。谢谢！",
                "name",
                NAME,
                "phone",
                PHONE,
                "email",
                "",
                "address",
                "",
                "publishConsent",
                true,
                "website",
                ""));
    assertThat(sent.status()).as(sent.describe()).isEqualTo(201);
    return sent.json();
  }

  private JsonObject statusOf(JsonObject sent) {
    ApiResponse status =
        fromCitizen(
            "public/letters/status", JsonBody.object("queryCode", sent.getString("queryCode")));
    assertThat(status.status()).as(status.describe()).isEqualTo(200);
    return status.json();
  }

  /** Accepted, answered and approved through the API: the letter's id. */
  private long repliedThroughTheApi(JsonObject sent, String subject) {
    ApiClient editor = ApiClient.anonymous(base).as(DemoUser.EDITOR_FGW);
    ApiClient reviewer = ApiClient.anonymous(base).as(DemoUser.REVIEWER_FGW);
    ApiResponse inbox = editor.get("letters?site=fgw&status=received&size=200");
    assertThat(inbox.status()).as(inbox.describe()).isEqualTo(200);
    long id =
        inbox.array().getValuesAs(JsonObject.class).stream()
            .filter(letter -> letter.getString("number").equals(sent.getString("number")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(subject + " not in " + inbox.describe()))
            .getJsonNumber("id")
            .longValue();
    step(editor, id, "accept", JsonBody.object());
    step(editor, id, "draft", JsonBody.object("reply", "感谢您的建议，我们将统筹研究。"));
    step(editor, id, "submit", JsonBody.object());
    step(reviewer, id, "approve", JsonBody.object());
    return id;
  }

  /** A JSON POST to a public door as from the citizen's own address. */
  private ApiResponse fromCitizen(String path, JsonObject body) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(root).resolve("api/v1/" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json; charset=UTF-8")
            .header("Accept", "application/json")
            .header("X-Forwarded-For", citizenAddress)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new ApiResponse(
          "POST " + path + " from " + citizenAddress,
          response.statusCode(),
          response.headers(),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void step(ApiClient client, long id, String action, JsonObject body) {
    ApiResponse answer = client.post("letters/" + id + "/" + action, body);
    assertThat(answer.status()).as(answer.describe()).isBetween(200, 204);
  }
}
