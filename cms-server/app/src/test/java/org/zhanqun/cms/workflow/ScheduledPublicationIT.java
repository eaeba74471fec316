package org.zhanqun.cms.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
 * A publication scheduled for a future time happens then, by the server. The tests run with {@code
 * zhanqun.scheduler.interval=PT1S}. The schedule is a database column the scheduler queries at
 * every check, which is why it survives a restart; restarting the server is not tested here.
 */
@ZhanqunIT
class ScheduledPublicationIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void publishesAScheduledItemWhenItsTimeComes() {
    ApiClient anonymous = ApiClient.anonymous(base);
    ApiClient editor = anonymous.as(DemoUser.EDITOR_FGW);
    ApiClient reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
    String title = Unique.text("定时发布的新闻");
    long id =
        WorkflowSteps.create(
                editor, ItemRequests.news("fgw", editor.columnId("fgw", "news"), title))
            .getJsonNumber("id")
            .longValue();
    int version = editor.post("items/" + id + "/workflow/submit").json().getInt("version");
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).plusSeconds(4);

    ApiResponse scheduled =
        reviewer.post(
            "items/" + id + "/workflow/publish", object("at", at.toString(), "version", version));

    assertThat(scheduled).hasStatus(200);
    assertThat(scheduled.json().getString("status")).isEqualTo("scheduled");
    assertThat(Instant.parse(scheduled.json().getString("scheduledAt"))).isEqualTo(at.toInstant());
    assertThat(scheduled.json().getBoolean("live")).isFalse();
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404);

    JsonObject item = awaitStatus(editor, id, "published");

    assertThat(item.getBoolean("live")).isTrue();
    assertThat(Instant.parse(item.getString("firstPublishedAt"))).isAfterOrEqualTo(at.toInstant());
    ApiResponse readerView = anonymous.get("public/items/" + id);
    assertThat(readerView).hasStatus(200);
    assertThat(readerView.json().getString("title")).isEqualTo(title);
    List<JsonObject> history =
        editor.get("items/" + id + "/workflow/history").array().getValuesAs(JsonObject.class);
    assertThat(history)
        .extracting(step -> step.getString("action"))
        .containsExactly("submit", "schedule", "publish-due");
    JsonObject due = history.get(2);
    assertThat(due.getString("actor")).isEqualTo("system");
    assertThat(due.getString("publishedAt")).isEqualTo(item.getString("firstPublishedAt"));
    assertThat(history.get(1).getString("actor")).isEqualTo("reviewer.fgw");
  }

  @Test
  void sendingBackAScheduledItemCancelsItsPublication() {
    ApiClient anonymous = ApiClient.anonymous(base);
    ApiClient editor = anonymous.as(DemoUser.EDITOR_FGW);
    ApiClient reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
    long id =
        WorkflowSteps.create(
                editor,
                ItemRequests.news("fgw", editor.columnId("fgw", "news"), Unique.text("撤回定时")))
            .getJsonNumber("id")
            .longValue();
    int version = editor.post("items/" + id + "/workflow/submit").json().getInt("version");
    String at = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).toString();
    assertThat(
            reviewer.post(
                "items/" + id + "/workflow/publish", object("at", at, "version", version)))
        .hasStatus(200);

    ApiResponse sentBack =
        reviewer.post("items/" + id + "/workflow/send-back", object("comment", "暂缓发布"));

    assertThat(sentBack).hasStatus(200);
    // past the cancelled time (3 s) and a few of the scheduler's checks (one a second)
    await("item " + id + " stays a draft past its cancelled time")
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> editor.get("items/" + id).json().getString("status").equals("draft"));
    JsonObject item = editor.get("items/" + id).json();
    assertThat(item.getString("status")).isEqualTo("draft");
    assertThat(item.containsKey("scheduledAt")).isFalse();
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404);
  }

  private static JsonObject awaitStatus(ApiClient client, long id, String status) {
    return await("item " + id + " " + status)
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> client.get("items/" + id).json(),
            item -> item.getString("status").equals(status));
  }
}
