package org.zhanqun.cms.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhanqun.cms.testing.JsonBody.object;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.ApiResponseAssert;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.PublishedSite;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Interaction as the public and the evaluators meet it (issue #17, "done when"): a citizen writes
 * to 发改委, the reply and the channel's monthly figures are on the static cluster within seconds
 * without the citizen's name or phone (nor in the search index), and an audit four months later
 * names a letter left unanswered as the single veto.
 */
@ZhanqunIT
class InteractionPagesIT {

  /** Planted in the letter: must never reach a page or the index. */
  private static final String NAME = "魏守诚";

  private static final String PHONE = "13643100721";
  private static final String CHANNEL_PAGE = "fgw/letters/mailbox/index.html";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private CitizenDoor citizen;

  @BeforeEach
  void arrive() {
    anonymous = ApiClient.anonymous(base);
    citizen = CitizenDoor.at(base);
  }

  @Test
  void aPublishedReplyIsOnTheChannelPageWithinSecondsWithoutTheCitizensNameOrPhone() {
    ApiClient editor = anonymous.as(DemoUser.EDITOR_FGW);
    ApiClient reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
    String subject = Unique.text("关于公共停车场收费的建议");
    String reply = Unique.text("感谢来信，我委已会同有关部门研究公共停车场错时收费方案");
    ApiResponse received = citizen.postJson("public/letters", letter(subject, true));
    ApiResponseAssert.assertThat(received).hasStatus(201);
    long id = idOf(editor, subject);

    ok(editor.post("letters/" + id + "/accept"));
    ok(editor.post("letters/" + id + "/draft", object("reply", reply)));
    ok(editor.post("letters/" + id + "/submit"));
    ok(reviewer.post("letters/" + id + "/approve"));
    ok(
        reviewer.post(
            "letters/" + id + "/publish",
            object(
                "subject", subject,
                "question", "建议公共停车场在夜间实行错时收费，方便周边居民停车。",
                "reply", reply)));

    String page = PublishedSite.awaitContaining(CHANNEL_PAGE, reply);
    assertThat(page).contains(subject).contains("建议公共停车场在夜间实行错时收费");
    assertThat(page).contains(received.json().getString("received"));
    assertThat(page).doesNotContain(NAME).doesNotContain(PHONE);
    assertThat(filesContaining(NAME)).isEmpty();
    assertThat(filesContaining(PHONE)).isEmpty();
    // the index holds items only: neither the name nor the phone finds anything
    assertThat(
            anonymous
                .get("search?q=" + URLEncoder.encode(NAME, StandardCharsets.UTF_8))
                .json()
                .getInt("total"))
        .isZero();
    assertThat(anonymous.get("search?q=" + PHONE).json().getInt("total")).isZero();
  }

  @Test
  void anAuditFourMonthsLaterNamesALetterLeftUnansweredAsTheSingleVeto() {
    String subject = Unique.text("关于物价监测数据公开的咨询");
    ApiResponse received = citizen.postJson("public/letters", letter(subject, false));
    ApiResponseAssert.assertThat(received).hasStatus(201);
    String number = received.json().getString("number");
    LocalDate fourMonthsLater = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(4).plusDays(1);
    ApiClient evaluator = anonymous.as(DemoUser.EVALUATOR);

    ApiResponse started =
        evaluator.post("audit/runs", object("asOf", fourMonthsLater.toString(), "site", "fgw"));

    ApiResponseAssert.assertThat(started).hasStatus(202);
    long run = started.json().getJsonNumber("id").longValue();
    awaitDone(evaluator, run);
    JsonObject fgw =
        evaluator
            .get("audit/runs/" + run)
            .json()
            .getJsonArray("sites")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("site").equals("fgw"))
            .findFirst()
            .orElseThrow();
    assertThat(fgw.getJsonArray("vetoes").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .contains("interaction-unanswered");
    assertThat(fgw.toString()).contains(number);
  }

  @Test
  void theStatisticsOfAPastMonthFollowAReplyToOneOfItsLetters() throws SQLException {
    ApiClient editor = anonymous.as(DemoUser.EDITOR_FGW);
    ApiClient reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
    ApiClient evaluator = anonymous.as(DemoUser.EVALUATOR);
    String subject = Unique.text("关于价格监测报告的咨询");
    ApiResponseAssert.assertThat(citizen.postJson("public/letters", letter(subject, false)))
        .hasStatus(201);
    long id = idOf(editor, subject);
    YearMonth past = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2);
    try (Connection db = database();
        PreparedStatement moved =
            db.prepareStatement("UPDATE letter SET received_on = ?, due_on = ? WHERE id = ?")) {
      moved.setDate(1, java.sql.Date.valueOf(past.atDay(3)));
      moved.setDate(2, java.sql.Date.valueOf(past.atDay(10)));
      moved.setLong(3, id);
      assertThat(moved.executeUpdate()).isEqualTo(1);
      // the letter moved behind the server's back: forget the month's kept figures, as a step would
      try (PreparedStatement forget =
          db.prepareStatement("DELETE FROM letter_month_computed WHERE month = ?")) {
        forget.setDate(1, java.sql.Date.valueOf(past.atDay(1)));
        forget.executeUpdate();
      }
    }
    String period =
        "interaction/statistics?site=fgw&from=" + past.atDay(1) + "&to=" + past.atEndOfMonth();
    JsonObject before = evaluator.get(period).json().getJsonArray("sites").getJsonObject(0);

    ok(editor.post("letters/" + id + "/accept"));
    ok(editor.post("letters/" + id + "/draft", object("reply", "价格监测报告每月在本网站公开。")));
    ok(editor.post("letters/" + id + "/submit"));
    ok(reviewer.post("letters/" + id + "/approve"));

    JsonObject after = evaluator.get(period).json().getJsonArray("sites").getJsonObject(0);
    assertThat(before.getInt("received")).isPositive();
    assertThat(after.getInt("received")).isEqualTo(before.getInt("received"));
    assertThat(after.getInt("answered")).isEqualTo(before.getInt("answered") + 1);
    assertThat(after.getInt("overdue")).isEqualTo(before.getInt("overdue") - 1);
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.mariadb.port") + "/zhanqun",
        "root",
        "");
  }

  private static void awaitDone(ApiClient evaluator, long run) {
    await("audit run " + run + " done")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> evaluator.get("audit/runs/" + run + "/status").json().getString("status"),
            status -> {
              assertThat(status).isIn("queued", "running", "done");
              return status.equals("done");
            });
  }

  private static JsonObject letter(String subject, boolean publishConsent) {
    return object(
        "site",
        "fgw",
        "channel",
        "mailbox",
        "kind",
        "suggestion",
        "subject",
        subject,
        "text",
        "我是" + NAME + "，电话" + PHONE + "。建议公共停车场在夜间实行错时收费。",
        "name",
        NAME,
        "phone",
        PHONE,
        "publishConsent",
        publishConsent,
        "website",
        "");
  }

  private static long idOf(ApiClient handler, String subject) {
    List<JsonObject> letters =
        handler.get("letters?site=fgw&size=200").array().getValuesAs(JsonObject.class);
    return letters.stream()
        .filter(letter -> letter.getString("subject").equals(subject))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static void ok(ApiResponse response) {
    assertThat(response.status()).as(response.text()).isBetween(200, 299);
  }

  /** The published files that contain {@code text}. */
  private static List<Path> filesContaining(String text) {
    try (Stream<Path> files = Files.walk(PublishedSite.root().toRealPath())) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              file -> {
                try {
                  return new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                      .contains(text);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
